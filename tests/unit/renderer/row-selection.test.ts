import { describe, expect, it } from 'vitest'
import { shownSelection, tickRange } from '../../../src/renderer/contacts/row-selection'

const order = Array.from({ length: 30_000 }, (_, i) => `c${i}`)
const sorted = (s: ReadonlySet<string>) => [...s].sort()

describe('ticking a range', () => {
  it('selects every row between the anchor and the row, in either direction, across the whole list', () => {
    const down = tickRange(new Set(), order, 'c10', 'c29999', true)
    expect(down.size).toBe(29_990)
    expect(down.has('c10') && down.has('c29999') && !down.has('c9')).toBe(true)
    expect(sorted(tickRange(new Set(['x']), order, 'c7', 'c5', true))).toEqual(['c5', 'c6', 'c7', 'x'])
  })

  it('unticks the range when the row is unticked, and leaves rows outside it alone', () => {
    const start = new Set(['c1', 'c2', 'c3', 'c4', 'c9'])
    expect(sorted(tickRange(start, order, 'c2', 'c4', false))).toEqual(['c1', 'c9'])
  })

  it('is a single tick without an anchor, or with one filtered out of view', () => {
    expect(sorted(tickRange(new Set(['c1']), order, null, 'c5', true))).toEqual(['c1', 'c5'])
    expect(sorted(tickRange(new Set(['c1']), order, 'gone', 'c5', true))).toEqual(['c1', 'c5'])
    expect(sorted(tickRange(new Set(['c1', 'c5']), order, 'gone', 'c5', false))).toEqual(['c1'])
  })

  it('never changes the set it was given', () => {
    const start = new Set(['c1'])
    tickRange(start, order, 'c1', 'c3', true)
    expect(sorted(start)).toEqual(['c1'])
  })
})

describe('the header box', () => {
  it('is ticked when all shown are selected, half when some, empty when none or nobody is shown', () => {
    expect(shownSelection(new Set(['a', 'b', 'z']), ['a', 'b'])).toBe('all')
    expect(shownSelection(new Set(['a']), ['a', 'b'])).toBe('some')
    expect(shownSelection(new Set(['z']), ['a', 'b'])).toBe('none')
    expect(shownSelection(new Set(), [])).toBe('none')
  })
})
