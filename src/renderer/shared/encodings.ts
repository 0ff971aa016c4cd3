import type { Category } from '../../core/categories'
import type { StalenessBand } from '../../core/staleness'

/*
 * The visual encodings in one place, shared by the map's stylesheet, its legend, the image export and the
 * insights charts, so what the legend says is what the map, the exported image and the charts show.
 */

/**
 * One colour per category, from the Okabe–Ito palette, which stays distinguishable with the common
 * forms of colour blindness. Every node also has a border (its staleness band), which keeps the light
 * yellow readable on white.
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

export interface BandLook {
  /** Fill opacity: fresher relationships are more solid. */
  readonly fillOpacity: number
  /** Border style, so the bands still read in greyscale and for colour-blind users. */
  readonly borderStyle: 'solid' | 'dashed' | 'dotted'
  readonly borderColor: string
  readonly borderWidth: number
}

export const BAND_LOOKS: Readonly<Record<StalenessBand, BandLook>> = {
  // Someone just added: solid like a fresh tie, but ringed in the one hue no category uses, so it reads as
  // "not started yet" rather than "faded".
  new: { fillOpacity: 1, borderStyle: 'solid', borderColor: '#6741d9', borderWidth: 3 },
  fresh: { fillOpacity: 1, borderStyle: 'solid', borderColor: '#1f2933', borderWidth: 2.5 },
  'due-soon': { fillOpacity: 0.85, borderStyle: 'solid', borderColor: '#9aa5b1', borderWidth: 2 },
  overdue: { fillOpacity: 0.55, borderStyle: 'dashed', borderColor: '#52606d', borderWidth: 2 },
  dormant: { fillOpacity: 0.25, borderStyle: 'dotted', borderColor: '#52606d', borderWidth: 2 },
}

/** A double ring around people you would call if you lost your job. */
export const LAID_OFF_RING = { color: '#b42318', width: 2.5, offset: 2 } as const

export const NODE_SIZE = 22
export const ME_SIZE = 54
export const ME_COLOR = '#1f2933'
export const ME_EDGE_COLOR = '#aab2bd'
export const TIE_COLOR = '#9aa5b1'
export const TIE_WIDTH = 1
export const LABEL_COLOR = '#2d3138'
export const MATCH_COLOR = '#0b6e4f'
