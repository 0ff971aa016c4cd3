import { addDays, daysBetween, type IsoDate } from './dates'

/** Where the user's own profile review stands on one day, against the interval they chose. */
export interface ProfileReview {
  /** Days since the last review; null when never reviewed. */
  readonly ageDays: number | null
  /** Never reviewed, or reviewed longer ago than the interval. */
  readonly due: boolean
  /** The day a review is next due; null when never reviewed. */
  readonly nextDueOn: IsoDate | null
}

/**
 * Whether the online profile needs a look: the one rule behind the stale-profile gap and the profile page.
 *
 * `intervalDays` is the user's `profileReviewDays` threshold; a review exactly that many days ago still counts.
 */
export function profileReview(reviewedOn: IsoDate | null, asOf: IsoDate, intervalDays: number): ProfileReview {
  if (reviewedOn === null) return { ageDays: null, due: true, nextDueOn: null }
  const ageDays = daysBetween(reviewedOn, asOf)
  return { ageDays, due: ageDays > intervalDays, nextDueOn: addDays(reviewedOn, intervalDays) }
}
