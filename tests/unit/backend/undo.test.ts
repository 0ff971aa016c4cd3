import { describe, expect, it } from 'vitest'
import { localIsoDate } from '../../../src/core/dates'
import { systemClock } from '../../../electron/backend/clock'
import { createDispatch } from '../../../electron/backend/dispatch'
import { DurableStore } from '../../../electron/backend/durable-store'
import { createHandlers } from '../../../electron/backend/handlers'
import type { Backend } from '../../../electron/backend/open-backend'
import { HISTORY_LIMIT } from '../../../electron/backend/undo-history'
import { fileBytes, onDisk } from '../helpers/backend'
import { counterIds } from '../helpers/builders'
import { flakyIo } from '../helpers/flaky-io'
import { openTestBackend } from '../helpers/backend'
import { tempDir } from '../helpers/temp-dir'

const open = openTestBackend
const names = async (backend: Backend) => {
  const network = await backend.dispatch('network:get', {})
  return network.ok ? (network.value as { contacts: { name: string }[] }).contacts.map((c) => c.name) : []
}
const today = localIsoDate(new Date())

/** The real handlers and dispatcher over a store whose disk can be made to fail (openBackend has no such seam). */
async function backendOnFlakyDisk(dir: string) {
  const { io, state } = flakyIo()
  const store = await DurableStore.open({ dataDir: dir, today: () => localIsoDate(new Date()), io })
  const handlers = createHandlers({ store, clock: systemClock, host: { revealFolder: async () => false }, newId: counterIds() })
  return { dispatch: createDispatch(handlers, { checkOutputs: true }), store, disk: state }
}
const savedNames = (dir: string) => onDisk(dir).contacts.map((c) => c.name)

