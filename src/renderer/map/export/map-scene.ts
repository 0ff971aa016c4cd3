import type { Core, EdgeSingular, NodeSingular } from 'cytoscape'
import { STALENESS_BANDS } from '../../../core/staleness'
import { bandLook, LAID_OFF_RING, MAP_COLORS, ME_COLOR, ME_SIZE, NODE_SIZE, TIE_WIDTH, type BandLook, type MapColors } from '../../shared/encodings'
import type { Theme } from '../../shared/theme'
import { ME_ID } from '../to-cy-elements'
import { LABEL_LINE_HEIGHT, type Slice } from './export-layout'
import { estimateTextWidth } from './text-fit'

/** A label as the map draws it: `x` is where its text is anchored, `top` its upper edge (model units). */
export interface SceneLabel {
  readonly text: string
  readonly x: number
  /** How the text runs from `x`: centred on it, or starting or ending there (a name beside its node). */
  readonly anchor: 'start' | 'middle' | 'end'
  readonly top: number
  readonly size: number
  readonly weight: number
  readonly italic: boolean
  readonly color: string
  /** The map's translucent label background, drawn as a halo so names stay readable over edges. */
  readonly halo: string
  /** Longer labels are cut with an ellipsis, as on the map. */
  readonly maxWidth: number
}

export interface SceneBorder {
  readonly style: 'solid' | 'dashed' | 'dotted'
  readonly color: string
  readonly width: number
}

/** Me or a contact: a disc, possibly a pie, with a border and a label underneath. */
export interface SceneDisc {
  readonly kind: 'me' | 'contact'
  readonly id: string
  readonly x: number
  readonly y: number
  readonly diameter: number
  /** One slice per category of a multi-category contact; a single full slice otherwise. */
  readonly fills: readonly Slice[]
  readonly fillOpacity: number
  /** An overview bubble's middle: its category colour inside the ring of staleness slices (`fills`). */
  readonly core?: { readonly color: string; readonly diameter: number }
  readonly border: SceneBorder
  /** The red outer ring of people on the laid-off list. */
  readonly ring: { readonly color: string; readonly width: number; readonly offset: number } | null
  /** Below 1 when the node is faded out of a focus. */
  readonly opacity: number
  readonly label: SceneLabel | null
}

/** A cluster's name: text only, centred on its position. */
export interface SceneGroupLabel {
  readonly kind: 'group'
  readonly id: string
  readonly x: number
  readonly y: number
  readonly opacity: number
  readonly label: SceneLabel
}

export type SceneNode = SceneDisc | SceneGroupLabel

export interface SceneEdge {
  readonly id: string
  readonly kind: 'me-tie' | 'tie'
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
  readonly width: number
  readonly color: string
  readonly opacity: number
}

/** The area the scene covers, labels and rings included, in model units. */
export interface SceneBox {
  readonly x1: number
  readonly y1: number
  readonly w: number
  readonly h: number
}

/** What the map shows, as plain data: serialisable, and drawable without cytoscape. */
export interface MapScene {
  readonly bbox: SceneBox
  /** In drawing order: contacts and bubbles, me, then cluster labels. */
  readonly nodes: readonly SceneNode[]
  readonly edges: readonly SceneEdge[]
}

/** Most pie slices the stylesheet defines (p1c … p8c). */
const MAX_SLICES = 8

/** A contact without a band class gets cytoscape's defaults: solid and borderless. */
const NO_BAND: BandLook = { fillOpacity: 1, borderStyle: 'solid', borderColor: ME_COLOR, borderWidth: 0 }

/**
 * The visible part of the map as a MapScene, in model coordinates.
 *
 * Hidden elements (`display: none`, e.g. `.filtered-out`, and edges to them) are left out. Encodings —
 * category colours and pie slices, band look, laid-off ring, sizes and edge widths — come from element
 * data, classes and encodings.ts, the same sources the stylesheet uses, so the scene shows what the
 * legend explains and never a transient selection or search highlight. What only the stylesheet defines
 * (opacity, me's border, label typography) is read through cytoscape's public style API.
 */
