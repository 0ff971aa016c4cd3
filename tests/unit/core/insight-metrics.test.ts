import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/core/dates'
import { egoNetwork } from '../../../src/core/ego-network'
import { dismissGap, restoreGap } from '../../../src/core/gap-decisions'
import { blauIndex } from '../../../src/core/insight-metrics'
import { computeInsights, recordSnapshot } from '../../../src/core/insights'
import { buildSampleNetwork } from '../../../src/core/sample-network'
import { counterIds, makeContact, makeInteraction, makeTie, NOW, TODAY } from '../helpers/builders'
import { insightNetwork } from '../helpers/insight-builders'

const ago = (days: number) => addDays(TODAY, -days)

describe('Blau index', () => {
  it('matches the hand-worked value: memberships 2, 1, 1 give 1 − (0.25 + 0.0625·2… ) = 0.625', () => {
    const counts = { department: 2, 'cross-function': 1, 'other-industry': 1, author: 0, existing: 0, association: 0, leader: 0, social: 0 }
    // p = 1/2, 1/4, 1/4 → Σp² = 0.25 + 0.0625 + 0.0625 = 0.375
    expect(blauIndex(counts)).toBeCloseTo(0.625, 10)
  })
  it('is 0 for one category and 1 − 1/8 for an even spread', () => {
    const one = { department: 5, 'cross-function': 0, 'other-industry': 0, author: 0, existing: 0, association: 0, leader: 0, social: 0 }
    const even = { department: 1, 'cross-function': 1, 'other-industry': 1, author: 1, existing: 1, association: 1, leader: 1, social: 1 }
    expect(blauIndex(one)).toBe(0)
    expect(blauIndex(even)).toBeCloseTo(0.875, 10)
  })
})

describe('Burt’s ego network', () => {
  // The textbook case: three equally strong contacts, two of whom know each other.
  const contacts = ['A', 'B', 'C'].map((id) => makeContact({ id, tieStrength: 3 }))
  const ego = egoNetwork(contacts, [makeTie('t', 'A', 'B')])

  it('gives effective size 3 − 2·1/3 and constraint 1/4 + 1/4 + 1/9', () => {
    // c_A = (1/3 + 1/3 · 1/2)² = 1/4, c_B likewise, c_C = (1/3)² = 1/9.
    expect(ego?.effectiveSize).toBeCloseTo(7 / 3, 10)
    expect(ego?.constraint).toBeCloseTo(1 / 4 + 1 / 4 + 1 / 9, 10)
  })
  it('bounds it between nobody knowing anybody (1/3) and everybody knowing everybody (3 · (5/9)²)', () => {
    expect(ego?.minConstraint).toBeCloseTo(1 / 3, 10)
    expect(ego?.maxConstraint).toBeCloseTo(3 * (5 / 9) ** 2, 10)
    expect(ego?.closure).toBeCloseTo((11 / 18 - 1 / 3) / (25 / 27 - 1 / 3), 10)
  })
  it('is unknown without contact-to-contact ties', () => {
    expect(egoNetwork(contacts, [])).toBeNull()
  })
})

