import { describe, expect, it } from 'vitest'
import { ALL_ROWS, contactRows, filterRows, sortRows } from '../../../src/renderer/contacts/contact-rows'
import { makeContact, makeInteraction, makeNetwork } from '../helpers/builders'

const TODAY = '2026-11-26'
const network = makeNetwork({
  contacts: [
    makeContact({ id: 'a', name: 'Ana', categories: ['social'], tieStrength: 4, tags: ['data'] }),
    makeContact({ id: 'b', name: 'Ben', categories: ['department'], tieStrength: 2, onLaidOffList: true }),
    // Added two months ago and never contacted: past the grace period, still too recent for a suggestion.
    makeContact({ id: 'c', name: 'Cy', categories: ['leader'], tieStrength: 3, createdAt: '2026-09-27T09:00:00.000Z' }),
  ],
  interactions: [
    makeInteraction('i1', ['a'], '2026-11-20', { channel: 'video' }),
    makeInteraction('i2', ['b'], '2026-10-10', { channel: 'email' }),
  ],
})
const rows = contactRows(network, TODAY)
const names = (list: readonly { contact: { name: string } }[]) => list.map((r) => r.contact.name)

describe('contact rows', () => {
  it('derive band, suggestion and conversion per contact', () => {
    expect(rows.map((r) => [r.contact.name, r.status.band, r.converted])).toEqual([
      ['Ana', 'fresh', true],
      ['Ben', 'overdue', null],
      ['Cy', 'dormant', null],
    ])
    expect(rows[0]?.suggested).toBeGreaterThanOrEqual(1)
  })

  it('suggest no strength for someone added lately with nothing logged, but do for an old tie gone quiet', () => {
    expect(rows.find((r) => r.contact.name === 'Cy')?.suggested).toBeNull()
    const old = makeNetwork({ contacts: [makeContact({ id: 'o', name: 'Old', tieStrength: 5, createdAt: '2025-01-10T09:00:00.000Z' })] })
    expect(contactRows(old, TODAY)[0]?.suggested).toBe(1)
  })

  it('sort by any column, most overdue first when descending, never contacted counting as most overdue', () => {
    expect(names(sortRows(rows, { key: 'overdue', descending: true }))).toEqual(['Cy', 'Ben', 'Ana'])
    expect(names(sortRows(rows, { key: 'lastContact', descending: true }))).toEqual(['Ana', 'Ben', 'Cy'])
    expect(names(sortRows(rows, { key: 'strength', descending: false }))).toEqual(['Ben', 'Cy', 'Ana'])
    expect(names(sortRows(rows, { key: 'categories', descending: false }))).toEqual(['Ben', 'Cy', 'Ana'])
  })

  it('keep someone just added out of the most overdue, and find them under New', () => {
    const withNew = contactRows(
      makeNetwork({ ...network, contacts: [...network.contacts, makeContact({ id: 'd', name: 'Dee', createdAt: '2026-11-25T09:00:00.000Z' })] }),
      TODAY,
    )
    expect(withNew.find((r) => r.contact.name === 'Dee')).toMatchObject({ status: { band: 'new', dueOn: '2026-12-25' }, overdueRatio: 0 })
    expect(names(sortRows(withNew, { key: 'overdue', descending: true }))).toEqual(['Cy', 'Ben', 'Ana', 'Dee'])
    expect(names(filterRows(withNew, { ...ALL_ROWS, band: 'new' }))).toEqual(['Dee'])
  })

  it('filter by text, category, band, tag and the laid-off list', () => {
    expect(names(filterRows(rows, { ...ALL_ROWS, text: 'an' }))).toEqual(['Ana'])
    expect(names(filterRows(rows, { ...ALL_ROWS, band: 'dormant' }))).toEqual(['Cy'])
    expect(names(filterRows(rows, { ...ALL_ROWS, tag: 'data' }))).toEqual(['Ana'])
    expect(names(filterRows(rows, { ...ALL_ROWS, laidOffOnly: true }))).toEqual(['Ben'])
    expect(names(filterRows(rows, { ...ALL_ROWS, category: 'leader' }))).toEqual(['Cy'])
  })

  it('find every word in any of name, organization, role, industry and tags, whatever the case', () => {
    const people = contactRows(
      makeNetwork({
        contacts: [
          makeContact({ id: 'p', name: 'Priya Nair', organization: 'Northwind', role: 'Data Engineer', industry: 'Logistics', tags: ['Mentor'] }),
          makeContact({ id: 'q', name: 'Quinn Ode', organization: 'Southwind', role: 'Designer', industry: 'Retail', tags: [] }),
        ],
      }),
      TODAY,
    )
    expect(people[0]?.searchKey).toBe('priya nair northwind data engineer logistics mentor')
    expect(names(filterRows(people, { ...ALL_ROWS, text: 'WIND  mentor' }))).toEqual(['Priya Nair'])
    expect(names(filterRows(people, { ...ALL_ROWS, text: 'wind' }))).toEqual(['Priya Nair', 'Quinn Ode'])
    expect(names(filterRows(people, { ...ALL_ROWS, text: 'retail engineer' }))).toEqual([])
  })

  it('keep the order they are given, so a list sorted once stays sorted while the filter changes', () => {
    const byNameDown = sortRows(rows, { key: 'name', descending: true })
    expect(names(filterRows(byNameDown, { ...ALL_ROWS, text: 'n' }))).toEqual(['Ben', 'Ana'])
    expect(filterRows(byNameDown, ALL_ROWS)).toBe(byNameDown)
  })

  it('sort names the way people read them: case and accents do not put anyone at the end', () => {
    const people = contactRows(
      makeNetwork({ contacts: ['zoë', 'Émile', 'adam', 'Eve'].map((name, i) => makeContact({ id: `n${i}`, name })) }),
      TODAY,
    )
    expect(names(sortRows(people, { key: 'name', descending: false }))).toEqual(['adam', 'Émile', 'Eve', 'zoë'])
  })
})
