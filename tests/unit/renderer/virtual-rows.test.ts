import { describe, expect, it } from 'vitest'
import { rowsWithGaps, withKeptRow } from '../../../src/renderer/shared/virtual-rows'

const span = (index: number, height = 40, origin = 30) => ({ index, start: origin + index * height, end: origin + (index + 1) * height })

describe('rows with gaps', () => {
  it('put a gap before, between and after the drawn rows, so the list keeps its whole height', () => {
    // 1,000 rows of 40 px below a 30 px header; rows 10–12 on screen and row 900 holding the focus.
    const pieces = rowsWithGaps([span(10), span(11), span(12), span(900)], 30, 30 + 1000 * 40)
    expect(pieces).toEqual([
      { kind: 'gap', key: 'top', height: 400 },
      { kind: 'row', index: 10 },
      { kind: 'row', index: 11 },
      { kind: 'row', index: 12 },
      { kind: 'gap', key: 'after-12', height: (900 - 13) * 40 },
      { kind: 'row', index: 900 },
      { kind: 'gap', key: 'end', height: 99 * 40 },
    ])
    const height = pieces.reduce((sum, p) => sum + (p.kind === 'gap' ? p.height : 40), 0)
    expect(height).toBe(1000 * 40)
  })

  it('add no gap when every row is drawn, and ignore sub-pixel rounding', () => {
    expect(rowsWithGaps([span(0), span(1)], 30, 110.3)).toEqual([
      { kind: 'row', index: 0 },
      { kind: 'row', index: 1 },
    ])
  })

  it('give an empty list one gap at most: nothing when it has no height', () => {
    expect(rowsWithGaps([], 30, 30)).toEqual([])
    expect(rowsWithGaps([], 0, 200)).toEqual([{ kind: 'gap', key: 'end', height: 200 }])
  })
})

describe('kept row', () => {
  it('stays drawn far from the rows on screen, in order', () => {
    expect(withKeptRow([5, 6, 7], 1200, 2000)).toEqual([5, 6, 7, 1200])
    expect(withKeptRow([5, 6, 7], 2, 2000)).toEqual([2, 5, 6, 7])
  })

  it('adds nothing when already drawn, when nothing is focused, or when it no longer exists', () => {
    expect(withKeptRow([5, 6, 7], 6, 2000)).toEqual([5, 6, 7])
    expect(withKeptRow([5, 6, 7], null, 2000)).toEqual([5, 6, 7])
    expect(withKeptRow([5, 6, 7], 2000, 2000)).toEqual([5, 6, 7])
  })
})