describe('undo and redo', () => {
  it('take back and bring back each kind of change, saved to disk, by name', async () => {
    const dir = tempDir()
    const backend = await open(dir)
    expect(await backend.dispatch('history:status', {})).toEqual({ ok: true, value: { undo: null, redo: null } })
    await backend.dispatch('contacts:create', { name: 'Ana', categories: ['social'] })
    await backend.dispatch('contacts:create', { name: 'Ben', categories: ['author'] })
    await backend.dispatch('contacts:bulk-update', { ids: ['id-1', 'id-2'], set: { tieStrength: 5 } })
    await backend.dispatch('interactions:create', { contactIds: ['id-1'], date: today, channel: 'coffee' })
    await backend.dispatch('contacts:bulk-delete', { ids: ['id-1', 'id-2'] })
    expect(await names(backend)).toEqual([])
    expect(await backend.dispatch('history:status', {})).toEqual({ ok: true, value: { undo: 'deleting 2 contacts', redo: null } })

    expect(await backend.dispatch('history:undo', {})).toEqual({ ok: true, value: { undo: 'logging an interaction', redo: 'deleting 2 contacts' } })
    expect(await names(backend)).toEqual(['Ana', 'Ben'])
    await backend.dispatch('history:undo', {})
    await backend.dispatch('history:undo', {})
    const network = await backend.dispatch('network:get', {})
    expect(network.ok && (network.value as { contacts: { tieStrength: number }[] }).contacts.map((c) => c.tieStrength)).toEqual([2, 2])

    expect(await backend.dispatch('history:redo', {})).toMatchObject({ ok: true, value: { undo: 'editing 2 contacts' } })
    await backend.close()
    // Every step was saved: a restart shows the state after the redo.
    const reopened = await open(dir)
    const after = await reopened.dispatch('network:get', {})
    expect(after.ok && (after.value as { contacts: { tieStrength: number }[] }).contacts.map((c) => c.tieStrength)).toEqual([5, 5])
    await reopened.close()
  })

  it('takes back a new contact and the day they last spoke as one step', async () => {
    const backend = await open()
    const added = await backend.dispatch('contacts:create', { name: 'Ana', categories: ['social'], lastSpokeOn: today })
    expect(added).toMatchObject({ ok: true, value: { name: 'Ana' } })
    const network = async () => {
      const got = await backend.dispatch('network:get', {})
      if (!got.ok) throw new Error(got.error.message)
      return got.value as { contacts: unknown[]; interactions: { date: string; contactIds: string[] }[] }
    }
    expect((await network()).interactions).toMatchObject([{ date: today, contactIds: ['id-1'] }])
    expect(await backend.dispatch('history:undo', {})).toEqual({ ok: true, value: { undo: null, redo: 'adding Ana' } })
    expect(await network()).toMatchObject({ contacts: [], interactions: [] })
    await backend.dispatch('history:redo', {})
    expect(await network()).toMatchObject({ contacts: [{ name: 'Ana' }], interactions: [{ date: today }] })
    await backend.close()
  })

  it('takes back a correction to an interaction', async () => {
    const backend = await open()
    await backend.dispatch('contacts:create', { name: 'Ana', categories: ['social'] })
    const logged = await backend.dispatch('interactions:create', { contactIds: ['id-1'], date: today, channel: 'email', summary: 'Sent the deck' })
    if (!logged.ok) throw new Error(logged.error.message)
    const id = (logged.value as { id: string }).id
    expect(await backend.dispatch('interactions:update', { id, patch: { channel: 'coffee', summary: 'Coffee at the Lamp' } })).toMatchObject({ ok: true, value: { channel: 'coffee' } })
    expect(await backend.dispatch('history:undo', {})).toMatchObject({ ok: true, value: { redo: 'editing an interaction' } })
    const network = await backend.dispatch('network:get', {})
    expect(network.ok && (network.value as { interactions: { summary: string }[] }).interactions.map((i) => i.summary)).toEqual(['Sent the deck'])
    await backend.close()
  })

  it('forgets what was undone once a new change is made, and says when there is nothing to undo', async () => {
    const backend = await open()
    expect(await backend.dispatch('history:undo', {})).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'There is nothing to undo.' } })
    await backend.dispatch('contacts:create', { name: 'Ana', categories: ['social'] })
    await backend.dispatch('history:undo', {})
    await backend.dispatch('contacts:create', { name: 'Cy', categories: ['leader'] })
    expect(await backend.dispatch('history:redo', {})).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'There is nothing to redo.' } })
    expect(await names(backend)).toEqual(['Cy'])
    await backend.close()
  })

  it('leaves the history as it was when a change cannot be written: the failed change is not undoable, the step before it is', async () => {
    const dir = tempDir()
    const { dispatch, store, disk } = await backendOnFlakyDisk(dir)
    await dispatch('contacts:create', { name: 'Ana', categories: ['social'] })
    await dispatch('contacts:create', { name: 'Ben', categories: ['author'] })
    const bytes = fileBytes(dir)

    disk.failSync = true
    expect(await dispatch('contacts:update', { id: 'id-1', patch: { role: 'CEO' } })).toEqual({
      ok: false,
      error: { code: 'WRITE_FAILED', message: 'The disk is full, so the change was not saved. Free some space and try again.' },
    })
    expect(await dispatch('history:status', {})).toEqual({ ok: true, value: { undo: 'adding Ben', redo: null } })
    expect(fileBytes(dir).equals(bytes)).toBe(true)
    // An undo that cannot be written is not taken either.
    expect(await dispatch('history:undo', {})).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    expect(await dispatch('history:status', {})).toEqual({ ok: true, value: { undo: 'adding Ben', redo: null } })

    disk.failSync = false
    expect(await dispatch('history:undo', {})).toEqual({ ok: true, value: { undo: 'adding Ana', redo: 'adding Ben' } })
    expect(savedNames(dir)).toEqual(['Ana'])
    expect(onDisk(dir).contacts[0]?.role).toBe('')

    // A new change forgets what was undone, but not when it fails: Ben can still be brought back.
    disk.failRename = true
    expect(await dispatch('contacts:create', { name: 'Cy', categories: ['leader'] })).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    expect(await dispatch('history:status', {})).toEqual({ ok: true, value: { undo: 'adding Ana', redo: 'adding Ben' } })
    disk.failRename = false
    expect(await dispatch('history:redo', {})).toEqual({ ok: true, value: { undo: 'adding Ben', redo: null } })
    expect(savedNames(dir)).toEqual(['Ana', 'Ben'])
    await store.flush()
  })

  it(`keeps the newest ${HISTORY_LIMIT} changes: after ${HISTORY_LIMIT + 5}, exactly those are undone, newest first`, async () => {
    const dir = tempDir()
    const backend = await open(dir)
    const total = HISTORY_LIMIT + 5
    for (let n = 1; n <= total; n++) {
      expect(await backend.dispatch('contacts:create', { name: `Contact ${n}`, categories: ['social'] })).toMatchObject({ ok: true })
    }
    for (let n = total; n > total - HISTORY_LIMIT; n--) {
      const older = n - 1 > total - HISTORY_LIMIT ? `adding Contact ${n - 1}` : null
      expect(await backend.dispatch('history:undo', {})).toEqual({ ok: true, value: { undo: older, redo: `adding Contact ${n}` } })
    }
    expect(await backend.dispatch('history:undo', {})).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'There is nothing to undo.' } })
    expect(savedNames(dir)).toEqual(['Contact 1', 'Contact 2', 'Contact 3', 'Contact 4', 'Contact 5'])
    await backend.close()
  })
})
