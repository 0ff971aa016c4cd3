import { describe, expect, it } from 'vitest'
import { categoryCounts } from '../../../src/core/categories'
import { buildSampleNetwork } from '../../../src/core/sample-network'

describe('categoryCounts', () => {
  it('counts someone in every category they are in, once each', () => {
    const counts = categoryCounts([{ categories: ['leader', 'existing'] }, { categories: ['leader'] }, { categories: ['existing', 'existing'] }])
    expect(counts).toEqual({ department: 0, 'cross-function': 0, 'other-industry': 0, author: 0, existing: 2, association: 0, leader: 2, social: 0 })
  })

  it('finds more leaders in the sample than have it as their main category', () => {
    let n = 0
    const sample = buildSampleNetwork('2026-11-30', '2026-11-30T09:00:00.000Z', () => `id-${++n}`)
    const main = sample.contacts.filter((c) => c.categories[0] === 'leader').length
    expect(categoryCounts(sample.contacts).leader).toBe(sample.contacts.filter((c) => c.categories.includes('leader')).length)
    expect(categoryCounts(sample.contacts).leader).toBeGreaterThan(main)
  })
})
