import { describe, expect, it } from 'vitest'
import { NO_PRESENCE } from '../../../src/core/schema'
import { addMonths, monthsBetween, presenceProgress, reviewStatus, timeAgo } from '../../../src/renderer/profile/profile-status'

const TODAY = '2026-11-26'

describe('profile status', () => {
  it('counts the ticked parts of the presence checklist', () => {
    expect(presenceProgress(NO_PRESENCE).text).toBe('0 of 5 up to date')
    expect(presenceProgress({ ...NO_PRESENCE, headline: true, experience: true, photo: true })).toEqual({ done: 3, total: 5, text: '3 of 5 up to date' })
  })

  it('moves by calendar months, keeping within shorter months', () => {
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28')
    expect(addMonths('2026-11-26', 6)).toBe('2027-05-26')
    expect(addMonths('2024-08-29', 6)).toBe('2025-02-28')
    expect(monthsBetween('2025-10-27', TODAY)).toBe(12)
    expect(monthsBetween('2025-10-26', TODAY)).toBe(13)
    expect(monthsBetween(TODAY, '2026-01-01')).toBe(0)
  })

  it('says how long ago in words', () => {
    expect(timeAgo(TODAY, TODAY)).toBe('today')
    expect(timeAgo('2026-11-27', TODAY)).toBe('today')
    expect(timeAgo('2026-11-25', TODAY)).toBe('yesterday')
    expect(timeAgo('2026-11-16', TODAY)).toBe('10 days ago')
    expect(timeAgo('2026-11-05', TODAY)).toBe('3 weeks ago')
    expect(timeAgo('2026-10-26', TODAY)).toBe('1 month ago')
    expect(timeAgo('2026-05-01', TODAY)).toBe('6 months ago')
    expect(timeAgo('2025-11-26', TODAY)).toBe('1 year ago')
    expect(timeAgo('2025-10-22', TODAY)).toBe('1 year and 1 month ago')
    expect(timeAgo('2023-08-01', TODAY)).toBe('3 years and 3 months ago')
  })

  it('warns when the profile was never reviewed or more than six months ago', () => {
    expect(reviewStatus(null, TODAY)).toMatchObject({ reviewedOn: 'never', ago: null, stale: true })
    expect(reviewStatus('2026-05-26', TODAY)).toMatchObject({ stale: false, nextDue: '26 November 2026' })
    expect(reviewStatus('2026-05-25', TODAY)).toMatchObject({ reviewedOn: '25 May 2026', ago: '6 months ago', stale: true, nextDue: null })
    expect(reviewStatus(TODAY, TODAY)).toMatchObject({ ago: 'today', stale: false, today: true })
  })
})
