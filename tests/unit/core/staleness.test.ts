import { describe, expect, it } from 'vitest'
import { contactStatuses, stalenessBand } from '../../../src/core/staleness'
import { makeContact, makeInteraction, makeNetwork } from '../helpers/builders'

describe('staleness bands', () => {
  it('splits time since last contact against the cadence at 75 %, 100 % and 200 %', () => {
    expect(stalenessBand(0, 60)).toBe('fresh')
    expect(stalenessBand(44, 60)).toBe('fresh')
    expect(stalenessBand(45, 60)).toBe('due-soon')
    expect(stalenessBand(60, 60)).toBe('due-soon')
    expect(stalenessBand(61, 60)).toBe('overdue')
    expect(stalenessBand(120, 60)).toBe('overdue')
    expect(stalenessBand(121, 60)).toBe('dormant')
    expect(stalenessBand(null, 60)).toBe('dormant')
  })

  it('derives last contact, days since, cadence, band and due date for every contact', () => {
    const network = makeNetwork({
      contacts: [makeContact({ id: 'a', categories: ['department'] }), makeContact({ id: 'b', cadenceDays: 14 })],
      interactions: [makeInteraction('i1', ['a'], '2026-10-27'), makeInteraction('i2', ['a'], '2026-09-01')],
    })
    const statuses = contactStatuses(network, '2026-11-26')
    expect(statuses.get('a')).toEqual({ lastContact: '2026-10-27', daysSince: 30, cadenceDays: 30, band: 'due-soon', dueOn: '2026-11-26' })
    expect(statuses.get('b')).toEqual({ lastContact: null, daysSince: null, cadenceDays: 14, band: 'dormant', dueOn: '2026-11-26' })
  })
})
