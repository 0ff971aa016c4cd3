import { CATEGORIES, type Category } from '../../core/categories'
import { daysBetween, type IsoDate } from '../../core/dates'
import type { GapTarget } from '../../core/insight-schema'
import type { NetworkFile } from '../../core/network-file'
import type { Contact } from '../../core/schema'
import { STALENESS_BANDS, type ContactStatus, type StalenessBand } from '../../core/staleness'
import { interactionsByContact, isConverted, suggestStrength } from '../../core/tie-strength'
import { statusesOf } from '../shared/statuses'

/** One contact with everything the table shows or sorts by, derived once per network. */
export interface ContactRow {
  readonly contact: Contact
  readonly status: ContactStatus
  /** What the last year suggests; null for someone added lately with nothing ever logged (nothing to go on). */
  readonly suggested: number | null
  /** null when the contact is not a social-media contact. */
  readonly converted: boolean | null
  /** Time since last contact as a share of the cadence; never contacted counts as infinitely overdue, once no longer new. */
  readonly overdueRatio: number
  /** Name, organization, role, industry and tags in lower case, built once so each key typed in the filter only compares. */
  readonly searchKey: string
}

/** A contact added this recently with no interactions yet gets no suggested strength: silence says nothing yet. */
const NEW_CONTACT_DAYS = 90

export function contactRows(network: NetworkFile, today: IsoDate): ContactRow[] {
  const statuses = statusesOf(network, today)
  const histories = interactionsByContact(network.interactions)
  return network.contacts.map((contact) => {
    const status = statuses.get(contact.id) as ContactStatus
    const history = histories.get(contact.id) ?? []
    const suggestion = suggestStrength(history, today)
    const isNew = daysBetween(contact.createdAt.slice(0, 10), today) < NEW_CONTACT_DAYS
    return {
      contact,
      status,
      suggested: history.length === 0 && isNew ? null : suggestion.suggested,
      converted: isConverted(contact, history),
      overdueRatio: status.daysSince !== null ? status.daysSince / status.cadenceDays : status.band === 'new' ? 0 : Number.POSITIVE_INFINITY,
      searchKey: searchKeyOf(contact),
    }
  })
}

export const searchKeyOf = (c: Contact): string => [c.name, c.organization, c.role, c.industry, ...c.tags].join(' ').toLowerCase()

export const SORT_KEYS = ['name', 'organization', 'role', 'categories', 'strength', 'lastContact', 'band', 'nextDue', 'overdue'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export interface Sort {
  readonly key: SortKey
  readonly descending: boolean
}

// One collator for every comparison: String.localeCompare builds one per call, which makes sorting 30,000 names slow.
const byText = new Intl.Collator().compare
const bandOrder = (b: StalenessBand) => STALENESS_BANDS.indexOf(b)
const categoryOrder = (c: Category | undefined) => (c ? CATEGORIES.indexOf(c) : CATEGORIES.length)

/** Compares two rows by one column, ascending; ties fall back to the name. */
function compare(a: ContactRow, b: ContactRow, key: SortKey): number {
  switch (key) {
    case 'name':
      return byText(a.contact.name, b.contact.name)
    case 'organization':
      return byText(a.contact.organization, b.contact.organization)
    case 'role':
      return byText(a.contact.role, b.contact.role)
    case 'categories':
      return categoryOrder(a.contact.categories[0]) - categoryOrder(b.contact.categories[0])
    case 'strength':
      return a.contact.tieStrength - b.contact.tieStrength
    case 'lastContact':
      // Never contacted sorts as the oldest.
      return (a.status.lastContact ?? '').localeCompare(b.status.lastContact ?? '')
    case 'band':
      return bandOrder(a.status.band) - bandOrder(b.status.band)
    case 'nextDue':
      return a.status.dueOn.localeCompare(b.status.dueOn)
    case 'overdue':
      return a.overdueRatio === b.overdueRatio ? 0 : a.overdueRatio < b.overdueRatio ? -1 : 1
  }
}

export function sortRows(rows: readonly ContactRow[], sort: Sort): ContactRow[] {
  const direction = sort.descending ? -1 : 1
  return [...rows].sort((a, b) => direction * compare(a, b, sort.key) || byText(a.contact.name, b.contact.name))
}

/** The table's filters; empty or false means "everyone". */
export interface RowFilter {
  readonly text: string
  readonly category: Category | ''
  readonly band: StalenessBand | ''
  readonly tag: string
  readonly laidOffOnly: boolean
}

export const ALL_ROWS: RowFilter = { text: '', category: '', band: '', tag: '', laidOffOnly: false }

/** The rows that pass the filter, in the order given: sort once, then filter as the user types. */
export function filterRows(rows: readonly ContactRow[], f: RowFilter): readonly ContactRow[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0 && !f.category && !f.band && !f.tag && !f.laidOffOnly) return rows
  return rows.filter(({ contact: c, status, searchKey }) => {
    if (f.category && !c.categories.includes(f.category)) return false
    if (f.band && status.band !== f.band) return false
    if (f.tag && !c.tags.includes(f.tag)) return false
    if (f.laidOffOnly && !c.onLaidOffList) return false
    return words.every((w) => searchKey.includes(w))
  })
}

/** The table's filter for a gap that sends the user here (e.g. the laid-off list). */
export function contactsFilterForGap(target: Extract<GapTarget, { kind: 'contacts' }>): Partial<RowFilter> {
  return { band: target.band ?? '', laidOffOnly: target.laidOff, category: target.category ?? '' }
}
