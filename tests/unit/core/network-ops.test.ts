import { describe, expect, it } from 'vitest'
import * as ops from '../../../src/core/network-ops'
import { ContactDraft, EMPTY_ME, InteractionDraft, InteractionPatch, type ContactId, type InteractionId, type TieId } from '../../../src/core/schema'
import { cid, deepFreeze, fixedContext, makeContact, makeInteraction, makeNetwork, makeTie, LONG_AGO, NOW, TODAY } from '../helpers/builders'

const three = () =>
  deepFreeze(
    makeNetwork({
      contacts: [makeContact({ id: 'a', name: 'Ana' }), makeContact({ id: 'b', name: 'Ben' }), makeContact({ id: 'c', name: 'Cy', introducedBy: cid('a') })],
      ties: [makeTie('t1', 'a', 'b'), makeTie('t2', 'b', 'c')],
      interactions: [
        makeInteraction('i1', ['a'], '2026-01-01'),
        makeInteraction('i2', ['a', 'b'], '2026-02-01'),
        makeInteraction('i3', ['c'], '2026-03-01'),
      ],
    }),
  )

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(`expected success, got: ${result.error.message}`)
  return result.value
}

describe('contacts', () => {
  it('creates a contact with an id and timestamps, leaving the old network untouched', () => {
    const before = three()
    const change = value(ops.createContact(before, ContactDraft.parse({ name: 'Dee', categories: ['leader'] }), fixedContext()))
    expect(change.value).toMatchObject({ id: 'id-1', name: 'Dee', createdAt: NOW, updatedAt: NOW })
    expect(change.file.contacts).toHaveLength(4)
    expect(before.contacts).toHaveLength(3)
  })

  it('records that the introducer knows the new contact, once', () => {
    const created = value(ops.createContact(three(), ContactDraft.parse({ name: 'Dee', categories: ['leader'], introducedBy: 'b' }), fixedContext()))
    expect(created.file.ties.at(-1)).toEqual({ id: 'id-2', a: 'b', b: 'id-1', kind: 'introduced' })
    // Cy is already tied to Ben (t2): choosing Ben as introducer adds no second tie.
    expect(value(ops.updateContact(three(), cid('c'), { introducedBy: cid('b') }, fixedContext())).file.ties).toHaveLength(2)
  })

  it('refuses an introducer who does not exist', () => {
    const result = ops.createContact(three(), ContactDraft.parse({ name: 'Dee', categories: ['leader'], introducedBy: 'ghost' }), fixedContext())
    expect(result).toMatchObject({ ok: false, error: { code: 'DANGLING_REFERENCE' } })
  })

  it('logs the day the user last spoke with a new contact in the same change, and never on a day to come', () => {
    const draft = ContactDraft.parse({ name: 'Dee', categories: ['leader'], lastSpokeOn: '2026-11-20' })
    const change = value(ops.createContact(three(), draft, fixedContext()))
    expect(change.value).not.toHaveProperty('lastSpokeOn')
    expect(change.file.interactions.at(-1)).toEqual({
      id: 'id-2',
      contactIds: ['id-1'],
      date: '2026-11-20',
      channel: 'other',
      direction: 'none',
      summary: 'Last spoke (noted when added)',
      eventId: null,
    })
    const untold = value(ops.createContact(three(), ContactDraft.parse({ name: 'Dee', categories: ['leader'] }), fixedContext()))
    expect(untold.file.interactions).toEqual(three().interactions)
    const tomorrow = ops.createContact(three(), ContactDraft.parse({ name: 'Dee', categories: ['leader'], lastSpokeOn: '2026-11-27' }), fixedContext())
    expect(tomorrow).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'The day you last spoke is in the future. Choose today or an earlier day.', issues: [{ path: 'lastSpokeOn' }] },
    })
  })

  it('updates only the fields in the patch and stamps updatedAt', () => {
    const later = '2026-11-27T08:00:00.000Z'
    const change = value(ops.updateContact(three(), cid('b'), { role: 'CFO' }, fixedContext({ now: later })))
    expect(change.value).toMatchObject({ name: 'Ben', role: 'CFO', updatedAt: later, createdAt: LONG_AGO })
  })

  it('refuses to update a missing contact or make someone their own introducer', () => {
    expect(ops.updateContact(three(), cid('zz'), { role: 'x' }, fixedContext())).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(ops.updateContact(three(), cid('a'), { introducedBy: cid('a') }, fixedContext())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
  })

  it('deletes a contact with its ties and its share of interactions in one change', () => {
    const change = value(ops.deleteContact(three(), cid('a')))
    expect(change.value).toEqual({ id: 'a', removedContacts: 1, removedTies: 1, removedInteractions: 1, updatedInteractions: 1, removedPlanItems: 0 })
    expect(change.file.contacts.map((c) => c.id)).toEqual(['b', 'c'])
    expect(change.file.ties.map((t) => t.id)).toEqual(['t2'])
    expect(change.file.interactions.map((i) => [i.id, i.contactIds])).toEqual([
      ['i2', ['b']],
      ['i3', ['c']],
    ])
    // Cy was introduced by Ana; the reference goes with her.
    expect(change.file.contacts.find((c) => c.id === 'c')?.introducedBy).toBeNull()
  })
})

