import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/core/dates'
import { makeContact, makeInteraction, makeTie, TODAY } from '../helpers/builders'
import { gapsOf, insightNetwork, makeEvent, makeFollowUp } from '../helpers/insight-builders'

/** Each rule: one network where it fires, one just below its threshold, one where it does not apply. */

const ago = (days: number) => addDays(TODAY, -days)
const people = (n: number, overrides: Parameters<typeof makeContact>[0] extends infer P ? Partial<P> : never = {}) =>
  Array.from({ length: n }, (_, i) => makeContact({ id: `c${i + 1}`, name: `Person ${i + 1}`, ...overrides }))

describe('no-cross-industry', () => {
  it('fires when everyone works in the user’s industry, with the count as evidence', () => {
    const file = insightNetwork({ contacts: people(3, { industry: 'healthcare' }) })
    const [gap] = gapsOf(file, 'no-cross-industry')
    expect(gap).toMatchObject({ severity: 'high', detail: '0 of 3 contacts work outside healthcare, and none is in “Other industries”.' })
    expect(gap?.target).toEqual({ kind: 'add-contact', category: 'other-industry' })
  })
  it('is quiet with one person from another industry, by industry or by category', () => {
    const byIndustry = insightNetwork({ contacts: [...people(2, { industry: 'Healthcare' }), makeContact({ id: 'x', industry: 'Retail' })] })
    const byCategory = insightNetwork({ contacts: [...people(2), makeContact({ id: 'x', categories: ['other-industry'] })] })
    expect(gapsOf(byIndustry, 'no-cross-industry')).toEqual([])
    expect(gapsOf(byCategory, 'no-cross-industry')).toEqual([])
  })
  it('does not apply when the user’s industry is unknown and nobody is tagged', () => {
    expect(gapsOf(insightNetwork({ contacts: people(3), me: { industry: '' } }), 'no-cross-industry')).toEqual([])
  })
})

describe('neglected-relationships', () => {
  const valued = (id: string, lastDaysAgo: number) => ({
    contact: makeContact({ id, name: id, categories: ['existing'], cadenceDays: 30 }),
    interaction: makeInteraction(`i-${id}`, [id], ago(lastDaysAgo)),
  })
  it('lists valued people past their cadence, most overdue first', () => {
    const a = valued('Ana', 40)
    const b = valued('Ben', 75)
    const file = insightNetwork({ contacts: [a.contact, b.contact], interactions: [a.interaction, b.interaction] })
    const [gap] = gapsOf(file, 'neglected-relationships')
    expect(gap?.contactIds).toEqual(['Ben', 'Ana'])
    expect(gap?.detail).toBe('2 of 2 people you value (in “People I value” or rated 4 or more) are past their keep-in-touch cadence; Ben is 2.5× past the 30-day cadence (last contact 2 months ago).')
    expect(gap?.severity).toBe('high')
  })
  it('is quiet on the last day of the cadence', () => {
    const a = valued('Ana', 30)
    expect(gapsOf(insightNetwork({ contacts: [a.contact], interactions: [a.interaction] }), 'neglected-relationships')).toEqual([])
  })
  it('does not count someone just added with nothing logged until their grace period is over', () => {
    const added = makeContact({ id: 'Nia', name: 'Nia', categories: ['existing'], cadenceDays: 60, createdAt: `${ago(20)}T09:00:00.000Z` })
    const file = insightNetwork({ contacts: [added] })
    expect(gapsOf(file, 'neglected-relationships')).toEqual([])
    expect(gapsOf(file, 'neglected-relationships', addDays(TODAY, 11))[0]).toMatchObject({ contactIds: ['Nia'], severity: 'high' })
  })
  it('does not apply to weak ties outside “People I value”', () => {
    const c = makeContact({ id: 'w', tieStrength: 2, cadenceDays: 30 })
    expect(gapsOf(insightNetwork({ contacts: [c], interactions: [makeInteraction('i', ['w'], ago(200))] }), 'neglected-relationships')).toEqual([])
  })
})

describe('missing-category', () => {
  it('gives one gap per empty category, with its category', () => {
    const gaps = gapsOf(insightNetwork({ contacts: people(2) }), 'missing-category')
    // Key categories (other industries, people I value, leaders) first: they are medium, the rest low.
    expect(gaps.map((g) => [g.category, g.severity])).toEqual([
      ['other-industry', 'medium'],
      ['existing', 'medium'],
      ['leader', 'medium'],
      ['cross-function', 'low'],
      ['author', 'low'],
      ['association', 'low'],
      ['social', 'low'],
    ])
    expect(gaps.find((g) => g.category === 'cross-function')).toMatchObject({ id: 'missing-category:cross-function', detail: '0 of 2 contacts are in this category; 1 of 8 categories has someone.' })
  })
  it('is quiet when every category has someone', () => {
    const all = ['department', 'cross-function', 'other-industry', 'author', 'existing', 'association', 'leader', 'social'] as const
    const contacts = all.map((c, i) => makeContact({ id: `c${i}`, categories: [c] }))
    expect(gapsOf(insightNetwork({ contacts }), 'missing-category')).toEqual([])
  })
  it('does not apply to an empty network', () => {
    expect(gapsOf(insightNetwork(), 'missing-category')).toEqual([])
  })
})

