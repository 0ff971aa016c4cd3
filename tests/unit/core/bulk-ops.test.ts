import { describe, expect, it } from 'vitest'
import { bulkDeleteContacts, bulkUpdateContacts } from '../../../src/core/bulk-ops'
import { fixedContext, makeContact, makeInteraction, makeNetwork, makeTie, NOW } from '../helpers/builders'

const three = () =>
  makeNetwork({
    contacts: [
      makeContact({ id: 'a', categories: ['social'], tags: ['x'] }),
      makeContact({ id: 'b', categories: ['author'] }),
      makeContact({ id: 'c', categories: ['leader'] }),
    ],
    ties: [makeTie('t1', 'a', 'c'), makeTie('t2', 'b', 'c')],
    interactions: [makeInteraction('i1', ['a'], '2026-01-01'), makeInteraction('i2', ['a', 'c'], '2026-02-01')],
  })
const later = '2026-11-27T09:00:00.000Z'

describe('bulk edit', () => {
  it('sets fields and adds categories and tags on every chosen contact, and only those', () => {
    const result = bulkUpdateContacts(three(), ['a', 'b'], { set: { tieStrength: 4, onLaidOffList: true }, addCategories: ['existing'], addTags: ['x', 'mentor'] }, fixedContext({ now: later }))
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.value).toEqual({ updated: 2 })
    const [a, b, c] = result.value.file.contacts
    expect(a).toMatchObject({ tieStrength: 4, onLaidOffList: true, categories: ['social', 'existing'], tags: ['x', 'mentor'], updatedAt: later })
    expect(b).toMatchObject({ tieStrength: 4, categories: ['author', 'existing'], tags: ['x', 'mentor'] })
    expect(c).toMatchObject({ tieStrength: 2, onLaidOffList: false, categories: ['leader'], updatedAt: NOW })
  })

  it('refuses the whole edit when a chosen contact is gone', () => {
    expect(bulkUpdateContacts(three(), ['a', 'ghost'], { set: { tieStrength: 5 } }, fixedContext())).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '1 of the selected contacts no longer exists. Nothing was changed.' },
    })
  })
})

describe('bulk delete', () => {
  it('removes the contacts with their ties and their share of interactions, and counts it all', () => {
    const result = bulkDeleteContacts(three(), ['a', 'b'])
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.value).toEqual({ removedContacts: 2, removedTies: 2, removedInteractions: 1, updatedInteractions: 1, removedPlanItems: 0 })
    expect(result.value.file.contacts.map((c) => c.id)).toEqual(['c'])
    expect(result.value.file.interactions.map((i) => [i.id, i.contactIds])).toEqual([['i2', ['c']]])
  })
})
