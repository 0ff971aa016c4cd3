import { CATEGORY_LABELS } from '../categories'
import type { IsoDate } from '../dates'
import { CHANNEL_LABELS, DIRECTION_LABELS } from '../interaction-labels'
import type { NetworkFile } from '../network-file'
import { LOCALE } from '../wording'
import type { Contact } from '../schema'
import { addedOn, contactStatuses, STALENESS_LABELS, type ContactStatus } from '../staleness'

/** One spreadsheet: a header row and the rows under it. Numbers stay numbers, so a spreadsheet can sum and sort them. */
export interface Table {
  readonly header: readonly string[]
  readonly rows: readonly (readonly (string | number)[])[]
}

/** How lists (categories, tags, people) are joined in one cell: reads well, and no category label holds it. */
export const LIST_SEPARATOR = '; '

interface RowContext {
  readonly status: ContactStatus
  readonly nameOf: (id: string) => string
}

/**
 * The contacts spreadsheet's columns, each with how a contact fills it. Categories are written as their
 * labels ("Other functions"), not their ids: the file is for reading in a spreadsheet, and the Kith backup
 * (kith-json) is the one to import again.
 */
const CONTACT_COLUMNS: readonly (readonly [header: string, cell: (c: Contact, x: RowContext) => string | number])[] = [
  ['Name', (c) => c.name],
  ['Organization', (c) => c.organization],
  ['Department', (c) => c.department],
  ['Industry', (c) => c.industry],
  ['Role', (c) => c.role],
  ['Categories', (c) => c.categories.map((category) => CATEGORY_LABELS[category]).join(LIST_SEPARATOR)],
  ['Tags', (c) => c.tags.join(LIST_SEPARATOR)],
  ['Tie strength (1 to 5)', (c) => c.tieStrength],
  ['Keep in touch every (days)', (_, x) => x.status.cadenceDays],
  ['Last contact', (_, x) => x.status.lastContact ?? ''],
  ['Next due', (_, x) => x.status.dueOn],
  ['Staleness', (_, x) => STALENESS_LABELS[x.status.band]],
  ['E-mail', (c) => c.email],
  ['Phone', (c) => c.phone],
  ['LinkedIn URL', (c) => c.linkedinUrl],
  ['Website', (c) => c.website],
  ['How you met', (c) => c.howMet],
  ['Introduced by', (c, x) => (c.introducedBy === null ? '' : x.nameOf(c.introducedBy))],
  ['On laid-off list', (c) => (c.onLaidOffList ? 'yes' : 'no')],
  ['Connected on', (c) => c.connectedOn ?? ''],
  ['Notes', (c) => c.notes],
  ['Added on', (c) => addedOn(c)],
]

export const CONTACT_COLUMN_NAMES: readonly string[] = CONTACT_COLUMNS.map(([header]) => header)

// One collator for the whole sort: localeCompare builds one per call, which takes seconds at 30,000 contacts.
const names = new Intl.Collator(LOCALE)
const byName = (a: { readonly name: string }, b: { readonly name: string }) => names.compare(a.name, b.name)

/** A name lookup for ids, in one pass; an id nobody has reads as empty. */
function namesById(contacts: readonly Contact[]): (id: string) => string {
  const names = new Map(contacts.map((c) => [c.id as string, c.name]))
  return (id) => names.get(id) ?? ''
}

/**
 * One row per contact, alphabetical, with last contact, next due and staleness as the contacts view shows
 * them on `today` (from the core's `contactStatuses`, one pass over the interactions).
 */
export function contactsTable(file: NetworkFile, today: IsoDate): Table {
  const statuses = contactStatuses(file, today)
  const nameOf = namesById(file.contacts)
  const rows = [...file.contacts].sort(byName).map((contact) => {
    const x: RowContext = { status: statuses.get(contact.id) as ContactStatus, nameOf }
    return CONTACT_COLUMNS.map(([, cell]) => cell(contact, x))
  })
  return { header: CONTACT_COLUMN_NAMES, rows }
}

export const INTERACTION_COLUMN_NAMES: readonly string[] = ['Date', 'People', 'Channel', 'Who helped whom', 'Summary', 'Event']

/** One row per logged interaction, oldest first, with people and the event by name. */
export function interactionsTable(file: NetworkFile): Table {
  const nameOf = namesById(file.contacts)
  const events = new Map(file.events.map((e) => [e.id as string, e.name]))
  const rows = [...file.interactions]
    // ISO dates order as plain strings; the sort is stable, so a day keeps the order its interactions were logged in.
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((i) => [
      i.date,
      i.contactIds.map(nameOf).join(LIST_SEPARATOR),
      CHANNEL_LABELS[i.channel],
      DIRECTION_LABELS[i.direction],
      i.summary,
      i.eventId === null ? '' : (events.get(i.eventId) ?? ''),
    ])
  return { header: INTERACTION_COLUMN_NAMES, rows }
}

/** `kith-contacts-2026-11-30.csv` */
export const contactsCsvFileName = (today: IsoDate): string => `kith-contacts-${today}.csv`
/** `kith-interactions-2026-11-30.csv` */
export const interactionsCsvFileName = (today: IsoDate): string => `kith-interactions-${today}.csv`
