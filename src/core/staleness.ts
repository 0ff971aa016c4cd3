import { addDays, daysBetween, type IsoDate } from './dates'
import { effectiveCadence } from './cadence'
import { lastContactIndex } from './last-contact'
import type { NetworkFile } from './network-file'

/**
 * How fresh a relationship is against its keep-in-touch cadence, in four bands:
 * - `fresh`: contacted within 75 % of the cadence;
 * - `due-soon`: 75–100 % of the cadence has passed;
 * - `overdue`: past the cadence, up to twice it;
 * - `dormant`: more than twice the cadence, or never contacted.
 */
export const STALENESS_BANDS = ['fresh', 'due-soon', 'overdue', 'dormant'] as const
export type StalenessBand = (typeof STALENESS_BANDS)[number]

export const STALENESS_LABELS: Readonly<Record<StalenessBand, string>> = {
  fresh: 'Fresh',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  dormant: 'Dormant or never contacted',
}

export function stalenessBand(daysSinceLast: number | null, cadenceDays: number): StalenessBand {
  if (daysSinceLast === null) return 'dormant'
  const ratio = daysSinceLast / cadenceDays
  if (ratio < 0.75) return 'fresh'
  if (ratio <= 1) return 'due-soon'
  if (ratio <= 2) return 'overdue'
  return 'dormant'
}

/** Everything derived about one contact's freshness; computed, never stored. */
export interface ContactStatus {
  readonly lastContact: IsoDate | null
  readonly daysSince: number | null
  readonly cadenceDays: number
  readonly band: StalenessBand
  /** When the next contact is due: last contact + cadence, or today when never contacted. */
  readonly dueOn: IsoDate
}

/** Status of every contact, from one pass over the interactions. */
export function contactStatuses(network: Pick<NetworkFile, 'contacts' | 'interactions' | 'settings'>, today: IsoDate): Map<string, ContactStatus> {
  const last = lastContactIndex(network.interactions)
  const statuses = new Map<string, ContactStatus>()
  for (const contact of network.contacts) {
    const lastContact = last.get(contact.id) ?? null
    const cadenceDays = effectiveCadence(contact, network.settings)
    const daysSince = lastContact === null ? null : daysBetween(lastContact, today)
    statuses.set(contact.id, {
      lastContact,
      daysSince,
      cadenceDays,
      band: stalenessBand(daysSince, cadenceDays),
      dueOn: lastContact === null ? today : addDays(lastContact, cadenceDays),
    })
  }
  return statuses
}
