import { describe, expect, it } from 'vitest'
import { introducerChoices, LIST_EVERYONE_UP_TO, MATCHES_SHOWN } from '../../../src/renderer/contacts/introducer-choices'
import { makeContact } from '../helpers/builders'

describe('who the "Introduced by" list offers', () => {
  it('offers everyone, by name, in a small network', () => {
    const few = ['Zoë Adams', 'ángel Ruiz', 'Bea Li'].map((name, i) => makeContact({ id: `c${i}`, name }))
    expect(introducerChoices(few, '', '').offered.map((c) => c.name)).toEqual(['ángel Ruiz', 'Bea Li', 'Zoë Adams'])
    expect(introducerChoices(few, '', 'zzz').offered).toHaveLength(3)
  })

  const many = Array.from({ length: LIST_EVERYONE_UP_TO + 700 }, (_, i) =>
    makeContact({ id: `p${i}`, name: `Person ${Math.floor(i / 100)}-${String(i % 100).padStart(2, '0')}`, organization: i % 10 === 0 ? 'Harbor Logistics' : 'Lumen Bank' }),
  )

  it('in a large network offers only the current choice until a name is typed', () => {
    expect(introducerChoices(many, '', '')).toEqual({ offered: [], matched: 0 })
    expect(introducerChoices(many, 'p42', '').offered.map((c) => c.id)).toEqual(['p42'])
  })

  it('offers the first matches of the map\'s search (name, organization …), and keeps the current choice listed', () => {
    const byName = introducerChoices(many, '', 'person 1-')
    expect(byName.matched).toBe(100)
    expect(byName.offered).toHaveLength(MATCHES_SHOWN)
    expect(byName.offered[0]!.name).toBe('Person 1-00')
    const byOrg = introducerChoices(many, 'p7', 'harbor')
    expect(byOrg.matched).toBe(100)
    expect(byOrg.offered[0]!.id).toBe('p7')
    expect(byOrg.offered.slice(1).every((c) => c.organization === 'Harbor Logistics')).toBe(true)
    expect(introducerChoices(many, '', 'nobody by this name')).toEqual({ offered: [], matched: 0 })
  })
})
