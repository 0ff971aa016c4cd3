import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/core/dates'
import type { NetworkFile } from '../../../src/core/network-file'
import { suggestPlan } from '../../../src/core/plan-suggest'
import type { Contact, Interaction } from '../../../src/core/schema'
import { makeContact, makeInteraction, makeNetwork, TODAY } from '../helpers/builders'
import { makeItem, withPlan } from '../helpers/plan-builders'

const ago = (days: number) => addDays(TODAY, -days)
const MONTH = '2026-12'

function network(contacts: Contact[], interactions: Interaction[] = [], industry = 'Healthcare'): NetworkFile {
  const file = makeNetwork({ contacts, interactions })
  return { ...file, me: { ...file.me, industry } }
}
const suggest = (file: NetworkFile, month = MONTH) => suggestPlan(file, month, TODAY)
const reasons = (file: NetworkFile, month = MONTH) => suggest(file, month).suggestions.map((s) => [s.contactId, s.reason])

describe('each reason fires when it should', () => {
  it('a close tie past their cadence, with the last way you met', () => {
    const close = makeContact({ id: 'ana', categories: ['existing'], tieStrength: 5 })
    const file = network([close], [makeInteraction('i', ['ana'], '2026-01-26', { channel: 'lunch' })])
    expect(reasons(file)).toEqual([['ana', 'Close tie, last lunch 10 months ago']])
    // The same person seen last week is not proposed.
    expect(reasons(network([close], [makeInteraction('i', ['ana'], ago(7))]))).toEqual([])
  })

  it('someone valued by rating but not in “People I value”, never contacted', () => {
    const rated = makeContact({ id: 'ben', categories: ['department'], tieStrength: 4 })
    expect(reasons(network([rated]))).toEqual([['ben', 'Someone you value, never contacted']])
  })

  it('laid-off-list people past their cadence, and not those within it', () => {
    const listed = makeContact({ id: 'cy', categories: ['department'], onLaidOffList: true })
    expect(reasons(network([listed], [makeInteraction('i', ['cy'], ago(100), { channel: 'phone' })]))).toEqual([['cy', 'On your laid-off list, last call 3 months ago']])
    expect(reasons(network([listed], [makeInteraction('i', ['cy'], ago(20), { channel: 'phone' })]))).toEqual([])
  })

  it('someone from another industry, by industry or by category, once they are not fresh', () => {
    const retail = makeContact({ id: 'dee', industry: 'Retail' })
    const tagged = makeContact({ id: 'eli', categories: ['other-industry'] })
    expect(reasons(network([retail, tagged]))).toEqual([
      ['dee', 'Brings another industry (Retail), never contacted'],
      ['eli', 'Brings another industry, never contacted'],
    ])
    expect(reasons(network([retail], [makeInteraction('i', ['dee'], ago(5))]))).toEqual([])
    // The user's own industry, in any case, is not another one.
    expect(reasons(network([makeContact({ id: 'fay', industry: 'healthcare ' })]))).toEqual([])
  })

  it('the only person in a thin category, once the network is big enough for thin to mean something', () => {
    const crowd = Array.from({ length: 10 }, (_, i) => makeContact({ id: `d${i}`, categories: ['department'] }))
    const fresh = crowd.map((c, i) => makeInteraction(`i${i}`, [c.id], ago(3)))
    const author = makeContact({ id: 'gus', categories: ['author'] })
    expect(reasons(network([...crowd, author], fresh))).toEqual([['gus', 'Your only contact in “Authors & bloggers”, never contacted']])
    // With a handful of people every category is small: nobody is proposed for being in one.
    expect(reasons(network([crowd[0] as Contact, author], fresh.slice(0, 1)))).toEqual([])
  })

  it('social-media contacts never met live, and not those met by video', () => {
    const online = makeContact({ id: 'hal', categories: ['social'] })
    const chat = makeInteraction('i', ['hal'], ago(5), { channel: 'social' })
    expect(reasons(network([online], [chat]))).toEqual([['hal', 'Known online only: a first coffee or video call makes them a real contact']])
    expect(reasons(network([online], [chat, makeInteraction('v', ['hal'], ago(200), { channel: 'video' })]))).toEqual([])
  })

  it('one leader to aim high, however many there are', () => {
    const leaders = ['ivy', 'jon', 'kim'].map((id, i) => makeContact({ id, categories: ['leader'], tieStrength: 3 - i }))
    expect(reasons(network(leaders))).toEqual([['ivy', 'Aim high: a leader in your field, never contacted']])
  })
})

