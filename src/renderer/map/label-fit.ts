import { estimateTextWidth } from './export/text-fit'

/*
 * Names that stay legible and apart. Pure geometry in map units, so it is tested without a browser:
 * - labelScale: how much larger than its base size a label is drawn at a zoom, so it stays at least
 *   MIN_LABEL_PX on screen (in steps, so zooming restyles the map only when it crosses one);
 * - placeLabels: each name on the side of its node where it hits no other name, node or group label;
 * - fitView: the zoom and centre that show every node with its name, with names at the size that zoom gives.
 */

/** Networks up to this many contacts get every name legible at the first view; bigger ones thin out when zoomed out. */
export const LEGIBLE_UP_TO = 150

/** The smallest on-screen size of a contact's name, px (the aim is 9 px; a little above it, for rounding). */
export const MIN_LABEL_PX = 10

/** Label sizes at scale 1, map units (the stylesheet's). */
export const BASE_FONT = { contact: 11, me: 14, group: 15, bubble: 13 } as const

/** Scales grow in steps of this factor, so the map restyles on about every tenth zoom step, not on each. */
const STEP = 1.12

/** Space between a node and its name, map units at scale 1. */
const GAP = 3

/** How far borders and rings reach beyond a node's radius, map units. */
const RING = 4

/** Height of one line of label text, in ems (a little over cytoscape's own, so boxes err on the roomy side). */
const LINE = 1.25

/** Names longer than this (map units at scale 1) are cut with an ellipsis, as the stylesheet's text-max-width. */
export const MAX_WIDTH = { contact: 110, me: 220, group: 280, bubble: 120 } as const

/**
 * How many times its base size a label is drawn at `zoom`: 1 when a contact's name is already legible,
 * else the next step of STEP that brings it to at least MIN_LABEL_PX on screen.
 */
export function labelScale(zoom: number): number {
  const needed = MIN_LABEL_PX / (BASE_FONT.contact * zoom)
  if (!(needed > 1)) return 1
  return STEP ** Math.ceil(Math.log(needed) / Math.log(STEP) - 1e-9)
}

/** Where a name sits around its node; `center` is for group labels, which are their own anchor. */
export type Spot = 'bottom' | 'top' | 'right' | 'left' | 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left' | 'center'

/** Direction of each spot from the node, as screen x (right) and y (down). */
const DIRECTIONS: Readonly<Record<Exclude<Spot, 'center'>, readonly [number, number]>> = {
  bottom: [0, 1],
  top: [0, -1],
  right: [1, 0],
  left: [-1, 0],
  'bottom-right': [Math.SQRT1_2, Math.SQRT1_2],
  'bottom-left': [-Math.SQRT1_2, Math.SQRT1_2],
  'top-right': [Math.SQRT1_2, -Math.SQRT1_2],
  'top-left': [-Math.SQRT1_2, -Math.SQRT1_2],
}
const SPOTS = Object.keys(DIRECTIONS) as Exclude<Spot, 'center'>[]

export interface Box {
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
}

/** One thing on the map with a name: a contact, me, an overview bubble (named in its middle), or a group label (which has no body). */
export interface LabelItem {
  readonly id: string
  readonly kind: 'contact' | 'me' | 'group' | 'bubble'
  readonly x: number
  readonly y: number
  /** Half the node's width, map units; 0 for a group label. */
  readonly radius: number
  readonly text: string
  readonly weight: number
  /** Stronger ties are placed first, so they get their best spot. */
  readonly priority: number
}

export interface Placement {
  readonly spot: Spot
  readonly box: Box
  /** Font size and cut-off width in map units, for the stylesheet. */
  readonly fontSize: number
  readonly maxWidth: number
  /** Offset of the label from where cytoscape puts it for this spot, map units. */
  readonly marginX: number
  readonly marginY: number
  /** True when every spot would cover much of names already placed (for a bubble's count: any other count): the name waits for a closer zoom. */
  readonly hidden?: boolean
  /** Set when a bubble is drawn larger than its own size, to hold its count (map units). */
  readonly diameter?: number
}

/** A contact's name is left out when its best spot still covers more than this share of other names. */
const HIDE_OVERLAP = 0.2

/** Room round a bubble's count inside its disc, and between two counts, map units at scale 1. */
const COUNT_PAD = 3

const area = (a: Box, b: Box): number => Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1))

