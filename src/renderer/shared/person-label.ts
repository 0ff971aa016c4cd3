import type { Contact } from '../../core/schema'

/** Someone's role and organization, those they have ("Analyst, Lumen Bank"). */
export const roleAndOrganization = (c: Pick<Contact, 'role' | 'organization'>): string => [c.role, c.organization].filter(Boolean).join(', ')

/** A name with what tells two people of that name apart: their role and organization. */
export function nameWithWhere(c: Pick<Contact, 'name' | 'role' | 'organization'>): string {
  const about = roleAndOrganization(c)
  return about ? `${c.name} · ${about}` : c.name
}

/** The names more than one of `contacts` has (a LinkedIn export of thousands holds many). */
export function sharedNames(contacts: readonly Pick<Contact, 'name'>[]): ReadonlySet<string> {
  const seen = new Set<string>()
  const shared = new Set<string>()
  for (const c of contacts) {
    if (seen.has(c.name)) shared.add(c.name)
    else seen.add(c.name)
  }
  return shared
}