describe('silo', () => {
  const at = (orgs: string[]) => orgs.map((organization, i) => makeContact({ id: `c${i}`, organization }))
  it('fires when more than 60 % work in one organization', () => {
    const [gap] = gapsOf(insightNetwork({ contacts: at(['Acme', 'acme', 'Acme ', 'Acme', 'Globex']) }), 'silo')
    expect(gap).toMatchObject({ id: 'silo:organization', place: 'Acme', share: 0.8, severity: 'medium' })
    expect(gap?.contactIds).toHaveLength(4)
  })
  it('is quiet at exactly 60 %', () => {
    expect(gapsOf(insightNetwork({ contacts: at(['Acme', 'Acme', 'Acme', 'Globex', 'Initech']) }), 'silo')).toEqual([])
  })
  it('does not apply with fewer than five known organizations', () => {
    expect(gapsOf(insightNetwork({ contacts: [...at(['Acme', 'Acme', 'Acme', 'Acme']), makeContact({ id: 'x' })] }), 'silo')).toEqual([])
  })
  it('finds a department silo inside the user’s organization, respecting a changed threshold', () => {
    const contacts = ['Flow', 'Flow', 'Flow', 'Flow', 'IT', 'Finance'].map((department, i) => makeContact({ id: `c${i}`, organization: 'Northgate', department }))
    const other = Array.from({ length: 6 }, (_, i) => makeContact({ id: `o${i}`, organization: `Org ${i}` }))
    const file = insightNetwork({ contacts: [...contacts, ...other] })
    expect(gapsOf(file, 'silo').map((g) => [g.id, g.place])).toEqual([['silo:department', 'Flow']])
    expect(gapsOf(insightNetwork({ contacts: [...contacts, ...other], settings: { siloShare: 0.7 } }), 'silo')).toEqual([])
  })
})

describe('unconverted-weak-ties', () => {
  const social = [makeContact({ id: 's1', name: 'Sam', categories: ['social'] }), makeContact({ id: 's2', name: 'Kim', categories: ['social'] })]
  it('lists social contacts never met in person or by video', () => {
    const file = insightNetwork({ contacts: social, interactions: [makeInteraction('i1', ['s1'], ago(3), { channel: 'email' }), makeInteraction('i2', ['s2'], ago(3), { channel: 'video' })] })
    const [gap] = gapsOf(file, 'unconverted-weak-ties')
    expect(gap).toMatchObject({ contactIds: ['s1'], detail: '1 of 2 social-media contacts was never met in person or by video (Sam).' })
  })
  it('is quiet once all of them were met', () => {
    const file = insightNetwork({ contacts: social, interactions: [makeInteraction('i', ['s1', 's2'], ago(3), { channel: 'coffee' })] })
    expect(gapsOf(file, 'unconverted-weak-ties')).toEqual([])
  })
  it('does not apply without social-media contacts', () => {
    expect(gapsOf(insightNetwork({ contacts: people(3) }), 'unconverted-weak-ties')).toEqual([])
  })
})

describe('laid-off-list', () => {
  const listed = (n: number) => people(n, { onLaidOffList: true, cadenceDays: 60 })
  const fresh = (n: number) => [makeInteraction('i', Array.from({ length: n }, (_, i) => `c${i + 1}`), ago(5))]
  it('fires with four people when five are wanted', () => {
    const [gap] = gapsOf(insightNetwork({ contacts: listed(4), interactions: fresh(4) }), 'laid-off-list')
    expect(gap).toMatchObject({ severity: 'medium', title: 'Too few people to call if you lost your job', detail: '4 people on your laid-off list; you aimed for at least 5.' })
  })
  it('is quiet with five people in touch', () => {
    expect(gapsOf(insightNetwork({ contacts: listed(5), interactions: fresh(5) }), 'laid-off-list')).toEqual([])
  })
  it('fires when enough are listed but one has gone cold, naming them', () => {
    const interactions = [makeInteraction('i', ['c1', 'c2', 'c3', 'c4'], ago(5)), makeInteraction('j', ['c5'], ago(100))]
    const [gap] = gapsOf(insightNetwork({ contacts: listed(5), interactions }), 'laid-off-list')
    expect(gap).toMatchObject({ severity: 'high', contactIds: ['c5'], title: 'Your laid-off list is going cold' })
    expect(gap?.detail).toContain('1 of them is past their cadence (Person 5)')
  })
  it('follows the minimum set in settings', () => {
    expect(gapsOf(insightNetwork({ contacts: listed(3), interactions: fresh(3), settings: { laidOffMinimum: 3 } }), 'laid-off-list')).toEqual([])
  })
})

