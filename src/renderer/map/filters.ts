import type { Category } from '../../core/categories'
import type { Contact } from '../../core/schema'
import type { ContactStatus, StalenessBand } from '../../core/staleness'
import { plural, pluralWord } from '../shared/format'

/** What the map shows; an empty list means "no restriction" for that dimension. */
export interface MapFilter {
  readonly categories: readonly Category[]
  readonly minStrength: number
  readonly maxStrength: number
  readonly bands: readonly StalenessBand[]
  readonly tags: readonly string[]
  readonly laidOffOnly: boolean
}

export const NO_FILTER: MapFilter = { categories: [], minStrength: 1, maxStrength: 5, bands: [], tags: [], laidOffOnly: false }

export function isFilterActive(f: MapFilter): boolean {
  return f.categories.length > 0 || f.minStrength > 1 || f.maxStrength < 5 || f.bands.length > 0 || f.tags.length > 0 || f.laidOffOnly
}

/** Whether a contact stays on the map under `f`. A contact in several categories passes if any matches. */
export function passesFilter(contact: Contact, status: ContactStatus | undefined, f: MapFilter): boolean {
  if (f.categories.length > 0 && !contact.categories.some((c) => f.categories.includes(c))) return false
  if (contact.tieStrength < f.minStrength || contact.tieStrength > f.maxStrength) return false
  if (f.bands.length > 0 && (!status || !f.bands.includes(status.band))) return false
  if (f.tags.length > 0 && !contact.tags.some((t) => f.tags.includes(t))) return false
  if (f.laidOffOnly && !contact.onLaidOffList) return false
  return true
}

/** The filter in a few words, for the legend and the exported image. */
export function describeFilter(f: MapFilter): string {
  const parts: string[] = []
  if (f.categories.length > 0) parts.push(plural(f.categories.length, 'category', 'categories'))
  if (f.minStrength > 1 || f.maxStrength < 5) parts.push(`strength ${f.minStrength}–${f.maxStrength}`)
  if (f.bands.length > 0) parts.push(plural(f.bands.length, 'staleness band'))
  if (f.tags.length > 0) parts.push(`${pluralWord(f.tags.length, 'tag')} ${f.tags.join(', ')}`)
  if (f.laidOffOnly) parts.push('laid-off list only')
  return parts.join(' · ')
}
