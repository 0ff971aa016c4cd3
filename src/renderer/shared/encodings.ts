import type { Category } from '../../core/categories'
import type { StalenessBand } from '../../core/staleness'
import type { Theme } from './theme'

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

/*
 * The dark theme. The category colours stay as they are, so the legend, charts and exports speak one palette:
 * against the dark canvas (#151a1f) the weakest, #0072B2, has 3.4:1 and the rest 4.5:1 or more (the 3:1 that
 * graphics need; see tests/unit/renderer/theme.test.ts). Inks and rings are mirrored: the fresh ring is light
 * on dark as it is dark on light.
 */

/** Everything on the map and in its exports that is not a category colour, per theme. */
export interface MapColors {
  readonly canvas: string
  readonly label: string
  readonly labelBackground: string
  readonly me: string
  readonly meBorder: string
  readonly meEdge: string
  readonly tie: string
  readonly groupLabel: string
  readonly emptyGroup: string
  readonly match: string
  readonly laidOff: string
  readonly bandBorders: Readonly<Record<StalenessBand, string>>
  /** The staleness mix around an overview bubble: the hues of the app's staleness pills (styles.css). */
  readonly bandRing: Readonly<Record<StalenessBand, string>>
}

export const MAP_COLORS: Readonly<Record<Theme, MapColors>> = {
  light: {
    canvas: '#fbfbfa',
    label: LABEL_COLOR,
    labelBackground: '#ffffff',
    me: ME_COLOR,
    meBorder: '#e4e7eb',
    meEdge: ME_EDGE_COLOR,
    tie: TIE_COLOR,
    groupLabel: '#616e7c',
    // An empty sector is an invitation: quiet, never an alarm.
    emptyGroup: '#616e7c',
    match: MATCH_COLOR,
    laidOff: LAID_OFF_RING.color,
    bandBorders: Object.fromEntries(Object.entries(BAND_LOOKS).map(([band, look]) => [band, look.borderColor])) as Record<StalenessBand, string>,
    bandRing: { new: '#6741d9', fresh: '#0b6e4f', 'due-soon': '#d08a00', overdue: '#b42318', dormant: '#9aa5b1' },
  },
  dark: {
    canvas: '#151a1f',
    label: '#e4e7eb',
    labelBackground: '#151a1f',
    me: '#e4e7eb',
    meBorder: '#46515e',
    meEdge: '#5d6976',
    tie: '#56616d',
    groupLabel: '#8d99a6',
    emptyGroup: '#8d99a6',
    match: '#3fb68b',
    laidOff: '#f97066',
    bandBorders: { new: '#9d85f2', fresh: '#f5f7fa', 'due-soon': '#6b7785', overdue: '#b3bcc6', dormant: '#b3bcc6' },
    bandRing: { new: '#9d85f2', fresh: '#3fb68b', 'due-soon': '#e0a526', overdue: '#f97066', dormant: '#6b7785' },
  },
}

/** A staleness band's look in a theme: the same fill and stroke style, the ring in that theme's ink. */
export const bandLook = (band: StalenessBand, theme: Theme): BandLook =>
  theme === 'light' ? BAND_LOOKS[band] : { ...BAND_LOOKS[band], borderColor: MAP_COLORS.dark.bandBorders[band] }
