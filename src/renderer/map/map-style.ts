import type { StylesheetJson } from 'cytoscape'
import { STALENESS_BANDS } from '../../core/staleness'
import { BAND_LOOKS, LABEL_COLOR, LAID_OFF_RING, MATCH_COLOR, ME_COLOR, ME_EDGE_COLOR, ME_SIZE, NODE_SIZE, TIE_COLOR, TIE_WIDTH } from '../shared/encodings'

/** Most categories a contact can have, so the pie needs at most this many slices. */
const MAX_SLICES = 8

/** Pie slices of multi-category contacts read their colours and sizes from element data (p1c, p1s, …). */
const pieSlices = Object.fromEntries(
  Array.from({ length: MAX_SLICES }, (_, i) => [
    [`pie-${i + 1}-background-color`, `data(p${i + 1}c)`],
    [`pie-${i + 1}-background-size`, `data(p${i + 1}s)`],
  ]).flat(),
)

/** The map's stylesheet; every encoding comes from element data and classes set in to-cy-elements.ts. */
export const MAP_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
      'font-size': 11,
      color: LABEL_COLOR,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '110px',
      'text-background-color': '#ffffff',
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
  ...STALENESS_BANDS.map((band) => ({
    selector: `node.band-${band}`,
    style: {
      'background-opacity': BAND_LOOKS[band].fillOpacity,
      ...Object.fromEntries(Array.from({ length: MAX_SLICES }, (_, i) => [`pie-${i + 1}-background-opacity`, BAND_LOOKS[band].fillOpacity])),
      'border-width': BAND_LOOKS[band].borderWidth,
      'border-style': BAND_LOOKS[band].borderStyle,
      'border-color': BAND_LOOKS[band].borderColor,
    },
  })),
  {
    selector: 'node.laid-off',
    style: { 'outline-width': LAID_OFF_RING.width, 'outline-color': LAID_OFF_RING.color, 'outline-offset': LAID_OFF_RING.offset },
  },
  {
    selector: 'node[kind = "me"]',
    style: {
      width: ME_SIZE,
      height: ME_SIZE,
      'background-color': ME_COLOR,
      'border-width': 4,
      'border-color': '#e4e7eb',
      color: ME_COLOR,
      'font-size': 14,
      'font-weight': 600,
      // The user's own name is written larger, so it gets more room before it is cut short.
      'text-max-width': '220px',
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
      color: '#616e7c',
      'text-background-opacity': 0,
      'text-max-width': '280px',
      events: 'no',
    },
  },
  // An empty sector is an invitation, so it reads quieter than the others, never as an alarm.
  { selector: 'node.empty-group', style: { color: '#7b8794', 'font-style': 'italic', 'font-weight': 400 } },
  {
    selector: 'edge[kind = "me-tie"]',
    style: { width: 'data(width)', 'line-color': ME_EDGE_COLOR, 'curve-style': 'haystack', opacity: 0.7 },
  },
  {
    selector: 'edge[kind = "tie"]',
    style: { width: TIE_WIDTH, 'line-color': TIE_COLOR, 'curve-style': 'haystack', opacity: 0.9 },
  },
  { selector: 'edge[kind = "tie"]:selected', style: { width: 3, 'line-color': MATCH_COLOR, opacity: 1 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': ME_COLOR, 'border-style': 'solid', 'background-opacity': 1 } },
  { selector: 'node.match', style: { 'border-width': 4, 'border-color': MATCH_COLOR, 'border-style': 'solid', 'z-index': 10, 'font-weight': 700 } },
  { selector: '.filtered-out', style: { display: 'none' } },
  { selector: 'node.faded', style: { opacity: 0.12 } },
  { selector: 'edge.faded', style: { opacity: 0.05 } },
  { selector: 'node.tie-source', style: { 'border-width': 4, 'border-color': MATCH_COLOR, 'border-style': 'double' } },
]
