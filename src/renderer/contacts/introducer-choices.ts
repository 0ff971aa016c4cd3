import type { Contact } from '../../core/schema'
import { searchContacts } from '../shared/search'
import { byName } from '../shared/format'

/** Up to this many people, the list offers everyone; a longer one asks for part of a name first. */
export const LIST_EVERYONE_UP_TO = 300
/** How many matches of a typed name the list offers at once. */
export const MATCHES_SHOWN = 50

/**
 * Who of `others` the "Introduced by" list offers: everyone in a small network; in a large one only the
 * current choice and the first matches of `query` (as the map's search finds them), so a form for one person does not
 * build and redraw a list of 30,000 on every key press.
 */
export function introducerChoices(others: readonly Contact[], chosenId: string, query: string): { offered: Contact[]; matched: number } {
  const sorted = (list: Contact[]) => list.sort((a, b) => byName(a.name, b.name))
  if (others.length <= LIST_EVERYONE_UP_TO) return { offered: sorted([...others]), matched: others.length }
  // The map's own search: every word in the name, organization, role or tags.
  const ids = searchContacts(others, query)
  const found = others.filter((c) => ids.has(c.id))
  const offered = sorted(found).slice(0, MATCHES_SHOWN)
  const chosen = others.find((c) => c.id === chosenId)
  if (chosen && !offered.includes(chosen)) offered.unshift(chosen)
  return { offered, matched: found.length }
}
