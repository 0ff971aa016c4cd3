import { z } from 'zod'

/** A calendar day, `YYYY-MM-DD`, in the user's own time zone (the host decides what "today" is). */
export const IsoDate = z.iso.date({ error: 'Use a real date in the form YYYY-MM-DD.' })
export type IsoDate = z.infer<typeof IsoDate>

/** A moment, ISO 8601 with offset, e.g. `2026-11-26T09:30:00.000Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'Use an ISO 8601 date and time.' })
export type IsoDateTime = z.infer<typeof IsoDateTime>

const DAY_MS = 86_400_000

/**
 * Days since 1970-01-01 for a calendar day. Digits are read directly and the proleptic Gregorian count is
 * computed in integers (Hinnant's days-from-civil): the insights call this for every contact, and going
 * through split() and Date.UTC() made it a large share of their cost.
 */
export function dayNumber(date: IsoDate): number {
  const digit = (i: number) => date.charCodeAt(i) - 48
  let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
  const m = digit(5) * 10 + digit(6)
  const d = digit(8) * 10 + digit(9)
  y -= m <= 2 ? 1 : 0
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from)
}

/** The calendar day `days` after `date` (or before, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The calendar day of `moment` in the time zone the caller runs in: "today" as the user sees it.
 *
 * The moment is passed in; the core never reads the clock.
 */
export function localIsoDate(moment: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`
}
