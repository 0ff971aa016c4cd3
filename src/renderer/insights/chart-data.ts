import { CATEGORIES, CATEGORY_LABELS } from '../../core/categories'
import type { Metrics } from '../../core/insight-schema'
import { STALENESS_BANDS, STALENESS_LABELS } from '../../core/staleness'
import { BAND_LOOKS, CATEGORY_COLORS } from '../shared/encodings'
import { DIRECTION_LABELS } from '../shared/labels'

/** One bar of a horizontal bar chart, with the look it borrows from the map where there is one. */
export interface Bar {
  readonly key: string
  readonly label: string
  readonly value: number
  readonly fill: string
  readonly fillOpacity: number
  readonly stroke: string | null
  readonly strokeWidth: number
  /** SVG stroke-dasharray, or null for a solid line. */
  readonly dash: string | null
  /** Zero where zero is a gap worth pointing at: drawn as a dashed outline marked "none". */
  readonly missing: boolean
}

/** The legend's dashes for the band borders (see map/Legend.tsx). */
const DASHES = { solid: null, dashed: '4 3', dotted: '1.5 2.5' } as const

/** The fill the map's legend uses to show the staleness bands on a neutral node. */
export const BAND_SAMPLE_FILL = '#56B4E9'

const plain = (key: string, label: string, value: number, fill: string): Bar => ({
  key,
  label,
  value,
  fill,
  fillOpacity: 1,
  stroke: null,
  strokeWidth: 0,
  dash: null,
  missing: false,
})

/** Contacts per category, in the map's category colours; an empty category is a gap, so it is marked. */
export function categoryBars(counts: Metrics['categoryCounts']): Bar[] {
  return CATEGORIES.map((c) => ({ ...plain(c, CATEGORY_LABELS[c], counts[c], CATEGORY_COLORS[c]), missing: counts[c] === 0 }))
}

/** Contacts per staleness band, drawn like the map draws each band: fading fill, then dashed and dotted borders. */
export function bandBars(bands: Metrics['bands']): Bar[] {
  return STALENESS_BANDS.map((band) => {
    const look = BAND_LOOKS[band]
    return {
      ...plain(band, STALENESS_LABELS[band], bands[band], BAND_SAMPLE_FILL),
      fillOpacity: look.fillOpacity,
      stroke: look.borderColor,
      strokeWidth: Math.min(look.borderWidth, 2),
      dash: DASHES[look.borderStyle],
    }
  })
}

export const RECIPROCITY_COLORS = { gave: '#0b6e4f', received: '#c2711a', mutual: '#3d6fb6' } as const

/** Interactions of the last year by who helped whom (the ones where nobody did are left out). */
export function reciprocityBars(r: Metrics['reciprocity']): Bar[] {
  return (['gave', 'received', 'mutual'] as const).map((d) => plain(d, DIRECTION_LABELS[d], r[d], RECIPROCITY_COLORS[d]))
}

/** What a bar chart shows, in words, for its aria-label: "Contacts per category: My department 7, … Other industries none." */
export function describeBars(title: string, bars: readonly Bar[]): string {
  return `${title}: ${bars.map((b) => `${b.label} ${b.missing ? 'none' : b.value}`).join(', ')}.`
}
