import { describe, expect, it } from 'vitest'
import { mergeContacts } from '../../../src/core/merge-contacts'
import type { NetworkFile } from '../../../src/core/network-file'
import { mergeSummary } from '../../../src/renderer/contacts/merge-summary'
import { cid, fixedContext, makeContact, makeInteraction, makeNetwork, makeTie } from '../helpers/builders'

function summary(file: NetworkFile, keepId: string, mergeId: string): string[] {
  const result = mergeContacts(file, cid(keepId), cid(mergeId), fixedContext())
  if (!result.ok) throw new Error(result.error.message)
  const find = (id: string) => file.contacts.find((c) => c.id === id)!
  return mergeSummary(result.value.value, find(keepId), find(mergeId))
}

describe('what the merge dialog says it will do', () => {
  it('counts what moves, names what is filled in and what goes into the notes', () => {
    const file = makeNetwork({
      contacts: [
        makeContact({ id: 'keep', name: 'Ana Lima-Souza', organization: 'Acme', tieStrength: 2 }),
        makeContact({ id: 'merge', name: 'Ana Lima', organization: 'Acme Corp', phone: '+1 555 0100', linkedinUrl: 'https://linkedin.com/in/ana', notes: 'From LinkedIn.', tieStrength: 4, onLaidOffList: true }),
        makeContact({ id: 'ben', name: 'Ben' }),
        makeContact({ id: 'cleo', name: 'Cleo' }),
      ],
      ties: [makeTie('t1', 'keep', 'merge'), makeTie('t2', 'merge', 'ben'), makeTie('t3', 'merge', 'cleo'), makeTie('t4', 'keep', 'cleo')],
      interactions: [makeInteraction('i1', ['merge'], '2026-01-01'), makeInteraction('i2', ['merge', 'ben'], '2026-02-01'), makeInteraction('i3', ['merge'], '2026-03-01')],
    })
    expect(summary(file, 'keep', 'merge')).toEqual([
      '3 interactions and 1 tie move to Ana Lima-Souza.',
      'Filled in from Ana Lima: phone, LinkedIn URL and notes.',
      'Ana Lima’s different organization goes into the notes.',
      'Tie strength becomes 4, the stronger of the two.',
      'Ana Lima-Souza goes on your laid-off list, as Ana Lima was.',
      'The tie between the two goes.',
      '1 tie to people Ana Lima-Souza is already tied to is not repeated.',
    ])
  })

  it('says when nothing else names the merged contact, and when one record moves', () => {
    const file = makeNetwork({
      contacts: [makeContact({ id: 'a', name: 'Ana', notes: 'Mine.' }), makeContact({ id: 'b', name: 'Ana', notes: 'Theirs.' }), makeContact({ id: 'c', name: 'Ana' })],
      interactions: [makeInteraction('i1', ['c'], '2026-01-01')],
    })
    expect(summary(file, 'a', 'b')).toEqual(['Nothing else names Ana: no interactions, ties, events or follow-ups to move.', 'Both sets of notes are kept.'])
    expect(summary(file, 'a', 'c')).toEqual(['1 interaction moves to Ana.'])
  })
})
