import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as bulk from '../../../src/core/bulk-ops'
import { mergeContacts } from '../../../src/core/merge-contacts'
import { applyDelta, deltaSize, diffNetwork, isEmptyDelta, NetworkDeltaSchema } from '../../../src/core/network-delta'
import type { NetworkFile } from '../../../src/core/network-file'
import * as ops from '../../../src/core/network-ops'
import { ContactDraft, type ContactId } from '../../../src/core/schema'
import { cid, fixedContext, makeContact, makeNetwork, changedFile, sampleFile } from '../helpers/builders'

const after = changedFile
const sample = sampleFile

describe('diffNetwork and applyDelta', () => {
  it('carries one edited contact and nothing else', () => {
    const before = sample()
    const target = before.contacts[3]!
    const next = after(ops.updateContact(before, target.id, { role: 'Chief of staff' }, fixedContext()))
    const delta = diffNetwork(before, next)
    expect(delta.contacts).toEqual({ removed: [], upsert: [next.contacts[3]] })
    expect(Object.keys(delta).sort()).toEqual(['contacts'])
    const applied = applyDelta(before, delta)
    expect(applied).toEqual(next)
    // Rows the delta does not name keep their identity, so memoized views stay put.
    expect(applied.contacts[0]).toBe(before.contacts[0])
    expect(applied.interactions).toBe(before.interactions)
  })

  it('carries a deletion as removed keys, with the ties and interactions it took along', () => {
    const before = sample()
    const gone = before.ties[0]!.a
    const next = after(ops.deleteContact(before, gone))
    const delta = diffNetwork(before, next)
    expect(delta.contacts && 'removed' in delta.contacts ? delta.contacts.removed : null).toEqual([gone])
    expect(applyDelta(before, delta)).toEqual(next)
  })

  it('round-trips creating, bulk edits, merging and settings', () => {
    const before = sample()
    const created = after(ops.createContact(before, ContactDraft.parse({ name: 'New Person', categories: ['leader'] }), fixedContext()))
    const ids = before.contacts.slice(0, 5).map((c) => c.id)
    const bulked = after(bulk.bulkUpdateContacts(created, ids, { addTags: ['board'] }, fixedContext()))
    const merged = mergeContacts(bulked, ids[0] as ContactId, ids[1] as ContactId, fixedContext())
    if (!merged.ok) throw new Error(merged.error.message)
    const settled = after(ops.updateSettings(merged.value.file, { cadenceDaysByCategory: { leader: 45 } }))
    for (const [a, b] of [
      [before, created],
      [created, bulked],
      [bulked, merged.value.file],
      [merged.value.file, settled],
      [settled, before],
    ] as const) {
      const delta = diffNetwork(a, b)
      expect(NetworkDeltaSchema.safeParse(delta).success).toBe(true)
      expect(applyDelta(a, delta)).toEqual(b)
    }
    expect(diffNetwork(created, bulked).settings).toBeUndefined()
    expect(deltaSize(diffNetwork(created, bulked))).toBe(5)
  })

  it('is empty for the same file and sends the whole collection when the order changed', () => {
    const before = sample()
    expect(isEmptyDelta(diffNetwork(before, before))).toBe(true)
    const reordered = { ...before, contacts: [...before.contacts].reverse() }
    expect(diffNetwork(before, reordered).contacts).toEqual({ all: reordered.contacts })
    expect(applyDelta(before, diffNetwork(before, reordered))).toEqual(reordered)
  })

  it('is idempotent, so a journal can be replayed over a file that already has some of it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ op: fc.constantFrom('add', 'edit', 'remove'), at: fc.nat(40), name: fc.string({ minLength: 1, maxLength: 8 }) }), {
          maxLength: 12,
        }),
        (steps) => {
          let file = makeNetwork({ contacts: Array.from({ length: 6 }, (_, i) => makeContact({ id: `c${i}`, name: `P${i}` })) })
          const files = [file]
          let n = 0
          for (const step of steps) {
            const contacts = file.contacts
            const pick = contacts[step.at % Math.max(contacts.length, 1)]
            if (step.op === 'add' || !pick) file = { ...file, contacts: [...contacts, makeContact({ id: `n${++n}`, name: step.name })] }
            else if (step.op === 'edit') file = { ...file, contacts: contacts.map((c) => (c === pick ? { ...c, name: step.name } : c)) }
            else file = { ...file, contacts: contacts.filter((c) => c !== pick) }
            files.push(file)
          }
          const deltas = files.slice(1).map((f, i) => diffNetwork(files[i] as NetworkFile, f))
          const replayed = deltas.reduce(applyDelta, files[0] as NetworkFile)
          expect(replayed).toEqual(file)
          // Replaying every entry again over the final file leaves it as it is.
          expect(deltas.reduce(applyDelta, file)).toEqual(file)
        },
      ),
    )
  })

  it('keeps the introducer reference of an untouched contact', () => {
    const before = makeNetwork({ contacts: [makeContact({ id: 'a' }), makeContact({ id: 'b', introducedBy: cid('a') })] })
    const next = { ...before, contacts: [before.contacts[0]!, { ...before.contacts[1]!, name: 'Bea' }] }
    expect(applyDelta(before, diffNetwork(before, next)).contacts[0]).toBe(before.contacts[0])
  })
})
