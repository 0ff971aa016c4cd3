import type { LayoutId } from '../../../core/layouts'
import type { Contact } from '../../../core/schema'
import { groupKey } from './aggregate'

/** A search opens the groups of its matches only while they are this few; more stay as ringed bubbles. */
export const SEARCH_OPENS_UP_TO = 12

/**
 * The groups to open so that the people the user jumps to (`ids`: a selection, a focus, a few search
 * matches; nulls ignored) are on the map on their own: stand-outs already are. Sorted, so the same people
 * give an equal list.
 */
export function jumpGroups(contacts: readonly Contact[], layout: LayoutId, standouts: ReadonlySet<string>, ids: readonly (string | null)[]): string[] {
  const wanted = new Set(ids.filter((id): id is string => id !== null && !standouts.has(id)))
  if (wanted.size === 0) return []
  const keys = new Set<string>()
  for (const c of contacts) if (wanted.has(c.id)) keys.add(groupKey(c, layout))
  return [...keys].sort()
}
