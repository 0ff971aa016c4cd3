import type { Core, NodeSingular } from 'cytoscape'
import { fitView, labelScale, LEGIBLE_UP_TO, placeLabels, type LabelItem, type Placement } from './label-fit'

/*
 * The map's names, kept legible and apart on the live cytoscape (the geometry is in label-fit.ts). Sizes and
 * spots are set as per-node style overrides, so they survive the stylesheet's classes and are what the
 * image export reads; so is a small bubble's size when zoomed far out, grown to hold its count. Maps above
 * LEGIBLE_UP_TO contacts are left to the stylesheet: their names thin out when zoomed out, and nothing here
 * runs per node.
 */

const STYLED = 'font-size text-max-width text-valign text-halign text-margin-x text-margin-y text-opacity width height'

/** What was last set on each node of a map, so only the names that move are restyled. */
const applied = new WeakMap<Core, Map<string, string>>()

/** Padding around a fitted map, px. */
const FIT_PADDING = 32
/** A fitted map of a few people zooms no closer than this, so three contacts do not fill the screen. */
const FIT_MAX_ZOOM = 1.5

const labelled = (cy: Core): boolean => cy.nodes('[kind = "contact"]').length <= LEGIBLE_UP_TO

/**
 * On the overview, people's names wait until the map is zoomed in this far (map units to pixels): zoomed
 * out, the bubbles and the sectors are the story, and a scatter of names over them would hide it.
 */
export const PEOPLE_LABELS_FROM = 0.45

const hasBubbles = (cy: Core): boolean => cy.nodes('[kind = "bubble"]').nonempty()

/** The labelled kinds as label-fit knows them: a collapse handle is placed like a group's name. */
const KINDS: Readonly<Record<string, LabelItem['kind']>> = { contact: 'contact', me: 'me', group: 'group', 'group-handle': 'group', bubble: 'bubble' }

/** Every shown node with a name (or only the groups' and bubbles' when `people` is false), and the centre names point away from (me). */
function labelItems(cy: Core, people = true): { items: LabelItem[]; centre: { x: number; y: number } } {
  const items: LabelItem[] = []
  cy.nodes(':visible').forEach((n: NodeSingular) => {
    const kind = KINDS[n.data('kind') as string]
    const text = String(n.data('label') ?? '')
    if (!text || !kind || (!people && (kind === 'contact' || kind === 'me'))) return
    const { x, y } = n.position()
    items.push({
      id: n.id(),
      kind,
      x,
      y,
      // A bubble's own size: its drawn width may be the floor set below, for another zoom.
      radius: kind === 'group' ? 0 : kind === 'bubble' ? Number(n.data('size')) / 2 : n.width() / 2,
      text,
      weight: kind === 'contact' ? 400 : kind === 'bubble' ? 700 : 600,
      priority: Number(n.data('strength') ?? 0),
    })
  })
  const me = cy.getElementById('me')
  return { items, centre: me.nonempty() ? me.position() : { x: 0, y: 0 } }
}

/** Cytoscape's alignment for a spot: which side of the node the label sits on. */
function alignment(spot: Placement['spot']): { 'text-valign': string; 'text-halign': string } {
  const valign = spot.startsWith('bottom') ? 'bottom' : spot.startsWith('top') ? 'top' : 'center'
  const halign = spot.endsWith('right') ? 'right' : spot.endsWith('left') ? 'left' : 'center'
  return { 'text-valign': valign, 'text-halign': halign }
}

/**
 * Sizes names for `zoom` (the live zoom unless an export draws at another) and places them where they
 * collide least. A map grown past LEGIBLE_UP_TO contacts gets the stylesheet's plain names back for its
 * people, while bubbles and group names are still sized and placed. On the overview, people's names show
 * from PEOPLE_LABELS_FROM on.
 */
export function applyLabels(cy: Core, zoom = cy.zoom()): void {
  const last = applied.get(cy) ?? new Map<string, string>()
  applied.set(cy, last)
  const people = labelled(cy)
  const overview = hasBubbles(cy)
  if (!people && !overview && last.size === 0) return
  const { items, centre } = labelItems(cy, people)
  const placements = placeLabels(items, labelScale(zoom), centre)
  const quiet = overview && zoom < PEOPLE_LABELS_FROM
  cy.batch(() => {
    // Names styled before that are now the stylesheet's again (the map grew, or the node left).
    for (const id of [...last.keys()]) {
      if (placements.has(id)) continue
      last.delete(id)
      cy.getElementById(id).removeStyle(STYLED)
    }
    for (const [id, p] of placements) {
      const hidden = p.hidden === true || (quiet && cy.getElementById(id).data('kind') === 'contact')
      const signature = `${p.spot}:${p.fontSize}:${p.marginX}:${p.marginY}:${hidden}:${p.diameter}`
      if (last.get(id) === signature) continue
      last.set(id, signature)
      const node = cy.getElementById(id)
      node.style({
        'font-size': p.fontSize,
        'text-max-width': `${p.maxWidth}px`,
        'text-margin-x': p.marginX,
        'text-margin-y': p.marginY,
        'text-opacity': hidden ? 0 : 1,
        ...alignment(p.spot),
      })
      if (p.diameter !== undefined) node.style({ width: p.diameter, height: p.diameter })
      else if (node.data('kind') === 'bubble') node.removeStyle('width height')
    }
  })
}

/**
 * Keeps names sized and placed while the map changes: when the zoom crosses a label step, and shortly after
 * nodes are added, removed, moved, hidden or shown. Returns a function that stops watching.
 */
export function watchLabels(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let scale = labelScale(cy.zoom())
  let quiet = cy.zoom() < PEOPLE_LABELS_FROM
  const run = () => {
    // A zoom runs this at once: the restyle already due is then done too, and must not fire later (after
    // the map is gone, say).
    clearTimeout(timer)
    timer = undefined
    scale = labelScale(cy.zoom())
    quiet = cy.zoom() < PEOPLE_LABELS_FROM
    applyLabels(cy)
  }
  const soon = () => {
    timer ??= setTimeout(run, 40)
  }
  const onZoom = () => {
    const nowQuiet = cy.zoom() < PEOPLE_LABELS_FROM
    if ((labelScale(cy.zoom()) !== scale || nowQuiet !== quiet) && (labelled(cy) || hasBubbles(cy))) run()
    quiet = nowQuiet
  }
  cy.on('zoom', onZoom)
  cy.on('add remove class position layoutstop', soon)
  return () => {
    clearTimeout(timer)
    cy.off('zoom', onZoom)
    cy.off('add remove class position layoutstop', soon)
  }
}

/** The pan that puts the model point `at` in the middle of the map at `zoom`. */
export const panCentring = (cy: Core, at: { x: number; y: number }, zoom: number) => ({ x: cy.width() / 2 - at.x * zoom, y: cy.height() / 2 - at.y * zoom })

/** Brings every shown node and its name into view, names at the size that view gives them. */
export function fitShown(cy: Core, animate = false): void {
  const { items, centre } = labelItems(cy)
  const view = fitView(items, centre, { width: cy.width(), height: cy.height(), padding: FIT_PADDING, minZoom: cy.minZoom(), maxZoom: Math.min(cy.maxZoom(), FIT_MAX_ZOOM) }, labelled(cy))
  if (!view) return
  const pan = panCentring(cy, view.center, view.zoom)
  if (animate) cy.animate({ zoom: view.zoom, pan }, { duration: 300 })
  else {
    cy.viewport({ zoom: view.zoom, pan })
    applyLabels(cy)
  }
}
