import { describe, expect, it } from 'vitest'
import { lastContactIndex } from '../../../src/core/last-contact'
import { makeInteraction } from '../helpers/builders'

describe('last contact', () => {
  it('finds the latest day per contact in one pass, whatever the order', () => {
    const index = lastContactIndex([
      makeInteraction('i1', ['a', 'b'], '2026-03-01'),
      makeInteraction('i2', ['a'], '2026-05-10'),
      makeInteraction('i3', ['b'], '2025-12-31'),
    ])
    expect(Object.fromEntries(index)).toEqual({ a: '2026-05-10', b: '2026-03-01' })
    expect(index.has('z')).toBe(false)
  })
})