/** Three valued ties, one laid-off-list person and one online-only contact, all overdue. */
function mixed(): NetworkFile {
  const valued = ['v1', 'v2', 'v3'].map((id) => makeContact({ id, categories: ['existing'] }))
  const listed = makeContact({ id: 'l1', categories: ['department'], onLaidOffList: true })
  const online = makeContact({ id: 's1', categories: ['social'] })
  const leader = makeContact({ id: 'k1', categories: ['leader'] })
  const contacts = [...valued, listed, online, leader]
  return network(contacts, contacts.map((c, i) => makeInteraction(`i${i}`, [c.id], ago(300 - i), { channel: 'email' })))
}

describe('the proposal as a whole', () => {
  it('takes one of each kind in turn, the leading kind rotating with the month', () => {
    // December leads with meeting online contacts live, January with aiming high, February with valued ties.
    expect(suggest(mixed(), '2026-12').suggestions.map((s) => s.kind)).toEqual(['meet-live', 'aim-high', 'valued-overdue'])
    expect(suggest(mixed(), '2027-01').suggestions.map((s) => s.kind)).toEqual(['aim-high', 'valued-overdue', 'laid-off-overdue'])
    // February: valued ties lead; nobody broadens a six-person network, so the round goes on to meeting live.
    expect(suggest(mixed(), '2027-02').suggestions.map((s) => [s.kind, s.contactId])).toEqual([
      ['valued-overdue', 'v1'],
      ['laid-off-overdue', 'l1'],
      ['meet-live', 's1'],
    ])
  })

  it('never proposes more than the target, less what is already planned (skipped items do not count)', () => {
    expect(suggest(mixed()).target).toBe(3)
    expect(suggest(mixed()).suggestions).toHaveLength(3)
    const four = { ...mixed(), settings: { ...mixed().settings, monthlyTarget: 4 } }
    expect(suggest(four).suggestions).toHaveLength(4)
    const planned = withPlan(mixed(), { [MONTH]: { items: [makeItem('v1'), makeItem('v2', 'met'), makeItem('v3', 'skipped')] } })
    expect(suggest(planned)).toMatchObject({ target: 3, suggestions: [expect.anything()] })
    const full = withPlan(mixed(), { [MONTH]: { items: [makeItem('v1'), makeItem('v2'), makeItem('l1')] } })
    expect(suggest(full).suggestions).toEqual([])
  })

  it('respects busy months: light plans one person, off nobody', () => {
    expect(suggest(withPlan(mixed(), { [MONTH]: { busy: 'light' } }))).toMatchObject({ target: 1, suggestions: [expect.anything()] })
    expect(suggest(withPlan(mixed(), { [MONTH]: { busy: 'off' } }))).toEqual({ target: 0, suggestions: [] })
    const lightAndTaken = withPlan(mixed(), { [MONTH]: { busy: 'light', items: [makeItem('v1')] } })
    expect(suggest(lightAndTaken)).toEqual({ target: 1, suggestions: [] })
  })

  it('proposes nobody planned within two months either side, whatever the item’s status', () => {
    const everyone = ['v1', 'v2', 'v3', 'l1', 's1', 'k1']
    const near = withPlan(mixed(), {
      '2026-10': { items: [makeItem('v1', 'thanked')] },
      '2027-02': { items: [makeItem('l1', 'skipped'), makeItem('s1')] },
      // Three months away: far enough to meet again.
      '2027-03': { items: [makeItem('k1')] },
    })
    const proposed = suggest(near).suggestions.map((s) => s.contactId)
    expect(proposed).not.toContain('v1')
    expect(proposed).not.toContain('l1')
    expect(proposed).not.toContain('s1')
    expect(proposed).toContain('k1')
    expect(everyone).toEqual(expect.arrayContaining(proposed))
  })

  it('never names the same person twice when they fit several kinds', () => {
    const both = makeContact({ id: 'x', categories: ['existing', 'social', 'leader'], onLaidOffList: true })
    expect(suggest(network([both])).suggestions.map((s) => s.contactId)).toEqual(['x'])
  })
})
