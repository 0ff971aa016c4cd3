import { describe, expect, it } from 'vitest'
import { countOnMap, peopleOnMap, windowStart } from '../../../src/renderer/map/people-list'
import { makeContact } from '../helpers/builders'

describe('people on the map', () => {
  const people = ['Zoë Adams', 'ángel Ruiz', 'Bea Li', 'Carl Ng'].map((name, i) => makeContact({ id: `c${i}`, name }))
  const everyone = new Set(people.map((c) => c.id))

  it('lists everyone shown, by name, accents and case aside', () => {
    expect(peopleOnMap(people, everyone, null).map((c) => c.name)).toEqual(['ángel Ruiz', 'Bea Li', 'Carl Ng', 'Zoë Adams'])
  })

  it('leaves out whom the filter hides, and while searching whom the search did not find', () => {
    const shown = new Set([people[0]!.id, people[2]!.id, people[3]!.id])
    expect(peopleOnMap(people, shown, null).map((c) => c.name)).toEqual(['Bea Li', 'Carl Ng', 'Zoë Adams'])
    expect(peopleOnMap(people, shown, [people[0]!.id, people[1]!.id]).map((c) => c.name)).toEqual(['Zoë Adams'])
    expect(peopleOnMap(people, shown, [])).toEqual([])
  })

  it('counts the same people it lists, without sorting them', () => {
    const shown = new Set([people[0]!.id, people[2]!.id, people[3]!.id])
    for (const matches of [null, [people[0]!.id, people[1]!.id], []]) {
      expect(countOnMap(people, shown, matches)).toBe(peopleOnMap(people, shown, matches).length)
    }
    expect(countOnMap(people, everyone, null)).toBe(4)
  })
})

describe('the window of rows drawn', () => {
  it('draws from the top while everyone fits', () => {
    expect(windowStart(30, 40, 200)).toBe(0)
  })
  it('keeps the active row inside, near the middle, and never runs past either end', () => {
    expect(windowStart(0, 5000, 200)).toBe(0)
    expect(windowStart(1000, 5000, 200)).toBe(900)
    expect(windowStart(4999, 5000, 200)).toBe(4800)
    for (const active of [0, 99, 100, 2500, 4899, 4999]) {
      const start = windowStart(active, 5000, 200)
      expect(active >= start && active < start + 200).toBe(true)
    }
  })
  it('starts at the top with nobody active', () => {
    expect(windowStart(-1, 5000, 200)).toBe(0)
  })
})
