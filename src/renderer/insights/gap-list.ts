import { addDays, type IsoDate } from '../../core/dates'
import type { Gap, GapTarget, Insights, Severity } from '../../core/insight-schema'
import type { RowFilter } from '../contacts/contact-rows'
import { formatDay } from '../timeline/day-format'

export const SNOOZE_DAYS = 30

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { high: 'High', medium: 'Medium', low: 'Low' }

/** The day a gap snoozed today shows again. */
export const snoozeUntil = (today: IsoDate): IsoDate => addDays(today, SNOOZE_DAYS)

/** How a hidden gap is hidden, in words: "snoozed until 26 Dec 2026" or "dismissed". */
export const hiddenNote = (hidden: Insights['hidden'][number]): string => (hidden.until === null ? 'dismissed' : `snoozed until ${formatDay(hidden.until)}`)

/** A gap with people in it can be shown on the map. */
export const showsOnMap = (gap: Gap): boolean => gap.contactIds.length > 0

/** The contacts table's filter for a gap that sends the user there. */
export function contactsFilterFor(target: Extract<GapTarget, { kind: 'contacts' }>): Partial<RowFilter> {
  return { band: target.band ?? '', laidOffOnly: target.laidOff, category: target.category ?? '' }
}
