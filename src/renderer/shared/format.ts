import { daysBetween, type IsoDate, type IsoDateTime } from '../../core/dates'
import type { ContactStatus } from '../../core/staleness'
import { formatNumber, humanDays, LOCALE, percent, plural, pluralWord, spanOf } from '../../core/wording'

/*
 * Every number, count, day and span of time the renderer shows, written one way (on Intl, in Kith's
 * language). Counts and spans come from the core's wording, so a view and a gap's evidence agree.
 */

export { formatNumber, humanDays, percent, plural, pluralWord }

// Stored days are calendar days: formatted in UTC, so no time zone can move one to the day before.
const DAY = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const LONG_DAY = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' })
const MOMENT = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short' })
const RELATIVE = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' })

const asDate = (day: IsoDate): Date | null => {
  const date = new Date(`${day}T00:00:00Z`)
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(date.getTime()) ? date : null
}

/** "14 Mar 2026"; anything that is not a day is shown as given. */
export function formatDay(day: IsoDate): string {
  const date = asDate(day)
  return date ? DAY.format(date) : day
}

/** "12–14 Mar 2026", "28 Feb – 2 Mar 2026"; one day when `end` is null or the same. */
export function formatDayRange(start: IsoDate, end: IsoDate | null): string {
  const from = asDate(start)
  const to = end === null ? null : asDate(end)
  if (!from || !to || end === start) return formatDay(start)
  return DAY.formatRange(from, to)
}

/** "14 March 2026". */
export function formatLongDay(day: IsoDate): string {
  const date = asDate(day)
  return date ? LONG_DAY.format(date) : day
}

/** A moment in the user's own time zone: "26 Nov 2026, 09:30". */
export const formatMoment = (moment: IsoDateTime): string => MOMENT.format(new Date(moment))

/** How long ago, from a number of days: "never", "today", "yesterday", "10 days ago", "3 weeks ago". */
export function ago(days: number | null): string {
  if (days === null) return 'never'
  if (days <= 0) return 'today'
  const { value, unit } = spanOf(days)
  return RELATIVE.format(-value, unit)
}

/** A contact's last contact: how long ago, "not yet" for someone just added, "never" once that is overdue. */
export function lastContactWords(status: Pick<ContactStatus, 'daysSince' | 'band'>): string {
  return status.daysSince === null && status.band === 'new' ? 'not yet' : ago(status.daysSince)
}

/** "how long ago" between two days. */
export const agoSince = (day: IsoDate, today: IsoDate): string => ago(daysBetween(day, today))

/** When something is due, from today: "due today", "due tomorrow", "due in 5 days", "overdue by 3 weeks". */
export function dueLabel(dueOn: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, dueOn)
  if (days === 0) return 'due today'
  if (days < 0) return `overdue by ${humanDays(-days)}`
  const { value, unit } = spanOf(days)
  return `due ${RELATIVE.format(value, unit)}`
}

/** People's names in the order a person expects, accents and case aside: the lists of people all sort with it. */
export const byName = new Intl.Collator(undefined, { sensitivity: 'base' }).compare
