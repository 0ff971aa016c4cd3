import { describe, expect, it } from 'vitest'
import { introductionGraph, introductionPaths } from '../../../../src/core/outreach/introduction-paths'
import type { Contact, ContactId, Tie } from '../../../../src/core/schema'
import { cid, makeContact, makeTie } from '../../helpers/builders'

const person = (id: string, tieStrength: number, extra: Partial<Contact> = {}) => makeContact({ id, name: id.toUpperCase(), tieStrength, ...extra })
const to = (id: string) => ({ kind: 'person', contactId: cid(id) }) as const
const search = (contacts: Contact[], ties: Tie[], target: Parameters<typeof introductionPaths>[1], options = {}) =>
  introductionPaths(introductionGraph(contacts, ties), target, options)

describe('introduction paths to a person', () => {
  // a (5) – c (4) – x;  b (2) – x;  e (5) – f (1) – x
  const contacts = [person('a', 5), person('b', 2), person('c', 4), person('e', 5), person('f', 1), person('x', 1)]
  const ties = [makeTie('t1', 'a', 'c'), makeTie('t2', 'c', 'x'), makeTie('t3', 'b', 'x'), makeTie('t4', 'e', 'f'), makeTie('t5', 'f', 'x')]

  it('ranks by the weakest tie among the people in between, then by fewer people, then the closer introducer', () => {
    const result = search(contacts, ties, to('x'))
    expect(result.paths.map((p) => [p.via.join('→'), p.strength])).toEqual([
      ['c', 4],
      ['a→c', 4],
      ['b', 2],
      ['f', 1],
      ['e→f', 1],
    ])
    expect(result.summary).toBe('C could introduce you to X.')
    expect(result.closest).toEqual([])
  })

  it('gives the links of each path for the map, with how each pair knows each other', () => {
    const path = search(contacts, ties, to('x')).paths[1]!
    expect(path.target).toBe('x')
    expect(path.links).toEqual([
      { from: 'a', to: 'c', kind: 'knows' },
      { from: 'c', to: 'x', kind: 'knows' },
    ])
  })

  it('prefers a strong chain over a short weak one', () => {
    const result = search([person('weak', 1), person('s1', 5), person('s2', 4), person('x', 1)], [makeTie('1', 'weak', 'x'), makeTie('2', 's1', 's2'), makeTie('3', 's2', 'x')], to('x'))
    expect(result.paths[0]?.via).toEqual(['s2'])
    expect(result.paths.map((p) => p.via[0])).toEqual(['s2', 's1', 'weak'])
  })

  it('uses introducedBy as a link, both ways', () => {
    const contacts2 = [person('ann', 4), person('x', 1, { introducedBy: cid('ann') }), person('bob', 3, { introducedBy: cid('x') })]
    const result = search(contacts2, [], to('x'))
    expect(result.paths.map((p) => p.via[0])).toEqual(['ann', 'bob'])
    expect(result.paths[0]?.links).toEqual([{ from: 'ann', to: 'x', kind: 'introduced-by' }])
  })

  it('stops at the given number of people in between', () => {
    // p1 (5) – p2 (5) – p3 (5) – p4 (5) – x: p1 needs four people in between.
    const chain = [person('p1', 5), person('p2', 5), person('p3', 5), person('p4', 5), person('x', 1)]
    const ties2 = [makeTie('1', 'p1', 'p2'), makeTie('2', 'p2', 'p3'), makeTie('3', 'p3', 'p4'), makeTie('4', 'p4', 'x')]
    expect(search(chain, ties2, to('x')).paths.map((p) => p.via.length)).toEqual([1, 2, 3])
    expect(search(chain, ties2, to('x'), { maxIntermediaries: 1 }).paths.map((p) => p.via)).toEqual([['p4']])
  })

  it('never passes through the target or loops back', () => {
    const loop = [person('a', 5), person('b', 5), person('x', 1)]
    const result = search(loop, [makeTie('1', 'a', 'b'), makeTie('2', 'b', 'a'), makeTie('3', 'a', 'x')], to('x'))
    for (const p of result.paths) expect(new Set([...p.via, p.target]).size).toBe(p.via.length + 1)
    expect(result.paths.map((p) => p.via)).toEqual([['a'], ['b', 'a']])
  })

  it('limits the answer', () => {
    expect(search(contacts, ties, to('x'), { limit: 2 }).paths).toHaveLength(2)
  })
})

