import { addDays, daysBetween, type IsoDate } from './dates'
import { effectiveCadence } from './cadence'
import { lastContactIndex } from './last-contact'
import type { NetworkFile } from './network-file'
import type { Contact } from './schema'

/**
 * How fresh a relationship is against its keep-in-touch cadence, in five bands:
 * - `new`: added lately and nothing logged yet, still inside the grace period (see `graceDays`);
 * - `fresh`: contacted within 75 % of the cadence;
 * - `due-soon`: 75–100 % of the cadence has passed;
 * - `overdue`: past the cadence, up to twice it;
 * - `dormant`: more than twice the cadence, or never contacted once the grace period is over.
 */
export const STALENESS_BANDS = ['new', 'fresh', 'due-soon', 'overdue', 'dormant'] as const
export type StalenessBand = (typeof STALENESS_BANDS)[number]

export const STALENESS_LABELS: Readonly<Record<StalenessBand, string>> = {
  new: 'New',
  fresh: 'Fresh',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  dormant: 'Dormant or never contacted',
}

/** Longest grace period a contact with nothing logged gets before they count as never contacted. */
export const NEW_CONTACT_GRACE_DAYS = 30

/**
 * Days a contact with nothing logged stays `new`: a month, or their cadence when that is shorter. Someone
 * the user means to see weekly is late after a week of silence, whoever they are; someone on a yearly
 * cadence would otherwise hide for months that the user has never actually been in touch.
 */
export const graceDays = (cadenceDays: number): number => Math.min(NEW_CONTACT_GRACE_DAYS, cadenceDays)

/**
 * The day a contact was added. createdAt is a UTC moment, so this can be a day off the user's own
 * calendar; the grace period is weeks long, and a day either way does not change what it means.
 */
export const addedOn = (contact: Pick<Contact, 'createdAt'>): IsoDate => contact.createdAt.slice(0, 10)

/**
 * The band of one contact. `daysSinceLast` is null when nothing was ever logged; then `daysSinceAdded`
 * decides between `new` (up to and including the last day of the grace period) and `dormant`.
 */
export function stalenessBand(daysSinceLast: number | null, cadenceDays: number, daysSinceAdded: number): StalenessBand {
  if (daysSinceLast === null) return daysSinceAdded <= graceDays(cadenceDays) ? 'new' : 'dormant'
  const ratio = daysSinceLast / cadenceDays
  if (ratio < 0.75) return 'fresh'
  if (ratio <= 1) return 'due-soon'
  if (ratio <= 2) return 'overdue'
  return 'dormant'
}

/** When the next contact is due: last contact + cadence, or the end of the grace period when never contacted. */
export const dueOn = (lastContact: IsoDate | null, cadenceDays: number, added: IsoDate): IsoDate =>
  lastContact === null ? addDays(added, graceDays(cadenceDays)) : addDays(lastContact, cadenceDays)

/** Everything derived about one contact's freshness; computed, never stored. */
export interface ContactStatus {
  readonly lastContact: IsoDate | null
  readonly daysSince: number | null
  readonly cadenceDays: number
  readonly band: StalenessBand
  /** When the next contact is due (see `dueOn`). */
  readonly dueOn: IsoDate
}

/** One contact's status, given the day of their last contact (see lastContactIndex). */
export function contactStatus(contact: Contact, lastContact: IsoDate | null, settings: NetworkFile['settings'], today: IsoDate): ContactStatus {
  const cadenceDays = effectiveCadence(contact, settings)
  const daysSince = lastContact === null ? null : daysBetween(lastContact, today)
  const added = addedOn(contact)
  return {
    lastContact,
    daysSince,
    cadenceDays,
    band: stalenessBand(daysSince, cadenceDays, daysBetween(added, today)),
    dueOn: dueOn(lastContact, cadenceDays, added),
  }
}

/** Status of every contact, from one pass over the interactions. */
export function contactStatuses(network: Pick<NetworkFile, 'contacts' | 'interactions' | 'settings'>, today: IsoDate): Map<string, ContactStatus> {
  const last = lastContactIndex(network.interactions)
  const statuses = new Map<string, ContactStatus>()
  for (const contact of network.contacts) statuses.set(contact.id, contactStatus(contact, last.get(contact.id) ?? null, network.settings, today))
  return statuses
}
