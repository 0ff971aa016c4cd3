import { describe, expect, it } from 'vitest'
import { addMonths, monthGone, monthsBetween } from '../../../src/core/plan-months'
import type { PlanItemId } from '../../../src/core/plan-schema'
import { planStreak } from '../../../src/core/plan-target'
import { DEFAULT_SETTINGS } from '../../../src/core/schema'
import { makeContact } from '../helpers/builders'
import { gapsOf, insightNetwork } from '../helpers/insight-builders'
import { makeItem, withPlan } from '../helpers/plan-builders'

const contacts = ['a', 'b', 'c', 'd'].map((id) => makeContact({ id }))
const base = insightNetwork({ contacts })
let serial = 0
/** Items met, each with an id of its own (ids are unique across the whole plan). */
const met = (...ids: string[]) => ids.map((id) => makeItem(id, 'met', { id: `p-${id}-${++serial}` as PlanItemId }))

describe('months', () => {
  it('count across years and measure how much of a month is gone', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01')
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(monthsBetween('2026-11', '2027-02')).toBe(3)
    expect(monthGone('2026-11', '2026-11-15')).toBe(0.5)
    expect(monthGone('2026-11', '2026-10-31')).toBe(0)
    expect(monthGone('2026-11', '2026-12-01')).toBe(1)
    expect(monthGone('2024-02', '2024-02-29')).toBe(1)
  })
})

describe('plan-behind', () => {
  const december = (items = met('a')) => withPlan(base, { '2026-12': { items: [...items, makeItem('b'), makeItem('c')] } })
  it('fires once more than half the month is gone and fewer than the target were met', () => {
    // 31 days: the 16th is 16/31 gone, just past half; the 15th is not yet.
    expect(gapsOf(december(), 'plan-behind', '2026-12-15')).toEqual([])
    const [gap] = gapsOf(december(), 'plan-behind', '2026-12-16')
    expect(gap).toMatchObject({
      id: 'plan-behind',
      severity: 'medium',
      title: 'This month’s plan is behind',
      detail: '1 of 3 meetings this month so far, with 48% of the month left; 3 people planned.',
      action: 'Send the requests still waiting today: 2 meetings to go.',
      target: { kind: 'plan', month: '2026-12' },
    })
    expect(gapsOf(december(), 'plan-behind', '2026-12-26')[0]?.severity).toBe('high')
  })
  it('asks for more people when too few are planned', () => {
    const thin = withPlan(base, { '2026-12': { items: met('a') } })
    expect(gapsOf(thin, 'plan-behind', '2026-12-20')[0]?.action).toBe('Add 2 more people to this month, or mark it busy if it is a heavy one.')
  })
  it('is quiet once the target is met, in a busy month that met its one, in a month off, and for users with no plan', () => {
    expect(gapsOf(withPlan(base, { '2026-12': { items: met('a', 'b', 'c') } }), 'plan-behind', '2026-12-30')).toEqual([])
    expect(gapsOf(withPlan(base, { '2026-12': { busy: 'light', items: met('a') } }), 'plan-behind', '2026-12-30')).toEqual([])
    expect(gapsOf(withPlan(base, { '2026-12': { busy: 'off' } }), 'plan-behind', '2026-12-30')).toEqual([])
    expect(gapsOf(base, 'plan-behind', '2026-12-30')).toEqual([])
  })
  it('counts thanked as met and skipped as not planned', () => {
    const file = withPlan(base, { '2026-12': { items: [makeItem('a', 'thanked'), makeItem('b', 'skipped'), makeItem('c', 'scheduled')] } })
    expect(gapsOf(file, 'plan-behind', '2026-12-20')[0]?.detail).toBe('1 of 3 meetings this month so far, with 35% of the month left; 2 people planned.')
  })
})

describe('the streak', () => {
  const settings = DEFAULT_SETTINGS
  it('counts months in a row that met their target, back from the current one', () => {
    const plan = withPlan(base, {
      '2026-08': { items: met('a', 'b', 'c') },
      '2026-09': { items: met('a', 'b') },
      '2026-10': { items: met('a', 'b', 'c') },
      '2026-11': { items: met('a', 'b', 'c', 'd') },
    }).plan
    expect(planStreak(plan, '2026-12', settings)).toBe(2)
  })
  it('adds the current month once reached, and does not break on it while it is still going', () => {
    const plan = withPlan(base, { '2026-11': { items: met('a', 'b', 'c') }, '2026-12': { items: met('a') } }).plan
    expect(planStreak(plan, '2026-12', settings)).toBe(1)
    const done = withPlan(base, { '2026-11': { items: met('a', 'b', 'c') }, '2026-12': { items: met('a', 'b', 'c') } }).plan
    expect(planStreak(done, '2026-12', settings)).toBe(2)
  })
  it('counts a light month with its one meeting, passes over a month off, and is 0 with no plan', () => {
    const plan = withPlan(base, {
      '2026-08': { items: met('a', 'b', 'c') },
      '2026-09': { busy: 'off' },
      '2026-10': { busy: 'light', items: met('a') },
      '2026-11': { items: met('a', 'b', 'c') },
    }).plan
    expect(planStreak(plan, '2026-12', settings)).toBe(3)
    expect(planStreak({}, '2026-12', settings)).toBe(0)
  })
})
