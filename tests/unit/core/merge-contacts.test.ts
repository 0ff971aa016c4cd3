import { describe, expect, it } from 'vitest'
import type { Event, FollowUp } from '../../../src/core/event-schema'
import { mergeContacts, mergeLabel, suggestKeep } from '../../../src/core/merge-contacts'
import { NetworkFile } from '../../../src/core/network-file'
import type { ContactSource } from '../../../src/core/schema'
import { cid, deepFreeze, fixedContext, makeContact, makeInteraction, makeNetwork, makeTie, NOW } from '../helpers/builders'

const later = '2026-11-27T09:00:00.000Z'
const source = (kind: ContactSource['kind'], key: string, importedOn: string): ContactSource =>
  ({ kind, key, importedOn, fields: { name: key } }) as ContactSource

/** Ana typed by hand (keep), Ana imported from LinkedIn (merge), and the people and records around them. */
function twoAnas(): NetworkFile {
  const network = makeNetwork({
    contacts: [
      makeContact({ id: 'keep', name: 'Ana Lima-Souza', organization: 'Acme', email: 'ana@acme.com', categories: ['department'], tags: ['mentor'], tieStrength: 2, notes: 'Met at the offsite.' }),
      makeContact({
        id: 'merge',
        name: 'Ana Lima',
        organization: 'Acme Corp',
        role: 'Head of Data',
        email: 'ANA@acme.com',
        phone: '+55 11 5555 0100',
        linkedinUrl: 'https://www.linkedin.com/in/analima',
        categories: ['social', 'department'],
        tags: ['Mentor', 'data'],
        tieStrength: 4,
        cadenceDays: 60,
        onLaidOffList: true,
        notes: 'Imported from LinkedIn.',
        sources: [source('linkedin-csv', 'https://www.linkedin.com/in/analima', '2026-11-20')],
        connectedOn: '2021-03-12',
        createdAt: '2023-05-01T10:00:00.000Z',
      }),
      makeContact({ id: 'ben', name: 'Ben', introducedBy: cid('merge') }),
      makeContact({ id: 'cleo', name: 'Cleo' }),
      makeContact({ id: 'dev', name: 'Dev' }),
    ],
    ties: [makeTie('t-between', 'keep', 'merge'), makeTie('t-ben', 'merge', 'ben'), makeTie('t-cleo-kept', 'keep', 'cleo'), makeTie('t-cleo', 'cleo', 'merge')],
    interactions: [
      makeInteraction('i-merge', ['merge'], '2026-01-01'),
      makeInteraction('i-both', ['keep', 'merge', 'dev'], '2026-02-01'),
      makeInteraction('i-keep', ['keep'], '2026-03-01'),
    ],
  })
  const events = [
    { id: 'e1', name: 'Data Summit', kind: 'conference', role: 'attendee', startOn: '2026-04-01', endOn: null, contactIds: ['merge', 'dev'], notes: '' },
    { id: 'e2', name: 'Board', kind: 'committee', role: 'attendee', startOn: '2026-04-01', endOn: null, contactIds: ['keep', 'merge'], notes: '' },
  ] as Event[]
  const followUps = [
    { id: 'f1', title: 'Send the deck', contactIds: ['merge'], interactionId: 'i-merge', dueOn: '2026-12-01', doneOn: null },
    { id: 'f2', title: 'Thank them', contactIds: ['keep', 'merge'], interactionId: null, dueOn: '2026-12-01', doneOn: null },
  ] as FollowUp[]
  const layoutPins = { orbit: { merge: { x: 1, y: 2 }, keep: { x: 3, y: 4 } }, 'by-organization': { merge: { x: 5, y: 6 } }, 'by-category': {} }
  const gapDecisions = { 'quiet:merge': { decidedOn: '2026-11-01', until: null } }
  return NetworkFile.parse({ ...network, events, followUps, layoutPins, gapDecisions })
}

