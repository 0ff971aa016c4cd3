import { describe, expect, it } from 'vitest'
import { sharedPlanFrom } from '../../../../src/core/outreach/shared-plan-from'
import { sharePlanText } from '../../../../src/core/outreach/share-plan'
import { makeContact, makeNetwork } from '../../helpers/builders'
import type { PlanItemId } from '../../../../src/core/plan-schema'
import { makeItem, withPlan } from '../../helpers/plan-builders'

const pid = (id: string) => id as PlanItemId

const people = makeNetwork({
  contacts: [makeContact({ id: pid('ana'), name: 'Ana Marín' }), makeContact({ id: pid('ben'), name: 'Ben Okafor' }), makeContact({ id: pid('cho'), name: 'Cho Park' })],
})
const named = { ...people, me: { ...people.me, name: 'Priya Raman' }, settings: { ...people.settings, monthlyTarget: 2, partner: { name: 'Sam', email: 'sam@example.org' } } }

describe('sharedPlanFrom', () => {
  it('maps the current month and the next two, last month’s results and the streak', () => {
    const file = withPlan(named, {
      '2026-08': { items: [makeItem('ana', 'met', { id: pid('a8') }), makeItem('ben', 'thanked', { id: pid('b8') })] },
      '2026-09': { busy: 'off' },
      '2026-10': { items: [makeItem('ana', 'thanked', { id: pid('a10') }), makeItem('cho', 'met', { id: pid('c10') }), makeItem('ben', 'skipped', { id: pid('b10'), skipReason: 'Moved abroad' })] },
      '2026-11': { items: [makeItem('ben', 'contacted', { id: pid('b11'), purpose: 'Ask about the rota' })] },
      '2026-12': { busy: 'light' },
      '2027-02': { items: [makeItem('cho', 'planned', { id: pid('c2') })] },
    })
    const shared = sharedPlanFrom(file, '2026-11-26')
    expect(shared.myName).toBe('Priya Raman')
    expect(shared.partnerName).toBe('Sam')
    expect(shared.months).toEqual([
      { month: '2026-11', target: 2, busy: false, items: [{ name: 'Ben Okafor', purpose: 'Ask about the rota', status: 'contacted', skipReason: null }] },
      { month: '2026-12', target: 1, busy: true, items: [] },
      { month: '2027-01', target: 2, busy: false, items: [] },
    ])
    expect(shared.lastMonth).toEqual({
      month: '2026-10',
      target: 2,
      busy: false,
      items: [
        { name: 'Ana Marín', purpose: '', status: 'thanked', skipReason: null },
        { name: 'Cho Park', purpose: '', status: 'met', skipReason: null },
        { name: 'Ben Okafor', purpose: '', status: 'skipped', skipReason: 'Moved abroad' },
      ],
    })
    // October and August reached their targets; September was off, which neither counts nor breaks.
    expect(shared.streak).toBe(2)
    expect(sharePlanText(shared)).toContain('I met 2 of the 2 people I aimed for (target reached).\nThat makes 2 months in a row on target.')
  })

  it('reports no last month when it was never planned, and no partner when none is set', () => {
    const file = withPlan({ ...named, settings: { ...named.settings, partner: null } }, { '2026-11': { items: [makeItem('ana')] } })
    const shared = sharedPlanFrom(file, '2026-11-01', 1)
    expect(shared.lastMonth).toBeNull()
    expect(shared.streak).toBeNull()
    expect(shared.partnerName).toBeNull()
    expect(shared.months.map((m) => m.month)).toEqual(['2026-11'])
    expect(sharePlanText(shared)).not.toContain('Last month')
  })

  it('counts a short last month as a broken streak and crosses the year boundary', () => {
    const file = withPlan(named, { '2026-12': { items: [makeItem('ana', 'met', { id: pid('a12') })] } })
    const shared = sharedPlanFrom(file, '2027-01-15')
    expect(shared.lastMonth?.month).toBe('2026-12')
    expect(shared.streak).toBe(0)
    expect(shared.months.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03'])
  })
})
