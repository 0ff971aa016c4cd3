/*
 * The keys an import matches people by, in the order it tries them: the LinkedIn profile, the e-mail, then name
 * and organization. Each key ignores what differs between two spellings of the same thing (case, "www.", a
 * trailing slash, accents, extra spaces), so a re-exported file finds the people it brought in last time.
 */

export type MatchLevel = 'linkedin' | 'email' | 'name-organization'

export interface MatchKeys {
  readonly linkedin: string
  readonly email: string
  readonly nameOrganization: string
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text // a stray "%" that starts no escape: compare it as written
  }
}

/**
 * `https://www.LinkedIn.com/in/Ada-Lovelace/?trk=x` → `linkedin.com/in/ada-lovelace`. A profile is reduced to
 * `linkedin.com/in/<slug>` (whatever the country subdomain or trailing path); any other address keeps its host
 * and path. '' for an empty one.
 */
export function linkedinKey(url: string): string {
  const bare = url
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[?#].*$/s, '')
  const text = decode(bare).normalize('NFC').toLowerCase().replace(/\/+$/, '')
  if (text === '') return ''
  const host = text.replace(/^(?:www\.|[a-z]{2}\.|mobile\.|m\.)?linkedin\.com(?=\/|$)/, 'linkedin.com')
  const profile = /^linkedin\.com\/(?:mwlite\/)?in\/([^/]+)/.exec(host)
  return profile ? `linkedin.com/in/${profile[1]}` : host
}

/** E-mail addresses compare case-folded. */
export const emailKey = (email: string): string => email.trim().toLowerCase()

/** Case, accents and runs of spaces do not tell two names apart. */
export const looseText = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()

/** `Ana Núñez` at `Acme ` → `ana nunez | acme`; '' without a name. */
export function nameOrganizationKey(name: string, organization: string): string {
  const who = looseText(name)
  return who === '' ? '' : `${who} | ${looseText(organization)}`
}

export function matchKeys(person: { name: string; organization: string; email: string; linkedinUrl: string }): MatchKeys {
  return {
    linkedin: linkedinKey(person.linkedinUrl),
    email: emailKey(person.email),
    nameOrganization: nameOrganizationKey(person.name, person.organization),
  }
}

/** The one key a source records for a person: the strongest they have. */
export const sourceKey = (keys: MatchKeys): string => keys.linkedin || keys.email || keys.nameOrganization

/** Which kind of key a recorded source key is, so sources can be found again by the level that made them. */
export function levelOfKey(key: string): MatchLevel {
  if (key.startsWith('linkedin.com/')) return 'linkedin'
  if (key.includes(' | ')) return 'name-organization'
  return 'email'
}