describe('one-way-relationships', () => {
  const contacts = people(4)
  const helped = (id: string, who: string, direction: 'gave' | 'received', daysAgo = 10) => makeInteraction(id, [who], ago(daysAgo), { direction })
  it('fires when help received is at least twice help given', () => {
    const file = insightNetwork({ contacts, interactions: [helped('a', 'c1', 'received'), helped('b', 'c2', 'received'), helped('c', 'c3', 'received'), helped('d', 'c4', 'gave')] })
    const [gap] = gapsOf(file, 'one-way-relationships')
    expect(gap).toMatchObject({ severity: 'medium', contactIds: [], detail: 'In the last 12 months you were helped 3 times and helped others 1 time.' })
    const withMutual = insightNetwork({ contacts, interactions: [...['a', 'b', 'c'].map((id, i) => helped(id, `c${i + 1}`, 'received')), makeInteraction('m', ['c4'], ago(10), { direction: 'mutual' })] })
    expect(gapsOf(withMutual, 'one-way-relationships')[0]?.detail).toBe('In the last 12 months you were helped 3 times and helped others 0 times (and helped each other 1 time).')
  })
  it('is quiet just under the ratio', () => {
    const file = insightNetwork({
      contacts,
      interactions: [helped('a', 'c1', 'received'), helped('b', 'c2', 'received'), helped('c', 'c3', 'received'), helped('d', 'c4', 'gave'), helped('e', 'c4', 'gave')],
    })
    expect(gapsOf(file, 'one-way-relationships')).toEqual([])
  })
  it('names a lopsided person even when the whole is balanced', () => {
    const interactions = [helped('a', 'c1', 'received'), helped('b', 'c1', 'received'), helped('c', 'c1', 'received'), ...['d', 'e', 'f'].map((id) => helped(id, 'c2', 'gave'))]
    const [gap] = gapsOf(insightNetwork({ contacts, interactions }), 'one-way-relationships')
    expect(gap).toMatchObject({ severity: 'low', contactIds: ['c1'], actionLabel: 'Log help for Person 1' })
  })
  it('does not count logs where nobody helped', () => {
    const none = ['a', 'b', 'c', 'd'].map((id, i) => makeInteraction(id, [`c${i + 1}`], ago(5), { direction: 'none' }))
    const file = insightNetwork({ contacts, interactions: [helped('r1', 'c1', 'received'), helped('r2', 'c1', 'received'), ...none] })
    expect(gapsOf(file, 'one-way-relationships')).toEqual([])
  })
  it('does not count help older than a year', () => {
    const file = insightNetwork({ contacts, interactions: [helped('a', 'c1', 'received', 400), helped('b', 'c2', 'received', 400), helped('c', 'c3', 'received', 400)] })
    expect(gapsOf(file, 'one-way-relationships')).toEqual([])
  })
})

describe('no-events and no-hub', () => {
  const contacts = people(2)
  it('no-events fires when the last conference was over a year ago, saying when', () => {
    const [gap] = gapsOf(insightNetwork({ contacts, events: [makeEvent('e', { name: 'Ops Summit', startOn: ago(400) })] }), 'no-events')
    expect(gap?.detail).toBe('0 events in the last 365 days; the last was Ops Summit, 13 months ago.')
  })
  it('no-events is quiet with a conference 200 days ago or a committee still going on', () => {
    expect(gapsOf(insightNetwork({ contacts, events: [makeEvent('e', { startOn: ago(200) })] }), 'no-events')).toEqual([])
    expect(gapsOf(insightNetwork({ contacts, events: [makeEvent('e', { kind: 'committee', startOn: ago(900) })] }), 'no-events')).toEqual([])
  })
  it('no-events counts a talk at a project but not attending one', () => {
    expect(gapsOf(insightNetwork({ contacts, events: [makeEvent('e', { kind: 'project', role: 'speaker', startOn: ago(20) })] }), 'no-events')).toEqual([])
    expect(gapsOf(insightNetwork({ contacts, events: [makeEvent('e', { kind: 'project', startOn: ago(20) })] }), 'no-events')).toHaveLength(1)
  })
  it('no-hub fires for a user who only attends, and is quiet for one who runs a group', () => {
    expect(gapsOf(insightNetwork({ contacts, events: [makeEvent('e', { kind: 'association', role: 'attendee' })] }), 'no-hub')).toHaveLength(1)
    expect(gapsOf(insightNetwork({ contacts, events: [makeEvent('e', { kind: 'hub', role: 'founder', startOn: ago(800) })] }), 'no-hub')).toEqual([])
  })
  it('neither applies to an empty network', () => {
    expect(gapsOf(insightNetwork(), 'no-events')).toEqual([])
    expect(gapsOf(insightNetwork(), 'no-hub')).toEqual([])
  })
})

