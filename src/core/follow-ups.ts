import { addDays, type IsoDate } from './dates'
import type { FollowUp } from './event-schema'
import type { InteractionChannel } from './schema'

/** Channels after which a thank-you is the courteous default: the user gave their time in person. */
const THANK_AFTER: ReadonlySet<InteractionChannel> = new Set(['coffee', 'lunch', 'meeting'])

/**
 * The follow-up Kith proposes when logging an interaction: a thank-you two days after meeting in person,
 * or today when the meeting is logged later than that (so catching up on a week never starts overdue).
 */
export function defaultFollowUp(channel: InteractionChannel, date: IsoDate, today: IsoDate): { title: string; dueOn: IsoDate } | null {
  if (!THANK_AFTER.has(channel)) return null
  const twoDaysLater = addDays(date, 2)
  return { title: 'Send a thank-you', dueOn: twoDaysLater < today ? today : twoDaysLater }
}

export type FollowUpState = 'done' | 'overdue' | 'due-today' | 'upcoming'

export function followUpState(followUp: FollowUp, today: IsoDate): FollowUpState {
  if (followUp.doneOn !== null) return 'done'
  if (followUp.dueOn < today) return 'overdue'
  return followUp.dueOn === today ? 'due-today' : 'upcoming'
}

/** Open follow-ups due today or earlier: what the app mentions when it starts. */
export const dueFollowUps = (followUps: readonly FollowUp[], today: IsoDate): FollowUp[] =>
  followUps.filter((f) => f.doneOn === null && f.dueOn <= today)
