import type { Contact, Me } from '../schema'

/*
 * Filling a template: {firstName}, {topic}, {timeAsked}, {howWeMet} and {myName}. Values come from the
 * contact, the user and the composer (the composer wins, so the user can override anything). A placeholder
 * without a value stays in the text as a visible marker, e.g. "[topic]", and is listed in `missing`, so the
 * composer can flag it; the text never says "undefined". Unknown {names} are left as typed and listed too.
 */

export const PLACEHOLDERS = ['firstName', 'topic', 'timeAsked', 'howWeMet', 'myName'] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]

/** What each placeholder means, and the marker left in the text while it has no value. */
export const PLACEHOLDER_LABELS: Readonly<Record<Placeholder, string>> = {
  firstName: 'first name',
  topic: 'topic',
  timeAsked: 'time asked',
  howWeMet: 'how we met',
  myName: 'your name',
}

export type PlaceholderValues = Partial<Record<Placeholder, string | null | undefined>>

export interface FilledText {
  readonly subject: string
  readonly body: string
  /** Placeholders used in the template that have no value, in the order they first appear. */
  readonly missing: readonly Placeholder[]
  /** {names} in the template that Kith does not know; left as typed. */
  readonly unknown: readonly string[]
}

const HONORIFICS = new Set(['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame', 'rev', 'fr'])

/**
 * The name to greet someone by: the first word of their name, after a title such as "Dr." and ignoring a
 * note in brackets; for "Marín, Ana" (family name first, with a comma) the part after the comma.
 */
export function firstNameOf(fullName: string): string {
  let name = fullName.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim()
  const comma = name.indexOf(',')
  if (comma > 0 && name.slice(comma + 1).trim() !== '') name = name.slice(comma + 1).trim()
  const words = name.split(/\s+/).filter((w) => w !== '')
  const first = words.find((w, i) => i === words.length - 1 || !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')))
  return first ?? ''
}

/**
 * A note such as "Conference panel" as it reads mid-sentence ("from conference panel"): the first word loses
 * its capital when it is an ordinary capitalised word; names and acronyms ("LinkedIn", "ED", "St.") keep it.
 */
export function midSentence(note: string): string {
  const text = note.trim()
  const first = /^\p{Lu}\p{Ll}+(?=\s|$)/u.exec(text)
  if (!first || text.indexOf(' ') < 0) return text
  return first[0].toLocaleLowerCase() + text.slice(first[0].length)
}

/** The values Kith knows before the user types anything: the contact's first name and how you met, your name. */
export function knownValues(contact: Pick<Contact, 'name' | 'howMet'> | null, me: Pick<Me, 'name'>, composer: PlaceholderValues = {}): PlaceholderValues {
  return {
    firstName: contact ? firstNameOf(contact.name) : null,
    howWeMet: contact ? midSentence(contact.howMet) : null,
    myName: me.name,
    ...composer,
  }
}

const PLACEHOLDER_PATTERN = /\{([A-Za-z][A-Za-z0-9]*)\}/g
const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name)

function fillOne(text: string, values: PlaceholderValues, missing: Set<Placeholder>, unknown: Set<string>): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    if (!isPlaceholder(name)) {
      unknown.add(name)
      return whole
    }
    const value = values[name]?.trim() ?? ''
    if (value !== '') return value
    missing.add(name)
    return `[${PLACEHOLDER_LABELS[name]}]`
  })
}

/** A template's subject and body with every known value in place. */
export function fillTemplate(template: { readonly subject: string; readonly body: string }, values: PlaceholderValues): FilledText {
  const missing = new Set<Placeholder>()
  const unknown = new Set<string>()
  const subject = fillOne(template.subject, values, missing, unknown)
  const body = fillOne(template.body, values, missing, unknown)
  return { subject, body, missing: [...missing], unknown: [...unknown] }
}

/** Markers still in a text the user edited, e.g. "[topic]": what to flag before it is sent. */
export function unfilledMarkers(text: string): Placeholder[] {
  return PLACEHOLDERS.filter((p) => text.includes(`[${PLACEHOLDER_LABELS[p]}]`) || text.includes(`{${p}}`))
}