describe('introduction paths to an organization', () => {
  const contacts = [
    person('in1', 1, { organization: 'Acme Ltd' }),
    person('in2', 2, { organization: ' acme ltd ' }),
    person('out1', 4),
    person('out2', 3),
    person('far', 5),
  ]
  const ties = [makeTie('1', 'out1', 'in1'), makeTie('2', 'out2', 'in2'), makeTie('3', 'far', 'out1')]

  it('reaches anyone there, matching the name without regard to case or spaces, and never routes through people there', () => {
    const result = search(contacts, ties, { kind: 'organization', name: 'ACME LTD' })
    expect(result.paths.map((p) => [p.via.join('→'), p.target, p.strength])).toEqual([
      ['out1', 'in1', 4],
      ['far→out1', 'in1', 4],
      ['out2', 'in2', 3],
    ])
    expect(result.summary).toBe('OUT1 could introduce you to someone at ACME LTD.')
  })

  it('without a path, names the people you already know there, closest first', () => {
    const result = search(contacts, [], { kind: 'organization', name: 'Acme Ltd' })
    expect(result.paths).toEqual([])
    expect(result.closest.map((c) => c.contactId)).toEqual(['in2', 'in1'])
    expect(result.summary).toBe('No one you know is tied to Acme Ltd, but you already know people there.')
  })

  it('says plainly when nobody there is known', () => {
    expect(search(contacts, ties, { kind: 'organization', name: 'Globex' })).toEqual({ paths: [], closest: [], summary: 'Nobody at Globex is in your network yet.' })
  })
})

describe('no path to a person', () => {
  it('suggests colleagues at their organization, else people in their category', () => {
    const x = person('x', 1, { organization: 'Acme', categories: ['leader'] })
    const colleague = person('col', 3, { organization: 'acme' })
    const leader = person('lead', 4, { categories: ['leader', 'author'] })
    const withColleague = search([x, colleague, leader], [], to('x'))
    expect(withColleague.closest.map((c) => c.contactId)).toEqual(['col'])
    expect(withColleague.summary).toBe('No recorded tie leads to X. These people work at Acme too.')
    const alone = search([x, leader, person('other', 5)], [], to('x'))
    expect(alone.closest).toEqual([{ contactId: 'lead', reason: 'In the same category; tie strength 4 of 5.' }])
    expect(search([x], [], to('x')).summary).toBe('No recorded tie leads to X.')
  })

  it('says so for someone not in the network', () => {
    expect(search([], [], to('ghost')).summary).toBe('That person is not in your network.')
  })
})

describe('at 30,000 contacts', () => {
  it('finds the known best path in a large network', () => {
    const n = 30_000
    const contacts = Array.from({ length: n }, (_, i) => person(`c${i}`, 1 + (i % 2)))
    const ties: Tie[] = []
    // A ring plus a chord every 7th person: about 34,000 ties between people of strength 1 or 2.
    for (let i = 0; i < n; i++) ties.push(makeTie(`r${i}`, `c${i}`, `c${(i + 1) % n}`))
    for (let i = 0; i < n; i += 7) ties.push(makeTie(`k${i}`, `c${i}`, `c${(i + 5000) % n}`))
    contacts.push(person('close', 5), person('bridge', 4))
    ties.push(makeTie('close-bridge', 'close', 'bridge'), makeTie('bridge-target', 'bridge', 'c12346'))
    const result = search(contacts, ties, to('c12346'))
    expect(result.paths.slice(0, 2).map((p) => [p.via, p.strength])).toEqual([
      [['bridge' as ContactId], 4],
      [['close', 'bridge'], 4],
    ])
    expect(result.paths.slice(2).every((p) => p.strength <= 2 && p.via.length <= 3)).toBe(true)
  }, 60_000)
})
