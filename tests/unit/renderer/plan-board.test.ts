import { describe, expect, it } from 'vitest'
import type { Contact } from '../../../src/core/schema'
import { boardMonths, findPeople, SEARCH_SHOWN, searchable, statusChoices } from '../../../src/renderer/plan/plan-board'
import { streakText } from '../../../src/renderer/shared/plan-streak'

const person = (id: string, name: string, organization = ''): Contact => ({ id, name, organization }) as Contact

describe('the plan board', () => {
  it('shows the current month and the next five, across the turn of the year', () => {
    expect(boardMonths('2026-11-30')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04'])
  })

  it('offers only the status moves the core allows, the current one first', () => {
    expect(statusChoices('planned')).toEqual(['planned', 'contacted', 'scheduled', 'met', 'thanked', 'skipped'])
    expect(statusChoices('met')).toEqual(['met', 'scheduled', 'thanked', 'skipped'])
    expect(statusChoices('thanked')).toEqual(['thanked', 'met'])
    expect(statusChoices('skipped')).toEqual(['skipped', 'planned'])
  })
})

describe('adding someone by search', () => {
  const people = searchable([person('1', 'Zoe Adams', 'Harbour Clinic'), person('2', 'Adam Reyes', 'Northwind'), person('3', 'Bea Lind', 'Adamant Labs')])

  it('finds names and organizations by every word typed, names starting with it first', () => {
    expect(findPeople(people, 'adam').shown.map((c) => c.name)).toEqual(['Adam Reyes', 'Bea Lind', 'Zoe Adams'])
    expect(findPeople(people, 'zoe harbour').shown.map((c) => c.name)).toEqual(['Zoe Adams'])
    expect(findPeople(people, '  ')).toEqual({ shown: [], total: 0 })
    expect(findPeople(people, 'nobody')).toEqual({ shown: [], total: 0 })
  })

  it('lists at most fifty of thirty thousand and says how many matched', () => {
    const many = searchable(Array.from({ length: 30_000 }, (_, i) => person(String(i), `Person ${String(i).padStart(5, '0')}`)))
    const found = findPeople(many, 'person')
    expect(found.total).toBe(30_000)
    expect(found.shown).toHaveLength(SEARCH_SHOWN)
    expect(found.shown[0]?.name).toBe('Person 00000')
  })
})

describe('the streak in words', () => {
  it('says how to start one at zero and counts months after', () => {
    expect(streakText(0)).toMatch(/^No month on target yet/)
    expect(streakText(1)).toBe('1 month on target.')
    expect(streakText(3)).toBe('3 months in a row on target.')
  })
})