export function sceneFromCy(cy: Core, theme: Theme = 'light'): MapScene {
  const visible = cy.elements(':visible')
  const all = visible.nodes().map((node) => sceneNode(node, theme))
  // As the map stacks them: me above the people and bubbles round me, so my name is never under a disc.
  const nodes = [...all.filter((n) => n.kind === 'contact'), ...all.filter((n) => n.kind === 'me'), ...all.filter((n) => n.kind === 'group')]
  const edges = visible.edges().map((edge) => sceneEdge(edge, MAP_COLORS[theme]))
  return { bbox: sceneBox(nodes), nodes, edges }
}

function sceneNode(node: NodeSingular, theme: Theme): SceneNode {
  const { x, y } = node.position()
  const opacity = node.numericStyle('opacity') as number
  if (node.data('kind') === 'group') {
    const size = node.numericStyle('font-size') as number
    // Moved off the nodes by its margins, as the map draws it.
    const labelX = x + (node.numericStyle('text-margin-x') as number)
    const labelY = y + (node.numericStyle('text-margin-y') as number)
    return { kind: 'group', id: node.id(), x, y, opacity, label: sceneLabel(node, labelX, 'middle', labelY - (size * LABEL_LINE_HEIGHT) / 2) }
  }
  const isMe = node.data('kind') === 'me'
  const bubble = node.data('kind') === 'bubble'
  const diameter = isMe ? ME_SIZE : bubble ? node.width() : NODE_SIZE
  const band = STALENESS_BANDS.find((b) => node.hasClass(`band-${b}`))
  const look = band ? bandLook(band, theme) : NO_BAND
  const border: SceneBorder = isMe
    ? { style: borderStyle(node.style('border-style')), color: String(node.style('border-color')), width: node.numericStyle('border-width') as number }
    : { style: look.borderStyle, color: look.borderColor, width: look.borderWidth }
  // As cytoscape places a label on the side of the node's box its alignment names, the border not counted.
  const size = node.numericStyle('font-size') as number
  const valign = node.style('text-valign')
  const halign = node.style('text-halign')
  const marginY = node.numericStyle('text-margin-y') as number
  const marginX = node.numericStyle('text-margin-x') as number
  const lineHeight = size * LABEL_LINE_HEIGHT
  const labelTop = (valign === 'top' ? y - diameter / 2 - lineHeight : valign === 'center' ? y - lineHeight / 2 : y + diameter / 2) + marginY
  const labelX = (halign === 'left' ? x - diameter / 2 : halign === 'right' ? x + diameter / 2 : x) + marginX
  const anchor = halign === 'left' ? 'end' : halign === 'right' ? 'start' : 'middle'
  return {
    kind: isMe ? 'me' : 'contact',
    id: node.id(),
    x,
    y,
    diameter,
    fills: isMe ? [{ color: MAP_COLORS[theme].me, share: 1 }] : bubble ? bandSlices(node, theme) : fills(node),
    fillOpacity: isMe ? 1 : look.fillOpacity,
    ...(bubble ? { core: { color: String(node.data('color')), diameter: diameter * BUBBLE_HOLE } } : {}),
    border,
    ring: node.hasClass('laid-off') ? { color: MAP_COLORS[theme].laidOff, width: LAID_OFF_RING.width, offset: LAID_OFF_RING.offset } : null,
    opacity,
    label: String(node.data('label') ?? '') === '' || node.numericStyle('text-opacity') === 0 ? null : sceneLabel(node, labelX, anchor, labelTop),
  }
}

/** How much of a bubble's width its middle takes (the stylesheet's pie-hole). */
const BUBBLE_HOLE = 0.72

