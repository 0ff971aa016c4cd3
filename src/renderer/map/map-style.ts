import type { StylesheetJson } from 'cytoscape'
import type { Category } from '../../core/categories'

/**
 * One colour per category, from the Okabe–Ito palette, which stays distinguishable with the common
 * forms of colour blindness. Leader's yellow gets a dark outline so it reads on white.
 */
export const CATEGORY_COLORS: Readonly<Record<Category, string>> = {
  department: '#0072B2',
  'cross-function': '#56B4E9',
  'other-industry': '#009E73',
  author: '#E69F00',
  existing: '#CC79A7',
  association: '#D55E00',
  leader: '#F0E442',
  social: '#8C8C8C',
}

/** Edge width from me to a contact, by tie strength 1–5. */
export const strengthWidth = (strength: number): number => 0.8 + strength * 1.3

/** The map's stylesheet; every encoding comes from element data set in to-cy-elements.ts. */
export const MAP_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
      'font-size': 11,
      color: '#2d3138',
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
    style: {
      width: 22,
      height: 22,
      'background-color': 'data(color)',
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[category = "leader"]', style: { 'border-color': '#8a7d00' } },
  {
    selector: 'node[kind = "me"]',
    style: {
      width: 54,
      height: 54,
      'background-color': '#1f2933',
      'border-width': 4,
      'border-color': '#e4e7eb',
      color: '#1f2933',
      'font-size': 14,
      'font-weight': 600,
    },
  },
  {
    selector: 'edge[kind = "me-tie"]',
    style: { width: 'data(width)', 'line-color': '#aab2bd', 'curve-style': 'haystack', opacity: 0.75 },
  },
  {
    selector: 'edge[kind = "tie"]',
    style: { width: 1, 'line-color': '#7b8794', 'line-style': 'dotted', 'curve-style': 'haystack', opacity: 0.7 },
  },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1f2933' } },
]