function merged(file = twoAnas(), keepId = 'keep', mergeId = 'merge') {
  const result = mergeContacts(deepFreeze(file), cid(keepId), cid(mergeId), fixedContext({ now: later }))
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('merging two contacts', () => {
  it('moves every interaction, event and follow-up to the kept contact, naming them once', () => {
    const { file, value } = merged()
    const ids = (list: readonly { id: string; contactIds: readonly string[] }[]) => Object.fromEntries(list.map((r) => [r.id, r.contactIds]))
    expect(ids(file.interactions)).toEqual({ 'i-merge': ['keep'], 'i-both': ['keep', 'dev'], 'i-keep': ['keep'] })
    expect(ids(file.events)).toEqual({ e1: ['keep', 'dev'], e2: ['keep'] })
    expect(ids(file.followUps)).toEqual({ f1: ['keep'], f2: ['keep'] })
    expect(file.followUps[0]?.interactionId).toBe('i-merge')
    expect(value.moved).toEqual({ interactions: 2, ties: 1, events: 2, followUps: 2, introductions: 1, planItems: 0 })
  })

  it('moves ties, dropping the one between the two and a second tie to someone the kept one knows', () => {
    const { file, value } = merged()
    expect(file.ties.map((t) => [t.id, t.a, t.b])).toEqual([
      ['t-ben', 'keep', 'ben'],
      ['t-cleo-kept', 'keep', 'cleo'],
    ])
    expect(value.droppedTies).toEqual({ between: 1, repeated: 1 })
  })

  it('points introductions by the merged contact at the kept one, never at themselves', () => {
    const base = twoAnas()
    const withIntros = NetworkFile.parse({
      ...base,
      contacts: base.contacts.map((c) => (c.id === 'keep' ? { ...c, introducedBy: 'merge' } : c.id === 'merge' ? { ...c, introducedBy: 'cleo' } : c)),
    })
    const { file } = merged(withIntros)
    const introducer = Object.fromEntries(file.contacts.map((c) => [c.id, c.introducedBy]))
    expect(introducer).toEqual({ keep: 'cleo', ben: 'keep', cleo: null, dev: null })

    const circular = NetworkFile.parse({ ...base, contacts: base.contacts.map((c) => (c.id === 'merge' ? { ...c, introducedBy: 'keep' } : c)) })
    expect(merged(circular).file.contacts.find((c) => c.id === 'keep')?.introducedBy).toBeNull()
  })

  it('fills empty fields from the other, unites lists, and takes the stronger tie and the earlier dates', () => {
    const { value } = merged()
    expect(value.contact).toMatchObject({
      id: 'keep',
      name: 'Ana Lima-Souza',
      organization: 'Acme',
      email: 'ana@acme.com',
      role: 'Head of Data',
      phone: '+55 11 5555 0100',
      linkedinUrl: 'https://www.linkedin.com/in/analima',
      categories: ['department', 'social'],
      tags: ['mentor', 'data'],
      tieStrength: 4,
      cadenceDays: 60,
      onLaidOffList: true,
      connectedOn: '2021-03-12',
      createdAt: '2023-05-01T10:00:00.000Z',
      updatedAt: later,
      sources: [source('linkedin-csv', 'https://www.linkedin.com/in/analima', '2026-11-20')],
    })
    expect(value.filled).toEqual(['role', 'phone', 'linkedinUrl', 'cadenceDays', 'connectedOn'])
  })

  it('keeps both notes and writes a differing value of the other into them, so nothing is lost', () => {
    const { value } = merged()
    // The e-mails differ only in case: the same address, so it is not repeated.
    expect(value.keptInNotes).toEqual(['organization'])
    expect(value.contact.notes).toBe('Met at the offsite.\n\nFrom the merged record of Ana Lima:\nOrganization: Acme Corp\nImported from LinkedIn.')
  })

  it('joins the notes plainly when nothing else differs, and does not repeat notes the kept one already holds', () => {
    const base = makeNetwork({
      contacts: [makeContact({ id: 'a', name: 'Ana', notes: 'First.' }), makeContact({ id: 'b', name: 'Ana', notes: 'Second.' }), makeContact({ id: 'c', name: 'Ana', notes: 'First.' })],
    })
    expect(merged(base, 'a', 'b').value.contact.notes).toBe('First.\n\nSecond.')
    expect(merged(base, 'a', 'c').value.contact.notes).toBe('First.')
    expect(merged(base, 'c', 'b').value.contact.notes).toBe('First.\n\nSecond.')
    const empty = makeNetwork({ contacts: [makeContact({ id: 'a', name: 'Ana' }), makeContact({ id: 'b', name: 'Ana', notes: 'Theirs.' })] })
    expect(merged(empty, 'a', 'b').value).toMatchObject({ contact: { notes: 'Theirs.' }, filled: ['notes'] })
  })

  it('keeps one source per file, the later import of it', () => {
    const base = makeNetwork({
      contacts: [
        makeContact({ id: 'a', sources: [source('vcard', 'ana@x.com', '2026-01-01'), source('linkedin-csv', 'u', '2026-01-01')] }),
        makeContact({ id: 'b', sources: [source('linkedin-csv', 'u', '2026-06-01'), source('google-csv', 'ana@x.com', '2026-02-01')] }),
      ],
    })
    expect(merged(base, 'a', 'b').value.contact.sources.map((s) => `${s.kind} ${s.importedOn}`)).toEqual(['vcard 2026-01-01', 'linkedin-csv 2026-06-01', 'google-csv 2026-02-01'])
  })

  it('drops the merged contact and its pins, leaves gap decisions alone, and the file still validates', () => {
    const { file } = merged()
    expect(file.contacts.map((c) => c.id)).toEqual(['keep', 'ben', 'cleo', 'dev'])
    expect(file.layoutPins).toEqual({ orbit: { keep: { x: 3, y: 4 } }, 'by-organization': {}, 'by-category': {} })
    expect(file.gapDecisions).toEqual(twoAnas().gapDecisions)
    expect(NetworkFile.safeParse(file).success).toBe(true)
  })

  it('changes no other contact', () => {
    const before = twoAnas()
    const { file } = merged(before)
    expect(file.contacts.find((c) => c.id === 'cleo')).toBe(before.contacts.find((c) => c.id === 'cleo'))
    expect(file.contacts.find((c) => c.id === 'ben')?.updatedAt).toBe(NOW)
  })

  it('refuses to merge a contact into themselves, or a contact that is gone, changing nothing', () => {
    const file = twoAnas()
    const ctx = fixedContext()
    expect(mergeContacts(file, cid('keep'), cid('keep'), ctx)).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'Choose two different contacts to merge.' } })
    expect(mergeContacts(file, cid('keep'), cid('ghost'), ctx)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The contact to merge no longer exists; it may have been deleted or merged already. Nothing was changed.' },
    })
    expect(mergeContacts(file, cid('ghost'), cid('keep'), ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/^The contact to keep no longer exists/) } })
    expect(mergeContacts(file, cid('x'), cid('y'), ctx)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Neither contact exists/) } })
  })

  it('refuses when the notes together would be longer than a contact can hold', () => {
    const base = makeNetwork({ contacts: [makeContact({ id: 'a', name: 'Ana', notes: 'a'.repeat(3000) }), makeContact({ id: 'b', name: 'Ana', notes: 'b'.repeat(3000) })] })
    expect(mergeContacts(base, cid('a'), cid('b'), fixedContext())).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('5,000 characters') } })
  })
})

describe('the undo label of a merge', () => {
  it('names both, or says so when they share a name', () => {
    expect(mergeLabel('Ana Lima-Souza', 'Ana Lima')).toBe('merging Ana Lima into Ana Lima-Souza')
    expect(mergeLabel('Ana Lima', 'Ana Lima')).toBe('merging two records of Ana Lima')
  })
})

describe('which record to keep by default', () => {
  it('keeps the one holding more, and of two that hold as much, the older', () => {
    const file = twoAnas()
    const [keep, merge] = file.contacts
    if (!keep || !merge) throw new Error('no contacts')
    expect(suggestKeep(file, keep, merge).keep.id).toBe('merge')
    const a = makeContact({ id: 'a', createdAt: '2025-01-01T00:00:00.000Z' })
    const b = makeContact({ id: 'b', createdAt: '2024-01-01T00:00:00.000Z' })
    const plain = makeNetwork({ contacts: [a, b] })
    expect(suggestKeep(plain, a, b)).toEqual({ keep: b, merge: a })
  })
})
