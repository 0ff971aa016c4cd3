import { describe, expect, it } from 'vitest'
import type { Severity } from '../../../src/core/insight-schema'
import { groupGaps, groupSeverity } from '../../../src/renderer/insights/gap-groups'

const gap = (id: string, severity: Severity = 'low') => ({ id, severity })
const shape = (gaps: ReturnType<typeof gap>[]) => groupGaps(gaps).map((g) => [g.lead.id, g.also.map((a) => a.id)])

describe('one card per problem', () => {
  it('folds the empty “Other industries” category into the gap about nobody from another industry', () => {
    const gaps = [gap('no-cross-industry', 'high'), gap('laid-off-list', 'high'), gap('missing-category:other-industry', 'medium'), gap('no-hub')]
    expect(shape(gaps)).toEqual([
      ['no-cross-industry', ['missing-category:other-industry']],
      ['laid-off-list', []],
      ['no-hub', []],
    ])
    expect(groupGaps(gaps)[0]?.ids).toEqual(['no-cross-industry', 'missing-category:other-industry'])
  })

  it('folds an empty “Other functions” into a department silo, placed where the first of them was', () => {
    // The category gap comes first here: the card takes its place, led by the silo.
    const gaps = [gap('missing-category:cross-function', 'medium'), gap('stale-profile'), gap('silo:department', 'low')]
    const groups = groupGaps(gaps)
    expect(shape(gaps)).toEqual([
      ['silo:department', ['missing-category:cross-function']],
      ['stale-profile', []],
    ])
    expect(groups[0]?.key).toBe('silo:department')
    // As urgent as its most urgent part.
    expect(groups[0] && groupSeverity(groups[0])).toBe('medium')
  })

  it('leaves a gap alone when its partner is not there', () => {
    expect(shape([gap('missing-category:other-industry'), gap('silo:organization'), gap('missing-category:cross-function')])).toEqual([
      ['missing-category:other-industry', []],
      ['silo:organization', []],
      ['missing-category:cross-function', []],
    ])
    expect(shape([])).toEqual([])
  })

  it('groups hidden gaps the same way, by id alone', () => {
    const hidden = [
      { id: 'missing-category:other-industry', title: 'No one in “Other industries”', until: null },
      { id: 'no-cross-industry', title: 'Nobody from another industry', until: null },
    ]
    const groups = groupGaps(hidden)
    expect(groups).toHaveLength(1)
    expect(groups[0]?.lead.title).toBe('Nobody from another industry')
    expect(groups[0]?.ids).toEqual(['no-cross-industry', 'missing-category:other-industry'])
  })
})
