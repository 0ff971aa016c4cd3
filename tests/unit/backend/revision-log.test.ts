import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import * as bulk from '../../../src/core/bulk-ops'
import { applyDelta, diffNetwork, type NetworkDelta } from '../../../src/core/network-delta'
import type { NetworkFile } from '../../../src/core/network-file'
import * as ops from '../../../src/core/network-ops'
import { ContactDraft } from '../../../src/core/schema'
import { mergeDeltas, RevisionLog, type Catch } from '../../../electron/backend/revision-log'
import type { Backend } from '../../../electron/backend/open-backend'
import { call, openTestBackend } from '../helpers/backend'
import { deepFreeze, fixedContext, makeContact, makeNetwork, changedFile, sampleFile } from '../helpers/builders'
import { tempDir } from '../helpers/temp-dir'

const after = changedFile
const sample = sampleFile
const rename = (file: NetworkFile, index: number, role: string) => after(ops.updateContact(file, file.contacts[index]!.id, { role }, fixedContext()))
const caughtUp = (held: NetworkFile, answer: Catch): NetworkFile =>
  answer.kind === 'full' ? answer.network : answer.kind === 'delta' ? applyDelta(held, answer.delta) : held
const deltaOf = (answer: Catch): NetworkDelta => {
  if (answer.kind !== 'delta') throw new Error(`expected a delta, got ${answer.kind}`)
  return answer.delta
}

/** A log over `start` that is told about each file in turn, as the store tells it. */
function logThrough(start: NetworkFile, session = 'run-a', limits = { entries: 200, records: 20_000 }) {
  const log = new RevisionLog(start, session, limits)
  let current = start
  return {
    log,
    save(next: NetworkFile) {
      log.record(current, next)
      current = next
      return next
    },
  }
}

describe('the revision log', () => {
  it('merges several saves into one delta that brings an old copy to exactly the current network', () => {
    const start = sample()
    const { log, save } = logThrough(start)
    const at0 = log.revision
    const one = save(rename(start, 2, 'Head of data'))
    const at1 = log.revision
    const two = save(after(ops.createContact(one, ContactDraft.parse({ name: 'Lena Park', categories: ['social'] }), fixedContext({ newId: () => 'new-1' }))))
    const three = save(rename(two, 2, 'Chief data officer'))
    const gone = three.contacts[5]!.id
    const four = save(after(ops.deleteContact(three, gone)))

    const delta = deltaOf(log.since(at0, four))
    // The contact edited twice travels once, in its latest version, next to the new one; the deleted one goes with its ties.
    expect(delta.contacts).toEqual({ removed: [gone], upsert: [four.contacts[2], four.contacts.find((c) => c.id === 'new-1')] })
    expect(caughtUp(start, log.since(at0, four))).toEqual(four)
    expect(caughtUp(one, log.since(at1, four))).toEqual(four)
    expect(log.since(log.revision, four)).toEqual({ kind: 'none' })
    // Untouched rows keep their identity in the window's copy.
    expect(caughtUp(start, log.since(at0, four)).contacts[0]).toBe(start.contacts[0])
  })

  it('puts a contact deleted and added back where the file has it', () => {
    const start = sample()
    const { log, save } = logThrough(start)
    const at0 = log.revision
    const removed = start.contacts[1]!
    const without = save(after(ops.deleteContact(start, removed.id)))
    const back = save({ ...without, contacts: [...without.contacts, removed] })
    expect(caughtUp(start, log.since(at0, back)).contacts.map((c) => c.id)).toEqual(back.contacts.map((c) => c.id))
  })

  it('sends a collection whole once its order changed on the way (an undone delete)', () => {
    const start = sample()
    const edited = rename(start, 0, 'Mentor')
    const deleted = after(ops.deleteContact(edited, edited.contacts[3]!.id))
    const steps = [diffNetwork(start, edited), diffNetwork(edited, deleted), diffNetwork(deleted, edited)]
    const merged = mergeDeltas(steps, edited)
    expect(merged.contacts).toEqual({ all: edited.contacts })
    expect(applyDelta(start, merged)).toEqual(edited)
  })

  it('answers the whole network to a window without a copy, from another run, or with a revision it never gave', () => {
    const start = sample()
    const { log, save } = logThrough(start, 'run-a')
    save(rename(start, 1, 'Editor'))
    const now = save(rename(start, 2, 'Editor'))
    const full = { kind: 'full', network: now }
    expect(log.since(null, now)).toEqual(full)
    // A restarted backend numbers from 1 again: its revisions must not pass for this run's.
    expect(new RevisionLog(now, 'run-b').since('run-a:0', now)).toEqual({ kind: 'full', network: now })
    expect(log.since('run-b:1', now)).toEqual(full)
    expect(log.since('run-a:9', now)).toEqual(full)
    expect(log.since('run-a:one', now)).toEqual(full)
    expect(log.since('nonsense', now)).toEqual(full)
  })

  it('keeps a bounded number of saves and records; a window further behind gets the whole network', () => {
    const start = sample()
    const { log, save } = logThrough(start, 'run-a', { entries: 3, records: 20_000 })
    const at0 = log.revision
    let file = start
    const revisions: string[] = []
    for (let i = 0; i < 4; i++) {
      file = save(rename(file, i, `Role ${i}`))
      revisions.push(log.revision)
    }
    expect(log.since(at0, file)).toEqual({ kind: 'full', network: file })
    expect(caughtUp(start, log.since(at0, file))).toEqual(file)
    expect(log.since(revisions[0]!, file).kind).toBe('delta')

    // By records: one bulk edit of 30 contacts outweighs a limit of 20, so the log forgets everything before it.
    const small = logThrough(start, 'run-b', { entries: 200, records: 20 })
    const before = small.log.revision
    const ids = start.contacts.slice(0, 30).map((c) => c.id)
    const bulkEdited = small.save(after(bulk.bulkUpdateContacts(start, ids, { set: { tieStrength: 5 }, addCategories: [], addTags: [] }, fixedContext())))
    expect(small.log.since(before, bulkEdited).kind).toBe('full')
    const at = small.log.revision
    const later = small.save(rename(bulkEdited, 0, 'Advisor'))
    expect(small.log.since(at, later).kind).toBe('delta')
  })

  it('sends the whole network when the change outweighs half of it (an undone bulk edit)', () => {
    const people = Array.from({ length: 10 }, (_, i) => makeContact({ id: `c${i}`, name: `Person ${i}` }))
    const start = deepFreeze(makeNetwork({ contacts: people }))
    const { log, save } = logThrough(start)
    const at0 = log.revision
    const edited = save(after(bulk.bulkUpdateContacts(start, people.slice(0, 8).map((c) => c.id), { set: { tieStrength: 5 }, addCategories: [], addTags: [] }, fixedContext())))
    expect(log.since(at0, edited)).toEqual({ kind: 'full', network: edited })
    const at1 = log.revision
    const one = save(rename(edited, 0, 'Advisor'))
    expect(log.since(at1, one).kind).toBe('delta')
  })

  it('starts over when it missed a save, or when a backup replaced the network', () => {
    const start = sample()
    const { log, save } = logThrough(start)
    const at0 = log.revision
    const edited = save(rename(start, 0, 'Mentor'))
    const unheard = rename(edited, 1, 'Founder')
    expect(log.since(at0, unheard)).toEqual({ kind: 'full', network: unheard })
    const at = log.revision
    expect(log.since(at, unheard)).toEqual({ kind: 'none' })
    log.startOver(start)
    expect(log.since(at, start)).toEqual({ kind: 'full', network: start })
  })
})

