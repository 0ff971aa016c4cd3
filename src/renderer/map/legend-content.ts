import { CATEGORIES, CATEGORY_LABELS, categoryCounts, type Category } from '../../core/categories'
import type { NetworkFile } from '../../core/network-file'
import { STALENESS_BANDS, STALENESS_LABELS, type ContactStatus, type StalenessBand } from '../../core/staleness'
import { BAND_LOOKS, LAID_OFF_RING, TIE_COLOR, type BandLook } from '../shared/encodings'
import { describeFilter, isFilterActive, type MapFilter } from './filters'
import { CATEGORY_COLORS, strengthWidth } from '../shared/encodings'

/** Everything the legend says, computed once and drawn by the on-screen legend and by both image exports. */
export interface LegendContent {
  readonly categories: readonly { category: Category; label: string; color: string; count: number }[]
  readonly strengths: readonly { strength: number; width: number }[]
  readonly bands: readonly { band: StalenessBand; label: string; look: BandLook; count: number }[]
  /** Present when someone on the map is on the laid-off list. */
  readonly laidOff: { readonly count: number; readonly color: string } | null
  /** Present when contact–contact ties are drawn. */
  readonly ties: { readonly count: number; readonly color: string } | null
  /** Shown when a filter hides part of the network. */
  readonly filterNote: string | null
  readonly multiCategory: boolean
}

/**
 * The legend for the contacts currently on the map (`visibleIds`); counts are of what is shown, and
 * someone in several categories counts in each (as in the insights: both use categoryCounts).
 * Every category is listed, with zero counts marked, so gaps are visible in the legend too.
 */
export function legendContent(
  network: NetworkFile,
  statuses: ReadonlyMap<string, ContactStatus>,
  filter: MapFilter,
  visibleIds: ReadonlySet<string>,
): LegendContent {
  const bandCounts = new Map<StalenessBand, number>()
  let laidOff = 0
  let multi = false
  const shown = network.contacts.filter((c) => visibleIds.has(c.id))
  const perCategory = categoryCounts(shown)
  for (const c of shown) {
    const band = statuses.get(c.id)?.band
    if (band) bandCounts.set(band, (bandCounts.get(band) ?? 0) + 1)
    if (c.onLaidOffList) laidOff++
    if (c.categories.length > 1) multi = true
  }
  const visibleTies = network.ties.filter((t) => visibleIds.has(t.a) && visibleIds.has(t.b)).length
  return {
    categories: CATEGORIES.map((category) => ({
      category,
      label: CATEGORY_LABELS[category],
      color: CATEGORY_COLORS[category],
      count: perCategory[category],
    })),
    strengths: [1, 2, 3, 4, 5].map((strength) => ({ strength, width: strengthWidth(strength) })),
    bands: STALENESS_BANDS.map((band) => ({ band, label: STALENESS_LABELS[band], look: BAND_LOOKS[band], count: bandCounts.get(band) ?? 0 })),
    laidOff: laidOff > 0 ? { count: laidOff, color: LAID_OFF_RING.color } : null,
    ties: visibleTies > 0 ? { count: visibleTies, color: TIE_COLOR } : null,
    filterNote: isFilterActive(filter) ? describeFilter(filter) : null,
    multiCategory: multi,
  }
}