describe('stale-profile', () => {
  it('fires for a profile never reviewed, and for one reviewed 183 days ago', () => {
    expect(gapsOf(insightNetwork({ me: { profileReviewedOn: null } }), 'stale-profile')[0]?.severity).toBe('medium')
    expect(gapsOf(insightNetwork({ me: { profileReviewedOn: ago(183) } }), 'stale-profile')[0]?.detail).toBe('Last reviewed 6 months ago; you aimed for a look every 6 months.')
  })
  it('is quiet on day 182', () => {
    expect(gapsOf(insightNetwork({ me: { profileReviewedOn: ago(182) } }), 'stale-profile')).toEqual([])
  })
})

describe('follow-ups-overdue', () => {
  const contacts = people(2)
  it('fires for an open follow-up due yesterday', () => {
    const [gap] = gapsOf(insightNetwork({ contacts, followUps: [makeFollowUp('f', ['c2'], ago(1))] }), 'follow-ups-overdue')
    expect(gap).toMatchObject({ severity: 'medium', contactIds: ['c2'], detail: '1 follow-up past due; the oldest, “Send a thank-you”, by 1 day.' })
  })
  it('counts a follow-up done later as open on an earlier day', () => {
    const file = insightNetwork({ contacts, followUps: [makeFollowUp('f', ['c2'], ago(9), ago(2))] })
    expect(gapsOf(file, 'follow-ups-overdue')).toEqual([])
    expect(gapsOf(file, 'follow-ups-overdue', ago(5))).toHaveLength(1)
  })
  it('is quiet for one due today, and for a done one', () => {
    expect(gapsOf(insightNetwork({ contacts, followUps: [makeFollowUp('f', ['c2'], TODAY)] }), 'follow-ups-overdue')).toEqual([])
    expect(gapsOf(insightNetwork({ contacts, followUps: [makeFollowUp('f', ['c2'], ago(9), ago(8))] }), 'follow-ups-overdue')).toEqual([])
  })
})

describe('closed-network', () => {
  const six = people(6, { tieStrength: 3 })
  it('fires when the contacts form two closed triangles', () => {
    const ties = [makeTie('t1', 'c1', 'c2'), makeTie('t2', 'c2', 'c3'), makeTie('t3', 'c1', 'c3'), makeTie('t4', 'c4', 'c5'), makeTie('t5', 'c5', 'c6'), makeTie('t6', 'c4', 'c6')]
    const [gap] = gapsOf(insightNetwork({ contacts: six, ties }), 'closed-network')
    expect(gap?.contactIds).toHaveLength(6)
    expect(gap?.detail).toBe('From the 6 ties you recorded, your reliance on a few is 0.46: 75% of the way from none of your contacts knowing each other (0.17) to all of them (0.56).')
  })
  it('is quiet when contacts only know one other each', () => {
    const ties = [makeTie('t1', 'c1', 'c2'), makeTie('t2', 'c3', 'c4'), makeTie('t3', 'c5', 'c6')]
    expect(gapsOf(insightNetwork({ contacts: six, ties }), 'closed-network')).toEqual([])
  })
  it('does not apply with fewer than three recorded ties', () => {
    expect(gapsOf(insightNetwork({ contacts: six, ties: [makeTie('t1', 'c1', 'c2'), makeTie('t2', 'c1', 'c3')] }), 'closed-network')).toEqual([])
  })
})

describe('gap ids', () => {
  it('of every gap the rules find on the sample are ids the user can hide', async () => {
    const { buildSampleNetwork } = await import('../../../src/core/sample-network')
    const { computeInsights } = await import('../../../src/core/insights')
    const { isGapId } = await import('../../../src/core/insight-schema')
    let n = 0
    const sample = buildSampleNetwork(TODAY, `${TODAY}T09:00:00.000Z`, () => `s-${++n}`)
    const ids = computeInsights(sample, TODAY).gaps.map((g) => g.id)
    expect(ids.length).toBeGreaterThan(5)
    for (const id of ids) expect(isGapId(id), id).toBe(true)
  })
})
