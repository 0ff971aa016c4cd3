import type { IsoDate } from '../../core/dates'
import type { FollowUp } from '../../core/event-schema'
import { followUpState, type FollowUpState } from '../../core/follow-ups'

export interface FollowUpGroups {
  /** Not done yet, soonest due first (the most overdue at the top). */
  readonly open: readonly { followUp: FollowUp; state: Exclude<FollowUpState, 'done'> }[]
  /** Done, most recently completed first. */
  readonly done: readonly FollowUp[]
  readonly overdue: number
}

export function groupFollowUps(followUps: readonly FollowUp[], today: IsoDate): FollowUpGroups {
  const open: { followUp: FollowUp; state: Exclude<FollowUpState, 'done'> }[] = []
  const done: FollowUp[] = []
  let overdue = 0
  for (const followUp of followUps) {
    const state = followUpState(followUp, today)
    if (state === 'done') {
      done.push(followUp)
    } else {
      open.push({ followUp, state })
      if (state === 'overdue') overdue++
    }
  }
  open.sort((a, b) => a.followUp.dueOn.localeCompare(b.followUp.dueOn) || a.followUp.title.localeCompare(b.followUp.title))
  done.sort((a, b) => (b.doneOn ?? '').localeCompare(a.doneOn ?? '') || a.title.localeCompare(b.title))
  return { open, done, overdue }
}
