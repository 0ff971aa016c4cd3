import { z } from 'zod'

/** A calendar day, `YYYY-MM-DD`, in the user's own time zone (the host decides what "today" is). */
export const IsoDate = z.iso.date({ error: 'Use a real date in the form YYYY-MM-DD.' })
export type IsoDate = z.infer<typeof IsoDate>

/** A moment, ISO 8601 with offset, e.g. `2026-11-26T09:30:00.000Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'Use an ISO 8601 date and time.' })
export type IsoDateTime = z.infer<typeof IsoDateTime>

const DAY_MS = 86_400_000

/** Days since 1970-01-01 for a calendar day; UTC arithmetic so no time zone or DST shifts creep in. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS)
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
