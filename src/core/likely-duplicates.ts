import type { Contact, ContactId } from './schema'

/*
 * People who are probably in Kith twice: the same e-mail address, or the same name written differently
 * ("Ana  Lima", "ana lima", "Lima, Ana", "Ána Lima"). One pass with hash maps, so 30,000 contacts take
 * milliseconds; comparing every pair would take minutes.
 */

export type DuplicateReason = 'email' | 'name'

/** Contacts that look like one person, and why. Usually two; three when one person was imported three times. */
export interface DuplicateGroup {
  /** In the order of the contacts list. */
  readonly ids: readonly ContactId[]
  readonly reasons: readonly DuplicateReason[]
}

/** An e-mail address as mail servers treat it in practice: case does not matter. */
export const emailKey = (email: string): string => email.trim().toLowerCase()

/**
 * A name reduced to what tells people apart: no case, accents, punctuation or extra spaces, and the words
 * in a fixed order, so "Lima, Ana" and "Ana Lima" meet.
 */
export function nameKey(name: string): string {
  // Most names are plain ASCII: decomposing them to drop accents would be the slowest step, for nothing.
  const bare = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '')
  return bare
    .toLowerCase()
    .replace(/[.,;:'’"()_-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(' ')
}

/** Groups of contacts sharing a key, each group once; two reasons when the same people share both. */
export function findLikelyDuplicates(contacts: readonly Contact[]): DuplicateGroup[] {
  const byEmail = new Map<string, ContactId[]>()
  const byName = new Map<string, ContactId[]>()
  const add = (map: Map<string, ContactId[]>, key: string, id: ContactId) => {
    if (key === '') return
    const list = map.get(key)
    if (list) list.push(id)
    else map.set(key, [id])
  }
  for (const c of contacts) {
    add(byEmail, emailKey(c.email), c.id)
    add(byName, nameKey(c.name), c.id)
  }
  // Keyed by the members, so the same people matched by both e-mail and name make one group.
  const groups = new Map<string, { ids: ContactId[]; reasons: DuplicateReason[] }>()
  const collect = (map: Map<string, ContactId[]>, reason: DuplicateReason) => {
    for (const ids of map.values()) {
      if (ids.length < 2) continue
      const members = ids.join('\u0000')
      const known = groups.get(members)
      if (known) known.reasons.push(reason)
      else groups.set(members, { ids, reasons: [reason] })
    }
  }
  collect(byEmail, 'email')
  collect(byName, 'name')
  return [...groups.values()]
}
