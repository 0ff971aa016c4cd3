import { describe, expect, it } from 'vitest'
import { defaultFollowUp, dueFollowUps, followUpState } from '../../../src/core/follow-ups'
import { isConverted, suggestStrength } from '../../../src/core/tie-strength'
import type { FollowUp } from '../../../src/core/event-schema'
import { makeContact, makeInteraction } from '../helpers/builders'

const TODAY = '2026-11-26'

describe('suggested strength', () => {
  it('is 1 without any interaction in the last year', () => {
    expect(suggestStrength([makeInteraction('old', ['a'], '2025-06-01')], TODAY)).toMatchObject({ suggested: 1, basedOn: 0 })
  })

  it('is 5 for monthly in-person contact that goes both ways, last seen this week', () => {
    const months = ['2025-12', ...Array.from({ length: 11 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`)]
    const history = months.map((month, m) => makeInteraction(`i${m}`, ['a'], `${month}-20`, { channel: 'lunch', direction: m % 2 ? 'gave' : 'received' }))
    const s = suggestStrength(history, TODAY)
    expect(s.parts).toEqual({ frequency: 1, recency: 1, intensity: 1, reciprocity: 1 })
    expect(s.suggested).toBe(5)
  })

  it('follows the documented formula for a thin, one-way, remote history', () => {
    // 2 e-mails, newest 100 days ago, only received: f = 2/12, r = 1 − 70/335, i = 0.35, rec = 0.5
    const history = [makeInteraction('a1', ['a'], '2026-08-18', { channel: 'email', direction: 'received' }), makeInteraction('a2', ['a'], '2026-03-01', { channel: 'email', direction: 'received' })]
    const s = suggestStrength(history, TODAY)
    const score = 0.35 * (2 / 12) + 0.25 * (1 - 70 / 335) + 0.25 * 0.35 + 0.15 * 0.5
    expect(s.score).toBeCloseTo(score, 10)
    expect(s.suggested).toBe(1 + Math.round(4 * score))
    expect(s.suggested).toBe(3)
  })
})

describe('weak-tie conversion', () => {
  it('counts a social contact as converted after meeting in person or by video, and ignores others', () => {
    const social = makeContact({ id: 'a', categories: ['social'] })
    expect(isConverted(social, [makeInteraction('c', ['a'], TODAY, { channel: 'comment' })])).toBe(false)
    expect(isConverted(social, [makeInteraction('v', ['a'], TODAY, { channel: 'video' })])).toBe(true)
    expect(isConverted(makeContact({ id: 'b', categories: ['author'] }), [])).toBeNull()
  })
})

describe('follow-ups', () => {
  it('proposes a thank-you two days after coffee, lunch or a meeting only', () => {
    expect(defaultFollowUp('coffee', '2026-11-26', '2026-11-26')).toEqual({ title: 'Send a thank-you', dueOn: '2026-11-28' })
    expect(defaultFollowUp('email', '2026-11-26', '2026-11-26')).toBeNull()
    // Logged five days late: due today, not already three days overdue.
    expect(defaultFollowUp('lunch', '2026-11-21', '2026-11-26')).toEqual({ title: 'Send a thank-you', dueOn: '2026-11-26' })
    expect(defaultFollowUp('lunch', '2026-11-25', '2026-11-26')).toEqual({ title: 'Send a thank-you', dueOn: '2026-11-27' })
  })

  it('are done, overdue, due today or upcoming', () => {
    const f = (dueOn: string, doneOn: string | null = null) => ({ id: 'f', title: 't', contactIds: ['a'], interactionId: null, dueOn, doneOn }) as FollowUp
    expect([f('2026-11-20', '2026-11-21'), f('2026-11-20'), f(TODAY), f('2026-12-01')].map((x) => followUpState(x, TODAY))).toEqual(['done', 'overdue', 'due-today', 'upcoming'])
    expect(dueFollowUps([f('2026-11-20'), f(TODAY), f('2026-12-01'), f('2026-11-01', '2026-11-02')], TODAY).map((x) => x.dueOn)).toEqual(['2026-11-20', TODAY])
  })
})