type Since = { revision: string; history: { undo: string | null; redo: string | null }; change: Catch }

describe('network:since through the dispatcher', () => {
  const since = (backend: Backend, revision: string | null) => call<Since>(backend, 'network:since', { revision })

  it('answers the revision, undo labels and the change, for two windows at different revisions', async () => {
    const backend = await openTestBackend()
    await call(backend, 'sample:load')
    const first = await since(backend, null)
    expect(first).toMatchObject({ history: { undo: 'opening the sample', redo: null }, change: { kind: 'full' } })
    const windowA = first.change.kind === 'full' ? first.change.network : makeNetwork()
    const tom = windowA.contacts.find((c) => c.name === 'Tom Reyes')!

    await call(backend, 'contacts:update', { id: tom.id, patch: { role: 'Head of data' } })
    const a = await since(backend, first.revision)
    expect(a.revision).not.toBe(first.revision)
    expect(a.history).toEqual({ undo: 'editing Tom Reyes', redo: null })
    expect(deltaOf(a.change).contacts).toEqual({ removed: [], upsert: [expect.objectContaining({ id: tom.id, role: 'Head of data' })] })
    const windowAAfter = caughtUp(windowA, a.change)

    // Window B still holds the first revision; another change happens from window A.
    await call(backend, 'contacts:update', { id: tom.id, patch: { role: 'Chief data officer' } })
    const b = await since(backend, first.revision)
    const saved = await call<NetworkFile>(backend, 'network:get')
    expect(caughtUp(windowA, b.change)).toEqual(saved)
    expect(caughtUp(windowAAfter, (await since(backend, a.revision)).change)).toEqual(saved)
    expect(await since(backend, b.revision)).toEqual({ revision: b.revision, history: b.history, change: { kind: 'none' } })

    await call(backend, 'history:undo')
    const undone = await since(backend, b.revision)
    expect(undone.history).toEqual({ undo: 'editing Tom Reyes', redo: 'editing Tom Reyes' })
    expect(caughtUp(saved, undone.change).contacts.find((c) => c.id === tom.id)?.role).toBe('Head of data')
    await backend.close()
  })

  it('refuses while the store is unavailable, and after a restore only the whole network is sent', async () => {
    const saved = tempDir()
    const first = await openTestBackend(saved)
    await call(first, 'contacts:create', { name: 'Ana', categories: ['social'] })
    const old = await since(first, null)
    await first.close()
    const dir = tempDir()
    mkdirSync(path.join(dir, 'backups'))
    copyFileSync(path.join(saved, 'kith.json'), path.join(dir, 'backups', 'kith-2026-11-20.json'))
    writeFileSync(path.join(dir, 'kith.json'), '{ "half a file')

    const backend = await openTestBackend(dir)
    expect(await backend.dispatch('network:since', { revision: null })).toMatchObject({ ok: false, error: { code: 'STORE_UNAVAILABLE' } })
    await call(backend, 'store:restore', { name: 'kith-2026-11-20.json' })
    const restored = await since(backend, null)
    expect(restored.change).toMatchObject({ kind: 'full', network: { contacts: [{ name: 'Ana' }] } })
    // The same numbers from the previous run and this run's start both mean "read it all".
    expect((await since(backend, old.revision)).change.kind).toBe('full')
    expect((await since(backend, restored.revision.replace(/:\d+$/, ':0'))).change.kind).toBe('full')
    await backend.close()
  })

  it('explains a revision that is not text', async () => {
    const backend = await openTestBackend()
    expect(await backend.dispatch('network:since', { revision: 7 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('revision') } })
    expect(await backend.dispatch('network:since', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    await backend.close()
  })
})
