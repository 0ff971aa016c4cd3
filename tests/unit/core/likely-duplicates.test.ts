import { describe, expect, it } from 'vitest'
import { emailKey, findLikelyDuplicates, nameKey } from '../../../src/core/likely-duplicates'
import { makeContact } from '../helpers/builders'

describe('the keys duplicates are found by', () => {
  it('reads a name without case, accents, punctuation, extra spaces or word order', () => {
    const key = nameKey('Ana Lima')
    for (const same of ['ana lima', '  Ana   Lima ', 'Ána Lima', 'Lima, Ana', 'LIMA,ANA', 'Ana\tLima.']) expect(nameKey(same), same).toBe(key)
    expect(nameKey('Ana Lima-Souza')).not.toBe(key)
    expect(nameKey('Ana Lima-Souza')).toBe(nameKey('Ana Lima Souza'))
    expect(nameKey(' , ')).toBe('')
  })

  it('reads an e-mail without case or surrounding spaces', () => {
    expect(emailKey(' Ana@Acme.COM ')).toBe('ana@acme.com')
  })
})

describe('likely duplicates', () => {
  it('groups people sharing an e-mail or a normalized name, each group once with every reason', () => {
    const contacts = [
      makeContact({ id: 'a1', name: 'Ana Lima', email: 'ana@acme.com' }),
      makeContact({ id: 'b1', name: 'Ben Ode', email: 'ben@x.org' }),
      makeContact({ id: 'a2', name: 'Lima, Ána', email: 'ANA@acme.com' }),
      makeContact({ id: 'c1', name: 'Cleo', email: 'cleo@x.org' }),
      makeContact({ id: 'b2', name: 'Benedict Ode', email: 'Ben@X.org' }),
      makeContact({ id: 'c2', name: 'cleo' }),
      makeContact({ id: 'c3', name: 'CLEO ' }),
      makeContact({ id: 'd1', name: 'Dev' }),
    ]
    expect(findLikelyDuplicates(contacts)).toEqual([
      { ids: ['a1', 'a2'], reasons: ['email', 'name'] },
      { ids: ['b1', 'b2'], reasons: ['email'] },
      { ids: ['c1', 'c2', 'c3'], reasons: ['name'] },
    ])
  })

  it('does not match people on an empty e-mail', () => {
    expect(findLikelyDuplicates([makeContact({ id: 'a', name: 'Ana' }), makeContact({ id: 'b', name: 'Ben' })])).toEqual([])
  })
})
