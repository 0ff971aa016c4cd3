import { describe, expect, it } from 'vitest'
import type { Category } from '../../../src/core/categories'
import type { Point } from '../../../src/core/layouts'
import { orbitPositions } from '../../../src/core/orbit-layout'
import type { Contact } from '../../../src/core/schema'
import type { ContactStatus, StalenessBand } from '../../../src/core/staleness'
import { aggregate, bubbleId, bubbleScale, groupKey, handleId, type OverviewInputs } from '../../../src/renderer/map/overview/aggregate'
import { overviewElements } from '../../../src/renderer/map/overview/bubble-elements'
import { ALL_COLLAPSED, ALL_EXPANDED, collapseGroup, expandGroups, isExpanded } from '../../../src/renderer/map/overview/expansion'
import { jumpGroups, SEARCH_OPENS_UP_TO } from '../../../src/renderer/map/overview/jump'
import { standouts } from '../../../src/renderer/map/overview/standouts'
import { makeContact } from '../helpers/builders'

const status = (band: StalenessBand, daysSince: number | null = 10, cadenceDays = 30): ContactStatus => ({ lastContact: null, daysSince, cadenceDays, band, dueOn: '2026-12-01' })

/** `count` people in one category and strength, ids prefix-1 … prefix-count. */
const people = (prefix: string, count: number, category: Category, tieStrength: number, extra: Partial<Contact> = {}): Contact[] =>
  Array.from({ length: count }, (_, i) => makeContact({ id: `${prefix}-${i + 1}`, name: `${prefix} ${i + 1}`, categories: [category], tieStrength, ...extra }))

const contacts = [...people('a', 6, 'author', 3), ...people('b', 4, 'leader', 5), ...people('c', 1, 'social', 1), ...people('o', 3, 'department', 2, { organization: 'Lumen Bank' })]
const positions = orbitPositions(contacts)
const everyone = new Set(contacts.map((c) => c.id))
const statuses = new Map<string, ContactStatus>(contacts.map((c, i) => [c.id, status(i % 2 === 0 ? 'fresh' : 'overdue')]))
const inputs = (over: Partial<OverviewInputs> = {}): OverviewInputs => ({
  contacts,
  layout: 'orbit',
  visibleIds: everyone,
  statuses,
  positions,
  mePosition: { x: 0, y: 0 },
  standouts: new Set(),
  expansion: ALL_COLLAPSED,
  threshold: 5,
  ...over,
})

describe('aggregate', () => {
  it('draws each orbit sector × ring as one bubble with its people, count and staleness mix; a group of one stays a person', () => {
    const o = aggregate(inputs())
    expect(o.bubbles.map((b) => [b.key, b.memberIds.length])).toEqual([
      ['orbit:author:3', 6],
      ['orbit:leader:5', 4],
      ['orbit:department:2', 3],
    ])
    expect([...o.individuals]).toEqual(['c-1'])
    const authors = o.bubbles[0]!
    expect(authors.name).toBe('Authors & bloggers · strength 3')
    expect(authors.category).toBe('author')
    expect(authors.bands.fresh + authors.bands.overdue).toBe(6)
    expect(authors.bands).toMatchObject({ fresh: 3, overdue: 3, dormant: 0 })
    expect(o.bubbleOf.get('a-2')).toBe(bubbleId('orbit:author:3'))
    // Bubbles are sized by area: 6 people against 4 is √(6/4) as wide.
    expect(authors.diameter / o.bubbles[1]!.diameter).toBeCloseTo(Math.sqrt(6 / 4), 1)
  })

  it('keeps everyone individual at or below the threshold and after "Expand all"', () => {
    for (const o of [aggregate(inputs({ threshold: contacts.length })), aggregate(inputs({ expansion: ALL_EXPANDED }))]) {
      expect(o.bubbles).toEqual([])
      expect(o.individuals.size).toBe(contacts.length)
      expect(o.handles).toEqual([])
    }
  })

  it('leaves stand-outs out of their bubble and counts only the people a filter lets through', () => {
    const visible = new Set([...everyone].filter((id) => id !== 'a-6'))
    const o = aggregate(inputs({ standouts: new Set(['a-1', 'b-1']), visibleIds: visible }))
    expect(o.bubbles.find((b) => b.key === 'orbit:author:3')?.memberIds).toEqual(['a-2', 'a-3', 'a-4', 'a-5'])
    expect(o.individuals.has('a-1')).toBe(true)
    expect(o.individuals.has('a-6')).toBe(false)
    expect(o.bubbleOf.has('a-6')).toBe(false)
  })

  it('opens an expanded group into its people, with a handle to fold it back', () => {
    const o = aggregate(inputs({ expansion: expandGroups(ALL_COLLAPSED, ['orbit:leader:5']) }))
    expect(o.bubbles.map((b) => b.key)).not.toContain('orbit:leader:5')
    for (const id of ['b-1', 'b-2', 'b-3', 'b-4']) expect(o.individuals.has(id)).toBe(true)
    expect(o.handles.map((h) => [h.id, h.label])).toEqual([[handleId('orbit:leader:5'), 'Collapse Leaders in my field · strength 5']])
  })

  it('groups by organization or main category in the cluster layouts', () => {
    const clustered = new Map<string, Point>(contacts.map((c, i) => [c.id, { x: i * 100, y: 0 }]))
    const byOrg = aggregate(inputs({ layout: 'by-organization', positions: clustered }))
    expect(byOrg.bubbles.map((b) => [b.name, b.memberIds.length])).toEqual([
      ['No organization', 11],
      ['Lumen Bank', 3],
    ])
    // An organization takes the colour of the category most of its people are in.
    expect(byOrg.bubbles[0]!.category).toBe('author')
    // In clusters a bubble sits at the middle of its people.
    expect(byOrg.bubbles[1]!.position).toEqual({ x: 1200, y: 0 })
    expect(groupKey(contacts[0]!, 'by-category')).toBe('by-category:author')
  })

  it('places an orbit bubble in its people’s direction and at their distance from me', () => {
    const o = aggregate(inputs())
    const authors = o.bubbles[0]!
    const members = contacts.filter((c) => c.id.startsWith('a-')).map((c) => positions.get(c.id)!)
    const meanR = members.reduce((sum, p) => sum + Math.hypot(p.x, p.y), 0) / members.length
    expect(Math.hypot(authors.position.x, authors.position.y)).toBeCloseTo(meanR, -1)
  })
})

