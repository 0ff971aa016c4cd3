import { describe, expect, it } from 'vitest'
import { categoryCadence, effectiveCadence } from '../../../src/core/cadence'
import { eventInWindow, isOngoing, lastDayOf } from '../../../src/core/event-timing'
import { profileReview } from '../../../src/core/profile-review'
import { DEFAULT_SETTINGS, INTERACTION_CHANNELS, LIVE_CHANNELS } from '../../../src/core/schema'
import { isConverted } from '../../../src/core/tie-strength'
import { makeContact, makeInteraction } from '../helpers/builders'

/* The small rules that several views and the insights share; each lives once in the core. */

describe('effective cadence', () => {
  it('is the contact’s own when set, else the shortest default of its categories', () => {
    expect(effectiveCadence(makeContact({ id: 'a', cadenceDays: 14, categories: ['department'] }), DEFAULT_SETTINGS)).toBe(14)
    expect(effectiveCadence(makeContact({ id: 'b', categories: ['author', 'department'] }), DEFAULT_SETTINGS)).toBe(30)
    expect(effectiveCadence(makeContact({ id: 'c', categories: ['leader'] }), DEFAULT_SETTINGS)).toBe(120)
  })

  it('follows the user’s own category defaults, and a form with no category yet gets the first category’s', () => {
    const settings = { cadenceDaysByCategory: { ...DEFAULT_SETTINGS.cadenceDaysByCategory, leader: 45 } }
    expect(categoryCadence(['leader', 'author'], settings)).toBe(45)
    expect(categoryCadence([], settings)).toBe(DEFAULT_SETTINGS.cadenceDaysByCategory.department)
  })
})

describe('ongoing events', () => {
  const event = (kind: 'conference' | 'committee' | 'volunteering' | 'hub', endOn: string | null) => ({ kind, startOn: '2026-01-10', endOn })

  it('a conference without an end day lasted one day; every other kind without one is still going on', () => {
    expect(isOngoing(event('conference', null))).toBe(false)
    for (const kind of ['committee', 'volunteering', 'hub'] as const) expect(isOngoing(event(kind, null)), kind).toBe(true)
    expect(isOngoing(event('committee', '2026-03-01'))).toBe(false)
  })

  it('ends on its end day, its start day (a conference) or today (still going on)', () => {
    expect(lastDayOf(event('conference', null), '2026-11-26')).toBe('2026-01-10')
    expect(lastDayOf(event('volunteering', null), '2026-11-26')).toBe('2026-11-26')
    expect(lastDayOf(event('hub', '2026-02-01'), '2026-11-26')).toBe('2026-02-01')
  })

  it('counts in a window when it overlaps it, and not before it started', () => {
    expect(eventInWindow(event('conference', null), '2026-11-26', 365)).toBe(true)
    expect(eventInWindow(event('conference', null), '2027-01-11', 365)).toBe(false)
    expect(eventInWindow(event('volunteering', null), '2030-01-01', 30)).toBe(true)
    expect(eventInWindow(event('hub', null), '2025-12-31', 30)).toBe(false)
  })
})

describe('profile review', () => {
  it('is due when never done, or longer ago than the interval; exactly the interval still counts', () => {
    expect(profileReview(null, '2026-11-26', 182)).toEqual({ ageDays: null, due: true, nextDueOn: null })
    expect(profileReview('2026-05-28', '2026-11-26', 182)).toEqual({ ageDays: 182, due: false, nextDueOn: '2026-11-26' })
    expect(profileReview('2026-05-27', '2026-11-26', 182)).toMatchObject({ ageDays: 183, due: true })
    expect(profileReview('2026-10-27', '2026-11-26', 30)).toMatchObject({ due: false, nextDueOn: '2026-11-26' })
  })
})

describe('meeting live', () => {
  it('means in person or by video, never in writing or by phone', () => {
    expect([...LIVE_CHANNELS].sort()).toEqual(['coffee', 'event', 'lunch', 'meeting', 'video'])
    const social = makeContact({ id: 's', categories: ['social'] })
    for (const channel of INTERACTION_CHANNELS) {
      const converted = isConverted(social, [{ ...makeInteraction('i', ['s'], '2026-11-01'), channel }])
      expect(converted, channel).toBe(LIVE_CHANNELS.has(channel))
    }
  })
})
