import type { StalenessBand } from '../../core/staleness'

/*
 * The map's visual encodings in one place, shared by the stylesheet, the legend and the image export,
 * so what the legend says is what the map and the exported image show.
 */

export interface BandLook {
  /** Fill opacity: fresher relationships are more solid. */
  readonly fillOpacity: number
  /** Border style, so the bands still read in greyscale and for colour-blind users. */
  readonly borderStyle: 'solid' | 'dashed' | 'dotted'
  readonly borderColor: string
  readonly borderWidth: number
}

export const BAND_LOOKS: Readonly<Record<StalenessBand, BandLook>> = {
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