describe('metrics and the health score', () => {
  const contacts = [
    makeContact({ id: 'a', categories: ['department'], organization: 'Northgate', industry: 'Healthcare', cadenceDays: 30, onLaidOffList: true }),
    makeContact({ id: 'b', categories: ['social'], organization: 'Acme', industry: 'Retail', cadenceDays: 30 }),
    makeContact({ id: 'c', categories: ['leader', 'social'], organization: 'Globex', cadenceDays: 30 }),
    makeContact({ id: 'd', categories: ['department'], organization: 'northgate', cadenceDays: 30 }),
  ]
  const interactions = [
    makeInteraction('1', ['a'], ago(5), { direction: 'gave' }),
    makeInteraction('2', ['b'], ago(25), { channel: 'video', direction: 'received' }),
    makeInteraction('3', ['c'], ago(45), { channel: 'email', direction: 'received' }),
    makeInteraction('4', ['a'], ago(2), { direction: 'mutual' }),
  ]
  const { metrics } = computeInsights(insightNetwork({ contacts, interactions }), TODAY)

  it('counts what it says', () => {
    expect(metrics.categoryCounts).toMatchObject({ department: 2, social: 2, leader: 1, author: 0 })
    expect(metrics.categoriesCovered).toBe(3)
    expect(metrics.organizations).toBe(3)
    expect(metrics.largestOrganization).toEqual({ name: 'Northgate', count: 2, share: 0.5 })
    expect(metrics.industries).toBe(2)
    expect(metrics.bands).toEqual({ new: 0, fresh: 1, 'due-soon': 1, overdue: 1, dormant: 1 })
    expect(metrics.weakTies).toEqual({ social: 2, converted: 1, rate: 0.5 })
    expect(metrics.reciprocity).toEqual({ gave: 1, received: 2, mutual: 1, none: 0 })
    expect(metrics.laidOff).toEqual({ listed: 1, withinCadence: 1, minimum: 5 })
  })
  it('adds up the score from parts worked out by hand', () => {
    const points = Object.fromEntries(metrics.health.parts.map((p) => [p.id, p.points]))
    expect(points).toEqual({
      breadth: 7.5, // 3 of 8 × 20
      diversity: 7.3, // memberships 2, 2, 1: Blau 1 − (0.16 + 0.16 + 0.04) = 0.64, / 0.875 × 10
      freshness: 12.5, // 2 of 4 within cadence × 25
      'laid-off': 3, // 1 of 5 × 15
      reach: 10, // 2 of 4 outside Northgate = 50 % → full marks
      reciprocity: 6.7, // given 2 (1 + mutual), received 3 → 2/3 × 10
      participation: 0,
    })
    expect(metrics.health.score).toBe(47)
    expect(metrics.health.parts.reduce((s, p) => s + p.weight, 0)).toBe(100)
  })
  it('is zero for an empty network, with reasons', () => {
    const empty = computeInsights(insightNetwork(), TODAY)
    expect(empty.metrics.health.score).toBe(0)
    expect(empty.gaps.map((g) => g.rule)).toEqual([])
  })
})