describe('bubbleScale', () => {
  it('keeps bubbles apart, within its bounds', () => {
    expect(bubbleScale([{ position: { x: 0, y: 0 }, count: 4 }])).toBe(36)
    const scale = bubbleScale([
      { position: { x: 0, y: 0 }, count: 100 },
      { position: { x: 200, y: 0 }, count: 100 },
    ])
    // Radii 5·scale each, 12 units between them.
    expect(scale * 10 + 12).toBeCloseTo(200)
    expect(bubbleScale([{ position: { x: 0, y: 0 }, count: 9 }, { position: { x: 0, y: 0 }, count: 9 }])).toBe(6)
  })
})

describe('expansion', () => {
  it('opens groups, folds one back, and returns the same state when nothing changes', () => {
    const one = expandGroups(ALL_COLLAPSED, ['g1', 'g2'])
    expect(isExpanded(one, 'g1')).toBe(true)
    expect(expandGroups(one, ['g1'])).toBe(one)
    const folded = collapseGroup(one, 'g1', ['g1', 'g2', 'g3'])
    expect([...folded.open]).toEqual(['g2'])
    expect(collapseGroup(folded, 'g1', [])).toBe(folded)
  })

  it('after "Expand all", folding one group leaves every other open', () => {
    const state = collapseGroup(ALL_EXPANDED, 'g2', ['g1', 'g2', 'g3'])
    expect(state.all).toBe(false)
    expect([...state.open]).toEqual(['g1', 'g3'])
    expect(expandGroups(ALL_EXPANDED, ['g9'])).toBe(ALL_EXPANDED)
  })
})

describe('standouts', () => {
  const crowd = [
    makeContact({ id: 'laid', name: 'Laid', onLaidOffList: true, tieStrength: 1 }),
    makeContact({ id: 'valued-late', name: 'Valued', tieStrength: 5 }),
    makeContact({ id: 'valued-fresh', name: 'Fresh', tieStrength: 5 }),
    makeContact({ id: 'weak-late', name: 'Weak', tieStrength: 1 }),
    makeContact({ id: 'existing-late', name: 'Existing', tieStrength: 2, categories: ['existing'] }),
    makeContact({ id: 'laid-late', name: 'Both', onLaidOffList: true, tieStrength: 4 }),
  ]
  const bands = new Map<string, ContactStatus>([
    ['laid', status('fresh')],
    ['valued-late', status('overdue', 45, 30)],
    ['valued-fresh', status('fresh')],
    ['weak-late', status('dormant', 400)],
    ['existing-late', status('dormant', null)],
    ['laid-late', status('overdue', 40, 30)],
  ])
  const all = new Set(crowd.map((c) => c.id))

  it('keeps the laid-off list and valued people past their cadence, most pressing first, up to the limit', () => {
    expect(standouts(crowd, bands, all, 4)).toEqual(new Set(['laid-late', 'existing-late', 'valued-late', 'laid']))
    expect(standouts(crowd, bands, all, 4, 2)).toEqual(new Set(['laid-late', 'existing-late']))
  })

  it('leaves out people the filter hides', () => {
    expect(standouts(crowd, bands, new Set(['laid', 'weak-late']), 4)).toEqual(new Set(['laid']))
  })
})

describe('jumpGroups', () => {
  it('opens the groups of the people jumped to, except stand-outs, once each and sorted', () => {
    expect(jumpGroups(contacts, 'orbit', new Set(['b-1']), ['a-1', 'a-2', null, 'b-1', 'o-1'])).toEqual(['orbit:author:3', 'orbit:department:2'])
    expect(jumpGroups(contacts, 'orbit', new Set(), [null])).toEqual([])
    expect(SEARCH_OPENS_UP_TO).toBeGreaterThan(0)
  })
})

describe('overviewElements', () => {
  it('draws a bubble with its count and staleness slices, one edge from me per bubble, and the collapse handles', () => {
    const o = aggregate(inputs({ expansion: expandGroups(ALL_COLLAPSED, ['orbit:leader:5']) }))
    const elements = overviewElements(o)
    const authors = elements.find((e) => e.data.id === bubbleId('orbit:author:3'))!
    expect(authors.data).toMatchObject({ kind: 'bubble', label: '6', count: 6, category: 'author' })
    // s1…s5 follow STALENESS_BANDS: new, fresh, due-soon, overdue, dormant.
    expect([1, 2, 3, 4, 5].map((i) => authors.data[`s${i}`])).toEqual([0, 50, 0, 50, 0])
    expect(elements.filter((e) => e.data.kind === 'me-group').map((e) => e.data.target)).toEqual(o.bubbles.map((b) => b.id))
    expect(elements.filter((e) => e.data.kind === 'group-handle').map((e) => e.data.id)).toEqual([handleId('orbit:leader:5')])
  })
})
