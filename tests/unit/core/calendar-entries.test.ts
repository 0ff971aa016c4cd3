import { describe, expect, it } from 'vitest'
import { calendarEntries } from '../../../src/core/export/calendar-entries'
import type { PlanItemId } from '../../../src/core/plan-schema'
import { makeContact, makeNetwork } from '../helpers/builders'
import { makeItem, withPlan } from '../helpers/plan-builders'

const pid = (id: string) => id as PlanItemId
const file = withPlan(makeNetwork({ contacts: [makeContact({ id: 'ana', name: 'Ana' })] }), {
  '2026-11': { items: [makeItem('ana', 'planned', { id: pid('nov'), purpose: 'Coffee' })] },
})

describe('calendarEntries', () => {
  it('puts this month’s reminder on its first working day until that day has passed, then on today', () => {
    // 1 November 2026 is a Sunday: the first working day is Monday the 2nd.
    expect(calendarEntries(file, '2026-11-01').map((e) => e.date)).toEqual(['2026-11-02'])
    expect(calendarEntries(file, '2026-11-02').map((e) => e.date)).toEqual(['2026-11-02'])
    expect(calendarEntries(file, '2026-11-03').map((e) => e.date)).toEqual(['2026-11-03'])
  })

  it('leaves out past months and writes the purpose in plain words', () => {
    expect(calendarEntries(file, '2026-12-01')).toEqual([])
    expect(calendarEntries(file, '2026-10-15')).toEqual([
      { uid: 'plan-nov@kith', date: '2026-11-02', summary: 'Ask Ana to meet', description: 'On your networking plan for November 2026.\nPurpose: Coffee' },
    ])
  })
})
