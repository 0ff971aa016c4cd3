import type { Contact } from '../../core/schema'

/** Ids of contacts whose name, organization, role or tags contain every word of `query` (any case). */
export function searchContacts(contacts: readonly Contact[], query: string): Set<string> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const found = new Set<string>()
  if (words.length === 0) return found
  for (const c of contacts) {
    const haystack = [c.name, c.organization, c.role, ...c.tags].join(' ').toLowerCase()
    if (words.every((w) => haystack.includes(w))) found.add(c.id)
  }
  return found
}
