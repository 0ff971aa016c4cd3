import type { IsoDate } from '../dates'
import { LOCALE } from '../wording'

// UTC, because an IsoDate is a calendar day already: no time zone may move it to the day before.
const days = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const months = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "12 Mar 2026": a day as the brief and the shared plan write it. */
export const writtenDay = (day: IsoDate): string => days.format(new Date(`${day}T00:00:00Z`))

/** "March 2026" for a `YYYY-MM` month. */
export const writtenMonth = (month: string): string => months.format(new Date(`${month}-01T00:00:00Z`))
