import type { IsoDate } from '../../core/dates'
import { addMonths, monthOf } from '../../core/plan-months'
import { transitionProblem } from '../../core/plan-ops'
import { PLAN_STATUSES, type BusyLevel, type PlanMonth, type PlanStatus } from '../../core/plan-schema'
import type { Contact } from '../../core/schema'

/*
 * What the plan view shows, as pure functions: which months, which status moves an item offers, and who an
 * "Add someone" search finds. The rules themselves are the core's; this only picks from them.
 */

/** Months on the board: the current one and the next five. */
export const BOARD_MONTHS = 6

export const boardMonths = (today: IsoDate): PlanMonth[] => Array.from({ length: BOARD_MONTHS }, (_, i) => addMonths(monthOf(today), i))

/** The statuses an item's control offers: where it is now, then every move the core allows from there. */
export const statusChoices = (from: PlanStatus): PlanStatus[] => [from, ...PLAN_STATUSES.filter((to) => transitionProblem(from, to) === null)]

/** The busy control's choices; `ordinary` stands for null (no mark). */
export const BUSY_CHOICES: readonly { value: BusyLevel | 'ordinary'; label: string }[] = [
  { value: 'ordinary', label: 'Ordinary month' },
  { value: 'light', label: 'Light: one person' },
  { value: 'off', label: 'Off: nobody' },
]

/** Matches listed at once: typing narrows the rest, so a network of 30,000 searches as fast as one of 30. */
export const SEARCH_SHOWN = 50

/** A contact with the lowercased text a search looks in, built once per network. */
export interface Searchable {
  readonly contact: Contact
  readonly text: string
}

/**
 * Sorted by name once per network, so each key press only filters. Plain comparison of the lowercased text
 * rather than a collator: at 30,000 people it is many times faster, and it only orders search matches.
 */
export const searchable = (contacts: readonly Contact[]): Searchable[] =>
  contacts.map((contact) => ({ contact, text: `${contact.name} ${contact.organization}`.toLowerCase() })).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))

/**
 * Who a typed search finds: people whose name or organization contains every word typed, names starting
 * with the search first, then by name; at most `SEARCH_SHOWN`, with how many matched in all.
 */
export function findPeople(people: readonly Searchable[], query: string): { readonly shown: Contact[]; readonly total: number } {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return { shown: [], total: 0 }
  const head = words.join(' ')
  const first: Contact[] = []
  const rest: Contact[] = []
  for (const { contact, text } of people) {
    if (words.every((w) => text.includes(w))) (text.startsWith(head) ? first : rest).push(contact)
  }
  return { shown: [...first, ...rest].slice(0, SEARCH_SHOWN), total: first.length + rest.length }
}