describe('ties', () => {
  it('links two existing contacts', () => {
    const change = value(ops.createTie(three(), { a: cid('a'), b: cid('c'), kind: 'works-with' }, fixedContext()))
    expect(change.value).toEqual({ id: 'id-1', a: 'a', b: 'c', kind: 'works-with' })
  })

  it('refuses a dangling, duplicate (either direction) or self tie', () => {
    expect(ops.createTie(three(), { a: cid('a'), b: cid('ghost'), kind: 'knows' }, fixedContext())).toMatchObject({
      ok: false,
      error: { code: 'DANGLING_REFERENCE' },
    })
    expect(ops.createTie(three(), { a: cid('b'), b: cid('a'), kind: 'knows' }, fixedContext())).toMatchObject({
      ok: false,
      error: { code: 'DUPLICATE', message: 'Ben and Ana are already linked.' },
    })
    expect(ops.createTie(three(), { a: cid('a'), b: cid('a'), kind: 'knows' }, fixedContext())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    })
  })

  it('deletes a tie by id and says when it is already gone', () => {
    expect(value(ops.deleteTie(three(), 't1' as TieId)).file.ties.map((t) => t.id)).toEqual(['t2'])
    expect(ops.deleteTie(three(), 'nope' as TieId)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('interactions', () => {
  it('logs an interaction with several contacts', () => {
    const draft = InteractionDraft.parse({ contactIds: ['a', 'c'], date: TODAY, channel: 'lunch' })
    const change = value(ops.createInteraction(three(), draft, fixedContext()))
    expect(change.value).toEqual({ id: 'id-1', contactIds: ['a', 'c'], date: TODAY, channel: 'lunch', direction: 'none', summary: '', eventId: null })
  })

  it('refuses missing contacts and future dates', () => {
    const ghost = InteractionDraft.parse({ contactIds: ['a', 'ghost'], date: TODAY, channel: 'lunch' })
    expect(ops.createInteraction(three(), ghost, fixedContext())).toMatchObject({ ok: false, error: { code: 'DANGLING_REFERENCE' } })
    const tomorrow = InteractionDraft.parse({ contactIds: ['a'], date: '2026-11-27', channel: 'lunch' })
    expect(ops.createInteraction(three(), tomorrow, fixedContext())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '2026-11-27 is in the future. Log interactions once they have happened.' },
    })
  })

  it('refuses a follow-up due before the interaction it follows, and takes one due that day', () => {
    const early = InteractionDraft.parse({ contactIds: ['a'], date: '2026-11-20', channel: 'coffee', followUp: { title: 'Send a thank-you', dueOn: '2026-11-19' } })
    expect(ops.createInteraction(three(), early, fixedContext())).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'followUp.dueOn', message: 'Choose the day of the interaction or later.' }] },
    })
    const sameDay = InteractionDraft.parse({ ...early, followUp: { title: 'Send a thank-you', dueOn: '2026-11-20' } })
    expect(value(ops.createInteraction(three(), sameDay, fixedContext())).file.followUps).toHaveLength(1)
  })

  it('corrects an interaction’s people, day and channel, and nothing else', () => {
    const patch = InteractionPatch.parse({ contactIds: ['b', 'c'], date: '2026-02-03', channel: 'video', summary: 'Demo of the bed board' })
    const change = value(ops.updateInteraction(three(), 'i2' as InteractionId, patch, fixedContext()))
    expect(change.value).toEqual({ id: 'i2', contactIds: ['b', 'c'], date: '2026-02-03', channel: 'video', direction: 'mutual', summary: 'Demo of the bed board', eventId: null })
    expect(change.file.interactions.map((i) => i.id)).toEqual(['i1', 'i2', 'i3'])
  })

  it('refuses a correction to a missing contact, a future day, a missing event or a missing interaction', () => {
    const edit = (patch: object, id = 'i2') => ops.updateInteraction(three(), id as InteractionId, InteractionPatch.parse(patch), fixedContext())
    expect(edit({ contactIds: ['ghost'] })).toMatchObject({ ok: false, error: { code: 'DANGLING_REFERENCE' } })
    expect(edit({ date: '2026-12-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'date' }] } })
    expect(edit({ eventId: 'e-ghost' })).toMatchObject({ ok: false, error: { message: 'The chosen event no longer exists.' } })
    expect(edit({ summary: 'x' }, 'i9')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('deletes an interaction by id', () => {
    expect(value(ops.deleteInteraction(three(), 'i2' as InteractionId)).file.interactions).toHaveLength(2)
    expect(ops.deleteInteraction(three(), 'i9' as InteractionId)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('layout pins', () => {
  it('pins moved contacts per layout, replaces a later move, and unpins on reset', () => {
    const first = value(ops.pinPositions(three(), 'orbit', [{ id: cid('a'), x: 10, y: 20 }])).file
    const second = value(ops.pinPositions(first, 'orbit', [{ id: cid('a'), x: 11, y: 21 }, { id: cid('b'), x: -5, y: 0 }]))
    expect(second.value).toEqual({ pinned: 2 })
    expect(second.file.layoutPins.orbit).toEqual({ a: { x: 11, y: 21 }, b: { x: -5, y: 0 } })
    expect(second.file.layoutPins['by-category']).toEqual({})
    expect(value(ops.resetLayout(second.file, 'orbit')).file.layoutPins.orbit).toEqual({})
  })

  it('refuses pins for missing contacts and drops a deleted contact’s pins', () => {
    expect(ops.pinPositions(three(), 'orbit', [{ id: cid('ghost'), x: 0, y: 0 }])).toMatchObject({ ok: false, error: { code: 'DANGLING_REFERENCE' } })
    const pinned = value(ops.pinPositions(three(), 'by-category', [{ id: cid('a'), x: 1, y: 1 }, { id: cid('b'), x: 2, y: 2 }])).file
    expect(value(ops.deleteContact(pinned, cid('a'))).file.layoutPins['by-category']).toEqual({ b: { x: 2, y: 2 } })
  })

  it('keeps the pin of a contact whose id is an inherited name as its own entry', () => {
    // Ids come from the file the user owns, so a hand-edited one can be anything.
    const file = makeNetwork({ contacts: [makeContact({ id: '__proto__' }), makeContact({ id: 'constructor' })] })
    const pinned = value(ops.pinPositions(file, 'orbit', [{ id: cid('__proto__'), x: 1, y: 2 }, { id: cid('constructor'), x: 3, y: 4 }]))
    expect(pinned.value).toEqual({ pinned: 2 })
    const orbit = pinned.file.layoutPins.orbit
    expect(Object.getPrototypeOf(orbit)).toBe(Object.prototype)
    expect(Object.entries(orbit)).toEqual([['__proto__', { x: 1, y: 2 }], ['constructor', { x: 3, y: 4 }]])
  })
})

describe('me, settings and the sample', () => {
  it('patches me and settings without losing other fields', () => {
    expect(value(ops.updateMe(three(), { name: 'Robin' })).value).toMatchObject({ name: 'Robin', industry: '' })
    const settings = value(ops.updateSettings(three(), { cadenceDaysByCategory: { social: 45 } })).value
    expect(settings.cadenceDaysByCategory).toMatchObject({ social: 45, department: 30 })
    expect(settings.monthlyTarget).toBe(3)
  })

  it('loads the sample only into an empty network, keeping the user’s settings and filled-in profile', () => {
    const sample = { ...three(), me: { ...EMPTY_ME, name: 'Sample Person' } }
    const mine = makeNetwork()
    const custom = { ...mine, settings: { ...mine.settings, monthlyTarget: 2 } }
    const loaded = value(ops.loadSample(custom, sample)).file
    expect(loaded).toMatchObject({ sampleLoaded: true, me: { name: 'Sample Person' }, settings: { monthlyTarget: 2 } })
    expect(loaded.contacts).toHaveLength(3)
    const named = { ...custom, me: { ...EMPTY_ME, name: 'Robin' } }
    expect(value(ops.loadSample(named, sample)).file.me.name).toBe('Robin')
    expect(ops.loadSample(three(), sample)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Your network already has 3 contacts; the sample only opens in an empty network.' },
    })
  })

  it('clears the sample (and what was added to it) but never the user’s own network', () => {
    const sampleMe = { ...EMPTY_ME, name: 'Sample Person' }
    const loaded = { ...three(), me: sampleMe, sampleLoaded: true }
    const cleared = value(ops.clearSample(loaded, sampleMe)).file
    expect(cleared).toMatchObject({ contacts: [], ties: [], interactions: [], sampleLoaded: false, me: { name: '' } })
    expect(ops.clearSample(three(), sampleMe)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('never produces a dangling reference', () => {
    const id = 'a' as ContactId
    const after = value(ops.deleteContact(three(), id)).file
    const ids = new Set(after.contacts.map((c) => c.id))
    expect(after.ties.every((t) => ids.has(t.a) && ids.has(t.b))).toBe(true)
    expect(after.interactions.every((i) => i.contactIds.every((c) => ids.has(c)))).toBe(true)
  })
})
