import { describe, expect, it } from 'vitest'
import { daysSince, effectiveCadenceDays, lastContactIndex } from '../../../src/core/last-contact'
import { DEFAULT_SETTINGS } from '../../../src/core/schema'
import { makeContact, makeInteraction } from '../helpers/builders'

describe('last contact', () => {
  it('finds the latest day per contact in one pass, whatever the order', () => {
    const index = lastContactIndex([
      makeInteraction('i1', ['a', 'b'], '2026-03-01'),
      makeInteraction('i2', ['a'], '2026-05-10'),
      makeInteraction('i3', ['b'], '2025-12-31'),
    ])
    expect(Object.fromEntries(index)).toEqual({ a: '2026-05-10', b: '2026-03-01' })
    expect(daysSince(index.get('a'), '2026-05-13')).toBe(3)
    expect(daysSince(index.get('z'), '2026-05-13')).toBeNull()
  })

  it('uses the contact’s own cadence, else the shortest default of its categories', () => {
    expect(effectiveCadenceDays(makeContact({ id: 'a', cadenceDays: 14 }), DEFAULT_SETTINGS)).toBe(14)
    expect(effectiveCadenceDays(makeContact({ id: 'b', categories: ['author', 'department'] }), DEFAULT_SETTINGS)).toBe(30)
  })
})
