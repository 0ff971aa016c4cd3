import { describe, expect, it } from 'vitest'
import { addDays, dayNumber, daysBetween } from '../../../src/core/dates'

describe('calendar days', () => {
  it('counts days since 1970 exactly as the calendar does, across leap years and centuries', () => {
    // Every day from 1899 to 2101 against Date.UTC, which the fast integer count replaced.
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10)
      if (dayNumber(iso) !== t / 86_400_000) throw new Error(`dayNumber(${iso}) is ${dayNumber(iso)}, not ${t / 86_400_000}`)
    }
    expect(dayNumber('1970-01-01')).toBe(0)
  })
  it('adds and measures days through month ends and 29 February', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1)
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2)
  })
})