describe('insights as of a day, decisions and snapshots', () => {
  const contacts = [makeContact({ id: 'a', name: 'Ana', categories: ['existing'], cadenceDays: 30, onLaidOffList: true })]

  it('ignores interactions after the day asked about', () => {
    const file = insightNetwork({ contacts, interactions: [makeInteraction('1', ['a'], ago(90)), makeInteraction('2', ['a'], ago(1))] })
    expect(computeInsights(file, TODAY).gaps.map((g) => g.rule)).not.toContain('neglected-relationships')
    expect(computeInsights(file, ago(10)).gaps.map((g) => g.rule)).toContain('neglected-relationships')
  })

  it('ranks the reach-out queue with reasons', () => {
    const more = [...contacts, makeContact({ id: 'b', name: 'Bo', categories: ['author'], cadenceDays: 30 }), makeContact({ id: 'c', name: 'Cy', cadenceDays: 30 })]
    const file = insightNetwork({ contacts: more, interactions: [makeInteraction('1', ['a'], ago(240)), makeInteraction('2', ['b'], ago(40)), makeInteraction('3', ['c'], ago(3))] })
    expect(computeInsights(file, TODAY).reachOut).toEqual([
      { contactId: 'a', name: 'Ana', reasons: ['on your laid-off list, last contact 8 months ago', 'someone you value, 8.0× past your 30-day cadence', 'your only long-standing contact you value'] },
      { contactId: 'b', name: 'Bo', reasons: ['your only author contact', '1.3× past your 30-day cadence'] },
    ])
  })

  it('leaves someone just added out of the queue until their grace period ends, and counts them as in time', () => {
    // Added ten days ago, on the laid-off list, in a category of their own, never contacted.
    const added = makeContact({ id: 'n', name: 'Nia', categories: ['author'], cadenceDays: 60, onLaidOffList: true, createdAt: `${ago(10)}T09:00:00.000Z` })
    const file = insightNetwork({ contacts: [added] })
    const now = computeInsights(file, TODAY)
    expect(now.reachOut).toEqual([])
    expect(now.metrics.bands).toMatchObject({ new: 1, dormant: 0 })
    expect(now.metrics.health.parts.find((p) => p.id === 'freshness')?.value).toBe(1)
    // Not yet in touch, so not counted as ready on the laid-off list.
    expect(now.metrics.laidOff.withinCadence).toBe(0)
    // A month after being added, still silence: dormant, and first in the queue.
    const later = computeInsights(file, addDays(TODAY, 21))
    expect(later.metrics.bands).toMatchObject({ new: 0, dormant: 1 })
    expect(later.reachOut.map((r) => [r.name, r.reasons[0]])).toEqual([['Nia', 'on your laid-off list, never contacted']])
  })

  it('hides a dismissed gap for good and a snoozed one until its day, and shows them again on request', () => {
    const file = insightNetwork({ contacts, me: { profileReviewedOn: null } })
    const snoozed = dismissGap(file, 'stale-profile', addDays(TODAY, 30), TODAY)
    if (!snoozed.ok) throw new Error(snoozed.error.message)
    expect(computeInsights(snoozed.value.file, TODAY).hidden).toEqual([{ id: 'stale-profile', title: 'Your online profile was never reviewed', until: addDays(TODAY, 30) }])
    expect(computeInsights(snoozed.value.file, addDays(TODAY, 30)).gaps.map((g) => g.id)).toContain('stale-profile')
    // Asked about a day before the decision, the gap shows as it did then.
    expect(computeInsights(snoozed.value.file, ago(1)).gaps.map((g) => g.id)).toContain('stale-profile')
    const restored = restoreGap(snoozed.value.file, 'stale-profile')
    if (!restored.ok) throw new Error(restored.error.message)
    expect(computeInsights(restored.value.file, TODAY).gaps.map((g) => g.id)).toContain('stale-profile')
  })

  it('refuses to snooze into the past or to hide an unknown gap', () => {
    const file = insightNetwork({ contacts })
    expect(dismissGap(file, 'stale-profile', TODAY, TODAY)).toMatchObject({ ok: false, error: { message: 'Snooze until a day after today.' } })
    for (const unknown of ['made-up', 'missing-category:nonsense', 'silo', 'stale-profile:extra', 'silo:organization:x']) {
      expect(dismissGap(file, unknown, null, TODAY), unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    // Every gap the rules can find can be hidden.
    for (const known of ['missing-category:author', 'silo:department', 'no-hub']) expect(dismissGap(file, known, null, TODAY).ok, known).toBe(true)
    expect(restoreGap(file, 'stale-profile')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    // Names every object inherits are not hidden gaps either.
    for (const inherited of ['constructor', 'toString', '__proto__']) {
      expect(restoreGap(file, inherited)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
  })

  it('keeps one snapshot per day, the latest winning, and returns the same file when nothing changed', () => {
    const file = insightNetwork({ contacts, interactions: [makeInteraction('1', ['a'], ago(3))] })
    const first = recordSnapshot(file, TODAY)
    expect(first.snapshots).toEqual([{ date: TODAY, score: expect.any(Number), contacts: 1, categoriesCovered: 1, pastCadence: 0, laidOffReady: 1, gaps: expect.any(Number) }])
    expect(recordSnapshot(first, TODAY)).toBe(first)
    const grown = recordSnapshot({ ...first, contacts: [...first.contacts, makeContact({ id: 'b' })] }, TODAY)
    expect(grown.snapshots).toHaveLength(1)
    expect(grown.snapshots[0]?.contacts).toBe(2)
    expect(recordSnapshot(grown, addDays(TODAY, 1)).snapshots.map((s) => s.date)).toEqual([TODAY, addDays(TODAY, 1)])
    expect(recordSnapshot(insightNetwork(), TODAY).snapshots).toEqual([])
  })
})

describe('the sample network', () => {
  const sample = buildSampleNetwork(TODAY, NOW, counterIds())
  const insights = computeInsights(sample, TODAY)

  it('shows its deliberate gaps', () => {
    const rules = new Set(insights.gaps.map((g) => g.rule))
    for (const rule of ['no-cross-industry', 'neglected-relationships', 'silo', 'unconverted-weak-ties', 'laid-off-list', 'one-way-relationships', 'no-events', 'no-hub', 'stale-profile'] as const) {
      expect(rules, rule).toContain(rule)
    }
    expect(insights.gaps[0]?.rule).toBe('no-cross-industry')
  })
  it('comes with half a year of trend, computed from the sample as it stood', () => {
    expect(sample.snapshots.map((s) => s.date)).toEqual([180, 150, 120, 90, 60, 30].map(ago))
    expect(insights.reachOut.length).toBeGreaterThanOrEqual(3)
  })
})
