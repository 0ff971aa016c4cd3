import type { StylesheetJson } from 'cytoscape'
import { STALENESS_BANDS } from '../../core/staleness'
import { bandLook, LAID_OFF_RING, MAP_COLORS, ME_SIZE, NODE_SIZE, TIE_WIDTH } from '../shared/encodings'
import type { Theme } from '../shared/theme'

/** Most categories a contact can have, so the pie needs at most this many slices. */
const MAX_SLICES = 8

/** Pie slices of multi-category contacts read their colours and sizes from element data (p1c, p1s, …). */
const pieSlices = Object.fromEntries(
  Array.from({ length: MAX_SLICES }, (_, i) => [
    [`pie-${i + 1}-background-color`, `data(p${i + 1}c)`],
    [`pie-${i + 1}-background-size`, `data(p${i + 1}s)`],
  ]).flat(),
)

/** The map's stylesheet in a theme; every encoding comes from element data and classes set in to-cy-elements.ts. */
export const mapStyle = (theme: Theme): StylesheetJson => {
  const c = MAP_COLORS[theme]
  return [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
      'font-size': 11,
      color: c.label,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '110px',
      'text-background-color': c.labelBackground,
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
    },
  },
  {
    selector: 'node[kind = "contact"]',
    style: { width: NODE_SIZE, height: NODE_SIZE, 'background-color': 'data(color)' },
  },
  { selector: 'node.multi', style: { 'pie-size': '100%', ...pieSlices } },
  ...STALENESS_BANDS.map((band) => {
    const look = bandLook(band, theme)
    return {
      selector: `node.band-${band}`,
      style: {
        'background-opacity': look.fillOpacity,
        ...Object.fromEntries(Array.from({ length: MAX_SLICES }, (_, i) => [`pie-${i + 1}-background-opacity`, look.fillOpacity])),
        'border-width': look.borderWidth,
        'border-style': look.borderStyle,
        'border-color': look.borderColor,
      },
    }
  }),
  {
    selector: 'node.laid-off',
    style: { 'outline-width': LAID_OFF_RING.width, 'outline-color': c.laidOff, 'outline-offset': LAID_OFF_RING.offset },
  },
  {
    selector: 'node[kind = "me"]',
    style: {
      width: ME_SIZE,
      height: ME_SIZE,
      'background-color': c.me,
      'border-width': 4,
      'border-color': c.meBorder,
      color: c.me,
      'font-size': 14,
      'font-weight': 600,
      // The user's own name is written larger, so it gets more room before it is cut short.
      'text-max-width': '220px',
      // Above the people and bubbles crowded round the centre, so my name is never under a disc.
      'z-index': 30,
    },
  },
  {
    selector: 'node[kind = "group"]',
    style: {
      width: 1,
      height: 1,
      'background-opacity': 0,
      'border-width': 0,
      'text-valign': 'center',
      'font-size': 15,
      'font-weight': 600,
      color: c.groupLabel,
      'text-background-opacity': 0,
      'text-max-width': '280px',
      events: 'no',
    },
  },
  {
    // An overview bubble: its category's colour inside, a ring split by staleness around it, the count on top.
    selector: 'node[kind = "bubble"]',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      'background-opacity': 0.9,
      'border-width': 1.5,
      'border-color': c.canvas,
      'pie-size': '100%',
      // export/map-scene.ts draws the same middle (BUBBLE_HOLE).
      'pie-hole': '72%',
      ...Object.fromEntries(
        STALENESS_BANDS.flatMap((band, i) => [
          [`pie-${i + 1}-background-color`, c.bandRing[band]],
          [`pie-${i + 1}-background-size`, `data(s${i + 1})`],
        ]),
      ),
      'text-valign': 'center',
      'text-margin-y': 0,
      'font-weight': 700,
      'font-size': 13,
      color: c.label,
      'text-background-opacity': 0.75,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 0,
    },
  },
  {
    selector: 'node[kind = "group-handle"]',
    style: {
      width: 1,
      height: 1,
      'background-opacity': 0,
      'border-width': 0,
      'text-valign': 'center',
      'font-size': 12,
      'font-weight': 600,
      color: c.match,
      'text-background-opacity': 0.8,
      'text-max-width': '280px',
    },
  },
  { selector: 'node.empty-group', style: { color: c.emptyGroup, 'font-style': 'italic', 'font-weight': 400 } },
  {
    selector: 'edge[kind = "me-tie"]',
    style: { width: 'data(width)', 'line-color': c.meEdge, 'curve-style': 'haystack', opacity: 0.7 },
  },
  {
    selector: 'edge[kind = "me-group"]',
    style: { width: 'data(width)', 'line-color': c.meEdge, 'curve-style': 'haystack', opacity: 0.45 },
  },
  {
    selector: 'edge[kind = "tie"]',
    style: { width: TIE_WIDTH, 'line-color': c.tie, 'curve-style': 'haystack', opacity: 0.9 },
  },
  { selector: 'edge[kind = "tie"]:selected', style: { width: 3, 'line-color': c.match, opacity: 1 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': c.me, 'border-style': 'solid', 'background-opacity': 1 } },
  { selector: 'node.match', style: { 'border-width': 4, 'border-color': c.match, 'border-style': 'solid', 'z-index': 10, 'font-weight': 700 } },
  { selector: '.filtered-out', style: { display: 'none' } },
  { selector: 'node.faded', style: { opacity: 0.12 } },
  { selector: 'edge.faded', style: { opacity: 0.05 } },
  // An introduction path: the links to follow, drawn over everything else.
  { selector: 'edge.path', style: { width: 4, 'line-color': c.match, opacity: 1, 'z-index': 20, 'curve-style': 'haystack' } },
  { selector: 'node.tie-source', style: { 'border-width': 4, 'border-color': c.match, 'border-style': 'double' } },
]
}
