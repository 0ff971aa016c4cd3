import { describe, expect, it } from 'vitest'
import type { FollowUp } from '../../../src/core/event-schema'
import { groupFollowUps } from '../../../src/renderer/follow-ups/follow-up-list'

const TODAY = '2026-11-26'
const followUp = (id: string, dueOn: string, doneOn: string | null = null): FollowUp =>
  ({ id, title: `Follow-up ${id}`, contactIds: ['a'], interactionId: null, dueOn, doneOn }) as FollowUp

describe('follow-ups', () => {
  it('list open ones by due day with their state, done ones most recent first', () => {
    const groups = groupFollowUps(
      [followUp('later', '2026-12-01'), followUp('old', '2026-10-01', '2026-10-02'), followUp('late', '2026-11-01'), followUp('today', TODAY), followUp('recent', '2026-11-20', '2026-11-25')],
      TODAY,
    )
    expect(groups.open.map((o) => [o.followUp.id, o.state])).toEqual([
      ['late', 'overdue'],
      ['today', 'due-today'],
      ['later', 'upcoming'],
    ])
    expect(groups.done.map((f) => f.id)).toEqual(['recent', 'old'])
    expect(groups.overdue).toBe(1)
  })
})