/** The label box of `item` at `spot` and `scale`, as cytoscape draws it with the margins placementAt gives. */
function placementAt(item: LabelItem, spot: Spot, scale: number): Placement {
  const fontSize = BASE_FONT[item.kind] * scale
  const maxWidth = MAX_WIDTH[item.kind] * scale
  const w = Math.min(estimateTextWidth(item.text, fontSize, item.weight), maxWidth)
  const h = fontSize * LINE
  const gap = GAP * scale
  if (spot === 'center') return { spot, box: { x1: item.x - w / 2, y1: item.y - h / 2, x2: item.x + w / 2, y2: item.y + h / 2 }, fontSize, maxWidth, marginX: 0, marginY: 0 }
  const [dx, dy] = DIRECTIONS[spot]
  const r = item.radius
  // Cytoscape puts a bottom label's top at the node's lower edge, a right label's left at its right edge,
  // and a diagonal one at the corner; the margins add the gap (diagonals a little less, being further out).
  const marginX = Math.sign(dx) * gap
  const marginY = Math.sign(dy) * gap
  const left = dx > 0 ? item.x + r + marginX : dx < 0 ? item.x - r + marginX - w : item.x - w / 2
  const top = dy > 0 ? item.y + r + marginY : dy < 0 ? item.y - r + marginY - h : item.y - h / 2
  return { spot, box: { x1: left, y1: top, x2: left + w, y2: top + h }, fontSize, maxWidth, marginX, marginY }
}

/**
 * Candidate spots for an item, best first: the one pointing away from `centre` (names on the right of the
 * map read to the right, those above go up), then its neighbours; directly below breaks ties.
 */
function preferredSpots(item: LabelItem, centre: { x: number; y: number }): Exclude<Spot, 'center'>[] {
  const ox = item.x - centre.x
  const oy = item.y - centre.y
  const length = Math.hypot(ox, oy)
  const [ux, uy] = length < 1e-6 ? [0, 1] : [ox / length, oy / length]
  const score = (s: Exclude<Spot, 'center'>) => DIRECTIONS[s][0] * ux + DIRECTIONS[s][1] * uy + (s === 'bottom' ? 0.05 : 0)
  return [...SPOTS].sort((a, b) => score(b) - score(a))
}

/**
 * A spot for every name, greedily: my name first, then the bubbles' counts (biggest first, in their middle),
 * then group labels (centred where their layout put them, moved out if covered), then contacts by priority.
 * Names with a choice take the first spot (in their preferred order) that touches no name placed so far, no
 * node and no group label; where none is free, the spot with the least overlap.
 * Quadratic in the number of names: meant for maps up to LEGIBLE_UP_TO contacts.
 */
export function placeLabels(items: readonly LabelItem[], scale: number, centre: { x: number; y: number }): Map<string, Placement> {
  const placed = new Map<string, Placement>()
  const taken: Box[] = []
  // Borders and the laid-off ring reach a few units beyond a node's radius (a bubble's as drawn, once placed).
  const bodiesOf = () =>
    items.filter((i) => i.kind !== 'group').map((i) => {
      const r = (placed.get(i.id)?.diameter ?? 2 * i.radius) / 2 + RING
      return { id: i.id, box: { x1: i.x - r, y1: i.y - r, x2: i.x + r, y2: i.y + r } }
    })
  const people = items.filter((i) => i.kind === 'contact' || i.kind === 'me').sort((a, b) => (a.kind === 'me' ? -1 : b.kind === 'me' ? 1 : b.priority - a.priority))
  // My name first: it is the map's anchor, and a count in its way waits for a closer zoom.
  const mine = people[0]?.kind === 'me' ? people.shift() : undefined
  if (mine) {
    const p = bestSpot(mine, scale, centre, taken, bodiesOf()).placement
    placed.set(mine.id, p)
    taken.push(p.box)
  }
  // A bubble's count sits in its middle: it is what the overview says. Only when the map is so small that
  // counts would print over (or against) each other does a smaller bubble's count wait for a closer zoom.
  // Zoomed far out, a small group's disc is drawn no smaller than the count it shows, so the count never
  // floats on its own: areas stay true above that floor, and the count says the rest. A bubble whose count
  // waits keeps its own size, so a crowd of small groups does not pile up into a blot.
  const gap = COUNT_PAD * scale
  for (const bubble of items.filter((i) => i.kind === 'bubble').sort((a, b) => b.radius - a.radius)) {
    const p = placementAt(bubble, 'center', scale)
    const spaced = { x1: p.box.x1 - gap, y1: p.box.y1 - gap, x2: p.box.x2 + gap, y2: p.box.y2 + gap }
    if (taken.some((box) => area(spaced, box) > 0)) {
      placed.set(bubble.id, { ...p, hidden: true })
      continue
    }
    const floor = p.box.x2 - p.box.x1 + 2 * gap
    placed.set(bubble.id, floor > 2 * bubble.radius ? { ...p, diameter: floor } : p)
    taken.push(p.box)
  }
  const bodies = bodiesOf()
  for (const group of items.filter((i) => i.kind === 'group')) {
    const p = placeGroup(group, scale, centre, taken, bodies)
    placed.set(group.id, p)
    taken.push(p.box)
  }
  for (const item of people) {
    const { placement, onNames } = bestSpot(item, scale, centre, taken, bodies)
    // A small map cannot hold every name: rather than a pile of overlapping text, the weaker ties' names
    // wait for a closer zoom (me and group labels always show).
    const own = (placement.box.x2 - placement.box.x1) * (placement.box.y2 - placement.box.y1)
    if (onNames > HIDE_OVERLAP * own) {
      placed.set(item.id, { ...placement, hidden: true })
      continue
    }
    placed.set(item.id, placement)
    taken.push(placement.box)
  }
  return placed
}

