import type { Contact } from '../../core/schema'
import { byName } from '../shared/format'

/**
 * The people the map shows now, by name: those the filter lets through and, while a search is typed, only
 * its matches (`matchIds`, null without a search).
 */
export function peopleOnMap(contacts: readonly Contact[], visibleIds: ReadonlySet<string>, matchIds: readonly string[] | null): Contact[] {
  return onMap(contacts, visibleIds, matchIds).sort((a, b) => byName(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** How many people the map shows now; the same people as peopleOnMap, without sorting thousands of names. */
export const countOnMap = (contacts: readonly Contact[], visibleIds: ReadonlySet<string>, matchIds: readonly string[] | null): number =>
  onMap(contacts, visibleIds, matchIds).length

function onMap(contacts: readonly Contact[], visibleIds: ReadonlySet<string>, matchIds: readonly string[] | null): Contact[] {
  const wanted = matchIds ? new Set(matchIds) : null
  return contacts.filter((c) => visibleIds.has(c.id) && (!wanted || wanted.has(c.id)))
}

/**
 * The first of the `size` rows to draw so that row `active` is among them, roughly in the middle: the list
 * of thousands draws a couple of hundred at a time, and the arrow keys still reach everyone.
 */
export function windowStart(active: number, total: number, size: number): number {
  if (total <= size || active < 0) return 0
  return Math.max(0, Math.min(active - Math.floor(size / 2), total - size))
}