/** A bubble's staleness mix (data s1 … s5, percent, in STALENESS_BANDS order) in the theme's band hues. */
function bandSlices(node: NodeSingular, theme: Theme): Slice[] {
  return STALENESS_BANDS.flatMap((band, i) => {
    const size = Number(node.data(`s${i + 1}`))
    return size > 0 ? [{ color: MAP_COLORS[theme].bandRing[band], share: size / 100 }] : []
  })
}

/** The pie slices of a multi-category contact (data p1c/p1s …, sizes in percent), or its one colour. */
function fills(node: NodeSingular): Slice[] {
  if (!node.hasClass('multi')) return [{ color: String(node.data('color')), share: 1 }]
  const slices: Slice[] = []
  for (let i = 1; i <= MAX_SLICES; i++) {
    const color: unknown = node.data(`p${i}c`)
    const size = Number(node.data(`p${i}s`))
    if (typeof color === 'string' && size > 0) slices.push({ color, share: size / 100 })
  }
  return slices
}

function sceneLabel(node: NodeSingular, x: number, anchor: SceneLabel['anchor'], top: number): SceneLabel {
  return {
    text: String(node.data('label') ?? ''),
    x,
    anchor,
    top,
    size: node.numericStyle('font-size') as number,
    weight: fontWeight(node.style('font-weight')),
    italic: node.style('font-style') === 'italic',
    color: String(node.style('color')),
    halo: String(node.style('text-background-color')),
    maxWidth: node.numericStyle('text-max-width') as number,
  }
}

function sceneEdge(edge: EdgeSingular, colors: MapColors): SceneEdge {
  // A line from me outward, whichever way the map's edge runs.
  const [source, target] = edge.target().id() === ME_ID ? [edge.target().position(), edge.source().position()] : [edge.source().position(), edge.target().position()]
  const meTie = edge.data('kind') === 'me-tie' || edge.data('kind') === 'me-group'
  return {
    id: edge.id(),
    kind: meTie ? 'me-tie' : 'tie',
    x1: source.x,
    y1: source.y,
    x2: target.x,
    y2: target.y,
    width: meTie ? Number(edge.data('width')) : TIE_WIDTH,
    color: meTie ? colors.meEdge : colors.tie,
    opacity: edge.numericStyle('opacity') as number,
  }
}

/** The box around every disc with its border and ring, and every label (its width estimated). */
function sceneBox(nodes: readonly SceneNode[]): SceneBox {
  if (nodes.length === 0) return { x1: 0, y1: 0, w: 0, h: 0 }
  let x1 = Infinity
  let y1 = Infinity
  let x2 = -Infinity
  let y2 = -Infinity
  const include = (left: number, top: number, right: number, bottom: number) => {
    x1 = Math.min(x1, left)
    y1 = Math.min(y1, top)
    x2 = Math.max(x2, right)
    y2 = Math.max(y2, bottom)
  }
  for (const n of nodes) {
    if (n.kind !== 'group') {
      const r = n.diameter / 2 + n.border.width / 2 + (n.ring ? n.ring.offset + n.ring.width : 0)
      include(n.x - r, n.y - r, n.x + r, n.y + r)
    }
    if (n.label) {
      const width = Math.min(estimateTextWidth(n.label.text, n.label.size, n.label.weight), n.label.maxWidth)
      const left = n.label.anchor === 'start' ? n.label.x : n.label.anchor === 'end' ? n.label.x - width : n.label.x - width / 2
      include(left, n.label.top, left + width, n.label.top + n.label.size * LABEL_LINE_HEIGHT)
    }
  }
  return { x1, y1, w: x2 - x1, h: y2 - y1 }
}

function borderStyle(value: unknown): SceneBorder['style'] {
  return value === 'dashed' || value === 'dotted' ? value : 'solid'
}

/** Cytoscape's font-weight as a number: "normal" 400, "bold" 700, numbers as given. */
function fontWeight(value: unknown): number {
  if (value === 'bold' || value === 'bolder') return 700
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : 400
}
