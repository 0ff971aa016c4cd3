import type { IsoDate } from '../../core/dates'
import { profileReview } from '../../core/profile-review'
import { PRESENCE_ITEMS, type Me, type PresenceItem } from '../../core/schema'
import { agoSince, formatLongDay } from '../shared/format'

/*
 * What the profile page says about the user's own online presence: the checklist's wording and progress,
 * and how long ago the profile was last reviewed. Pure: "today" comes in as a parameter.
 */

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

export interface ReviewStatus {
  /** "14 March 2026", or "never". */
  readonly reviewedOn: string
  /** "3 weeks ago"; null when never reviewed. */
  readonly ago: string | null
  /** Never reviewed, or longer ago than the interval the user chose (see core/profile-review.ts). */
  readonly stale: boolean
  /** The day the next review is suggested; null when one is due now. */
  readonly nextDue: string | null
  readonly today: boolean
}

/** Where the review stands, in words, against the user's own interval (the stale-profile gap's threshold). */
export function reviewStatus(reviewedOn: IsoDate | null, today: IsoDate, intervalDays: number): ReviewStatus {
  const review = profileReview(reviewedOn, today, intervalDays)
  if (reviewedOn === null) return { reviewedOn: 'never', ago: null, stale: true, nextDue: null, today: false }
  return {
    reviewedOn: formatLongDay(reviewedOn),
    ago: agoSince(reviewedOn, today),
    stale: review.due,
    nextDue: review.due || review.nextDueOn === null ? null : formatLongDay(review.nextDueOn),
    today: reviewedOn === today,
  }
}
