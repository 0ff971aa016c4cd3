import type { Contact } from '../../core/schema'

/** Up to this many people, the list offers everyone; a longer one asks for part of a name first. */
export const LIST_EVERYONE_UP_TO = 300
/** How many matches of a typed name the list offers at once. */
export const MATCHES_SHOWN = 50

const byName = new Intl.Collator(undefined, { sensitivity: 'base' }).compare

/**
 * Who of `others` the "Introduced by" list offers: everyone in a small network; in a large one only the
 * current choice and the first matches of `query` by name or organization, so a form for one person does not
 * build and redraw a list of 30,000 on every key press.
 */
export function introducerChoices(others: readonly Contact[], chosenId: string, query: string): { offered: Contact[]; matched: number } {
  const sorted = (list: Contact[]) => list.sort((a, b) => byName(a.name, b.name))
  if (others.length <= LIST_EVERYONE_UP_TO) return { offered: sorted([...others]), matched: others.length }
  const needle = query.trim().toLowerCase()
  const found = needle === '' ? [] : others.filter((c) => c.name.toLowerCase().includes(needle) || c.organization.toLowerCase().includes(needle))
  const offered = sorted(found).slice(0, MATCHES_SHOWN)
  const chosen = others.find((c) => c.id === chosenId)
  if (chosen && !offered.includes(chosen)) offered.unshift(chosen)
  return { offered, matched: found.length }
}
