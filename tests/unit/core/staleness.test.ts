import { describe, expect, it } from 'vitest'
import { contactStatuses, graceDays, stalenessBand } from '../../../src/core/staleness'
import { makeContact, makeInteraction, makeNetwork } from '../helpers/builders'

describe('staleness bands', () => {
  it('splits time since last contact against the cadence at 75 %, 100 % and 200 %', () => {
    const longAgo = 1000
    expect(stalenessBand(0, 60, longAgo)).toBe('fresh')
    expect(stalenessBand(44, 60, longAgo)).toBe('fresh')
    expect(stalenessBand(45, 60, longAgo)).toBe('due-soon')
    expect(stalenessBand(60, 60, longAgo)).toBe('due-soon')
    expect(stalenessBand(61, 60, longAgo)).toBe('overdue')
    expect(stalenessBand(120, 60, longAgo)).toBe('overdue')
    expect(stalenessBand(121, 60, longAgo)).toBe('dormant')
    expect(stalenessBand(null, 60, longAgo)).toBe('dormant')
  })

  it('keeps someone with nothing logged new for a month, or their cadence when shorter, then calls them dormant', () => {
    expect([graceDays(7), graceDays(14), graceDays(30), graceDays(60), graceDays(365)]).toEqual([7, 14, 30, 30, 30])
    expect(stalenessBand(null, 60, 0)).toBe('new')
    expect(stalenessBand(null, 60, 30)).toBe('new')
    expect(stalenessBand(null, 60, 31)).toBe('dormant')
    expect(stalenessBand(null, 7, 7)).toBe('new')
    expect(stalenessBand(null, 7, 8)).toBe('dormant')
    // A contact dated after the day asked about (insights of an earlier day) has not been added yet: new.
    expect(stalenessBand(null, 60, -3)).toBe('new')
    // Anything logged, even the day they were added, is history: the usual bands apply.
    expect(stalenessBand(0, 60, 0)).toBe('fresh')
  })

  it('derives last contact, days since, cadence, band and due date for every contact', () => {
    const network = makeNetwork({
      contacts: [
        makeContact({ id: 'a', categories: ['department'] }),
        makeContact({ id: 'b', cadenceDays: 14 }),
        makeContact({ id: 'c', cadenceDays: 90, createdAt: '2026-11-16T08:00:00.000Z' }),
        makeContact({ id: 'd', cadenceDays: 14, createdAt: '2026-11-06T08:00:00.000Z' }),
      ],
      interactions: [makeInteraction('i1', ['a'], '2026-10-27'), makeInteraction('i2', ['a'], '2026-09-01')],
    })
    const statuses = contactStatuses(network, '2026-11-26')
    expect(statuses.get('a')).toEqual({ lastContact: '2026-10-27', daysSince: 30, cadenceDays: 30, band: 'due-soon', dueOn: '2026-11-26' })
    // Never contacted: due when the grace period after they were added ended, long ago.
    expect(statuses.get('b')).toEqual({ lastContact: null, daysSince: null, cadenceDays: 14, band: 'dormant', dueOn: '2024-01-15' })
    // Added ten days ago: new, due a month after being added.
    expect(statuses.get('c')).toEqual({ lastContact: null, daysSince: null, cadenceDays: 90, band: 'new', dueOn: '2026-12-16' })
    // Added twenty days ago on a two-week cadence: the grace period is over.
    expect(statuses.get('d')).toMatchObject({ band: 'dormant', dueOn: '2026-11-20' })
  })
})
