import { describe, expect, it } from 'vitest'
import { NO_PRESENCE } from '../../../src/core/schema'
import { presenceProgress, reviewStatus } from '../../../src/renderer/profile/profile-status'

const TODAY = '2026-11-26'

describe('profile status', () => {
  it('counts the ticked parts of the presence checklist', () => {
    expect(presenceProgress(NO_PRESENCE).text).toBe('0 of 5 up to date')
    expect(presenceProgress({ ...NO_PRESENCE, headline: true, experience: true, photo: true })).toEqual({ done: 3, total: 5, text: '3 of 5 up to date' })
  })

  it('warns when the profile was never reviewed, or longer ago than the interval the user chose', () => {
    expect(reviewStatus(null, TODAY, 182)).toMatchObject({ reviewedOn: 'never', ago: null, stale: true })
    expect(reviewStatus('2026-05-28', TODAY, 182)).toMatchObject({ stale: false, nextDue: '26 November 2026' })
    expect(reviewStatus('2026-05-27', TODAY, 182)).toMatchObject({ reviewedOn: '27 May 2026', ago: '6 months ago', stale: true, nextDue: null })
    expect(reviewStatus(TODAY, TODAY, 182)).toMatchObject({ ago: 'today', stale: false, today: true })
  })

  it('follows the interval the gap thresholds hold, the same one the stale-profile gap uses', () => {
    expect(reviewStatus('2026-10-20', TODAY, 30)).toMatchObject({ stale: true, ago: '5 weeks ago' })
    expect(reviewStatus('2026-10-20', TODAY, 60)).toMatchObject({ stale: false, nextDue: '19 December 2026' })
  })
})