/** The first spot, in `item`'s preferred order, that covers no name and no other node; else the least covered. */
function bestSpot(item: LabelItem, scale: number, centre: { x: number; y: number }, taken: readonly Box[], bodies: readonly { id: string; box: Box }[]): { placement: Placement; onNames: number } {
  let best: { placement: Placement; onNames: number; overlap: number } | null = null
  for (const spot of preferredSpots(item, centre)) {
    const candidate = placementAt(item, spot, scale)
    let onNames = 0
    for (const box of taken) onNames += area(candidate.box, box)
    let overlap = onNames
    for (const body of bodies) if (body.id !== item.id) overlap += area(candidate.box, body.box)
    if (!best || overlap < best.overlap) best = { placement: candidate, onNames, overlap }
    if (overlap === 0) break
  }
  return best!
}

/**
 * A group label where its layout put it, or moved out (away from `centre`) by steps of half its height
 * until it covers no node and no other group label; the least covered position when none is clear.
 */
function placeGroup(group: LabelItem, scale: number, centre: { x: number; y: number }, taken: readonly Box[], bodies: readonly { box: Box }[]): Placement {
  const at = placementAt(group, 'center', scale)
  const ox = group.x - centre.x
  const oy = group.y - centre.y
  const length = Math.hypot(ox, oy)
  const [ux, uy] = length < 1e-6 ? [0, -1] : [ox / length, oy / length]
  const step = (at.box.y2 - at.box.y1) / 2
  let best = at
  let bestOverlap = Infinity
  for (let k = 0; k <= 8; k++) {
    const dx = ux * step * k
    const dy = uy * step * k
    const box = { x1: at.box.x1 + dx, y1: at.box.y1 + dy, x2: at.box.x2 + dx, y2: at.box.y2 + dy }
    let overlap = 0
    for (const b of taken) overlap += area(box, b)
    for (const b of bodies) overlap += area(box, b.box)
    if (overlap < bestOverlap) {
      best = { ...at, box, marginX: dx, marginY: dy }
      bestOverlap = overlap
      if (overlap === 0) break
    }
  }
  return best
}

/** The box around every body and placed label. */
export function extent(items: readonly LabelItem[], placements: ReadonlyMap<string, Placement>): Box | null {
  let box: Box | null = null
  const grow = (b: Box) => {
    box = box ? { x1: Math.min(box.x1, b.x1), y1: Math.min(box.y1, b.y1), x2: Math.max(box.x2, b.x2), y2: Math.max(box.y2, b.y2) } : b
  }
  for (const i of items) {
    if (i.radius > 0) grow({ x1: i.x - i.radius, y1: i.y - i.radius, x2: i.x + i.radius, y2: i.y + i.radius })
    const p = placements.get(i.id)
    if (p) grow(p.box)
  }
  return box
}

export interface FittedView {
  readonly zoom: number
  readonly center: { readonly x: number; readonly y: number }
  readonly scale: number
}

/**
 * The zoom and centre that show every item and its name inside `viewport` with `padding` px to spare.
 * Names grow as the zoom shrinks, which widens the box to fit, so the scale is raised until the zoom the
 * box allows keeps names at that scale legible (a few rounds at most: each only makes the box larger).
 */
export function fitView(
  items: readonly LabelItem[],
  centre: { x: number; y: number },
  viewport: { readonly width: number; readonly height: number; readonly padding: number; readonly minZoom: number; readonly maxZoom: number },
  labelled: boolean,
): FittedView | null {
  let scale = 1
  for (let round = 0; round < 30; round++) {
    const placements = labelled ? placeLabels(items, scale, centre) : new Map<string, Placement>()
    const box = extent(items, placements)
    if (!box) return null
    const w = Math.max(box.x2 - box.x1, 1)
    const h = Math.max(box.y2 - box.y1, 1)
    const fit = Math.min((viewport.width - 2 * viewport.padding) / w, (viewport.height - 2 * viewport.padding) / h)
    const zoom = Math.max(viewport.minZoom, Math.min(viewport.maxZoom, fit))
    const needed = labelled ? labelScale(zoom) : 1
    if (needed <= scale + 1e-9 || round === 29) return { zoom, center: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 }, scale }
    scale = needed
  }
  return null
}
