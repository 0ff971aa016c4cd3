import { describe, expect, it } from 'vitest'
import { ago, dueLabel, formatDay, formatDayRange, formatLongDay, formatNumber, humanDays, plural, pluralWord } from '../../../src/renderer/shared/format'
import { msUntilNextDay } from '../../../src/renderer/shared/use-today'

const TODAY = '2026-11-26'

describe('counts', () => {
  it('write the noun for the number, with thousands separated', () => {
    expect(plural(0, 'interaction')).toBe('0 interactions')
    expect(plural(1, 'interaction')).toBe('1 interaction')
    expect(plural(3, 'person', 'people')).toBe('3 people')
    expect(plural(1204, 'contact')).toBe('1,204 contacts')
    expect([pluralWord(1, 'is', 'are'), pluralWord(2, 'is', 'are')]).toEqual(['is', 'are'])
    expect(formatNumber(30000)).toBe('30,000')
  })
})

describe('days', () => {
  it('are written as people read them, and a range without repeating what the two ends share', () => {
    expect(formatDay('2026-03-14')).toBe('14 Mar 2026')
    expect(formatLongDay('2026-03-14')).toBe('14 March 2026')
    expect(formatDay('not a day')).toBe('not a day')
    expect(formatDayRange('2026-03-12', null)).toBe('12 Mar 2026')
    expect(formatDayRange('2026-03-12', '2026-03-12')).toBe('12 Mar 2026')
    // Intl writes ranges with thin spaces around the dash in this locale; compare the words.
    const words = (s: string) => s.replace(/\s+/g, ' ')
    expect(words(formatDayRange('2026-03-12', '2026-03-14'))).toBe('12 – 14 Mar 2026')
    expect(words(formatDayRange('2026-02-28', '2026-03-02'))).toBe('28 Feb – 2 Mar 2026')
    expect(words(formatDayRange('2025-12-30', '2026-01-02'))).toBe('30 Dec 2025 – 2 Jan 2026')
  })

  it('never move to the day before, whatever the time zone', () => {
    expect(formatDay('2026-01-01')).toBe('1 Jan 2026')
  })
})

describe('spans of time', () => {
  it('say how long ago in the unit a person would use', () => {
    expect([ago(null), ago(0), ago(-2), ago(1), ago(10), ago(21), ago(45), ago(183), ago(800)]).toEqual([
      'never',
      'today',
      'today',
      'yesterday',
      '10 days ago',
      '3 weeks ago',
      '6 weeks ago',
      '6 months ago',
      '2 years ago',
    ])
    expect([humanDays(9), humanDays(35), humanDays(240), humanDays(1000)]).toEqual(['9 days', '5 weeks', '8 months', '3 years'])
  })

  it('say when something is due, or by how much it is late', () => {
    expect(dueLabel('2026-11-29', TODAY)).toBe('due in 3 days')
    expect(dueLabel('2026-11-27', TODAY)).toBe('due tomorrow')
    expect(dueLabel('2026-11-26', TODAY)).toBe('due today')
    expect(dueLabel('2026-11-25', TODAY)).toBe('overdue by 1 day')
    expect(dueLabel('2026-11-05', TODAY)).toBe('overdue by 3 weeks')
    expect(dueLabel('2027-01-20', TODAY)).toBe('due in 8 weeks')
  })
})

describe('the day rolling over', () => {
  it('is due just after the next local midnight', () => {
    const evening = new Date(2026, 10, 26, 23, 59, 30)
    expect(msUntilNextDay(evening)).toBe(31_000)
    const morning = new Date(2026, 10, 26, 0, 0, 0)
    expect(msUntilNextDay(morning)).toBe(24 * 3600_000 + 1000)
  })
})
