import { describe, expect, it } from 'vitest'
import { localIsoDate } from '../../../src/core/dates'
import { openBackend, type Backend } from '../../../electron/backend/open-backend'
import { counterIds } from '../helpers/builders'
import { tempDir } from '../helpers/temp-dir'

const open = (dir = tempDir()) => openBackend({ dataDir: dir, hostName: 'test', host: { revealFolder: async () => false }, newId: counterIds(), checkOutputs: true })
const names = async (backend: Backend) => {
  const network = await backend.dispatch('network:get', {})
  return network.ok ? (network.value as { contacts: { name: string }[] }).contacts.map((c) => c.name) : []
}
const today = localIsoDate(new Date())

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
})
