import { daysBetween, type IsoDate } from '../../core/dates'
import { PRESENCE_ITEMS, type Me, type PresenceItem } from '../../core/schema'
import { plural } from '../../core/wording'

/*
 * What the profile page says about the user's own online presence: the checklist's wording and progress,
 * and how long ago the profile was last reviewed. Pure: "today" comes in as a parameter.
 */

/** A profile review is due again after this many calendar months. */
export const REVIEW_EVERY_MONTHS = 6

export const PRESENCE_TEXT: Readonly<Record<PresenceItem, { label: string; hint: string }>> = {
  headline: { label: 'Headline', hint: 'Says what you do now, in words people would search for.' },
  about: { label: 'About section', hint: 'A few lines on the work you do and what you are looking for next.' },
  experience: { label: 'Experience', hint: 'Your current role is listed, with a recent result or two.' },
  photo: { label: 'Photo', hint: 'A recent, friendly photo where your face is easy to see.' },
  recommendations: { label: 'Recommendations', hint: 'At least one recent recommendation from someone you worked with.' },
}

/** "3 of 5 up to date". */
export function presenceProgress(presence: Me['presence']): { done: number; total: number; text: string } {
  const done = PRESENCE_ITEMS.filter((item) => presence[item]).length
  const total = PRESENCE_ITEMS.length
  return { done, total, text: `${done} of ${total} up to date` }
}

const parts = (day: IsoDate) => day.split('-').map(Number) as [number, number, number]
const pad = (n: number) => String(n).padStart(2, '0')

/** The same day `months` calendar months later (earlier when negative), kept within shorter months: 31 Aug − 6 → 28 Feb. */
export function addMonths(day: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(day)
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(Math.min(d, lastDay))}`
}

/** Whole calendar months from `from` to `to` (0 when `to` is not later). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = parts(from)
  const [ty, tm, td] = parts(to)
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0)
  return Math.max(0, months)
}


/** "today", "yesterday", "5 days ago", "3 weeks ago", "4 months ago", "1 year and 1 month ago". */
export function timeAgo(day: IsoDate, today: IsoDate): string {
  const days = daysBetween(day, today)
  if (days <= 0) return 'today'
  if (days === 1) return 'yesterday'
  if (days < 14) return `${days} days ago`
  const months = monthsBetween(day, today)
  if (months < 1) return `${Math.floor(days / 7)} weeks ago`
  if (months < 12) return `${plural(months, 'month')} ago`
  const years = Math.floor(months / 12)
  const rest = months % 12
  return rest === 0 ? `${plural(years, 'year')} ago` : `${plural(years, 'year')} and ${plural(rest, 'month')} ago`
}

const LONG_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "14 March 2026"; stored days are shown in UTC so no time zone moves them. */
export function formatLongDay(day: IsoDate): string {
  const date = new Date(`${day}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? day : LONG_DAY.format(date)
}

export interface ReviewStatus {
  /** "14 March 2026", or "never". */
  readonly reviewedOn: string
  /** "1 year and 1 month ago"; null when never reviewed. */
  readonly ago: string | null
  /** Never reviewed, or last reviewed more than six months ago. */
  readonly stale: boolean
  /** The day the next review is suggested; null when one is due now. */
  readonly nextDue: string | null
  readonly today: boolean
}

export function reviewStatus(reviewedOn: IsoDate | null, today: IsoDate): ReviewStatus {
  if (reviewedOn === null) return { reviewedOn: 'never', ago: null, stale: true, nextDue: null, today: false }
  const due = addMonths(reviewedOn, REVIEW_EVERY_MONTHS)
  const stale = daysBetween(due, today) > 0
  return {
    reviewedOn: formatLongDay(reviewedOn),
    ago: timeAgo(reviewedOn, today),
    stale,
    nextDue: stale ? null : formatLongDay(due),
    today: reviewedOn === today,
  }
}
