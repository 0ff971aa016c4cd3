import { describe, expect, it } from 'vitest'
import { localIsoDate } from '../../../src/core/dates'
import type { Contact } from '../../../src/core/schema'
import { call, fileBytes, onDisk, openTestBackend } from '../helpers/backend'
import { tempDir } from '../helpers/temp-dir'

const today = localIsoDate(new Date())

describe('contacts:merge', () => {
  it('saves the merge in one write, and one undo brings both contacts back as they were', async () => {
    const dir = tempDir()
    const backend = await openTestBackend(dir)
    const keep = await call<Contact>(backend, 'contacts:create', { name: 'Ana Lima-Souza', categories: ['department'], email: 'ana@acme.com' })
    const other = await call<Contact>(backend, 'contacts:create', { name: 'Ana Lima', categories: ['social'], email: 'ANA@acme.com', role: 'Head of Data' })
    await call(backend, 'interactions:create', { contactIds: [other.id], date: today, channel: 'coffee' })
    const before = onDisk(dir)

    const merged = await call<Contact>(backend, 'contacts:merge', { keepId: keep.id, mergeId: other.id })
    expect(merged).toMatchObject({ id: keep.id, role: 'Head of Data', categories: ['department', 'social'] })
    const after = onDisk(dir)
    expect(after.contacts.map((c) => c.name)).toEqual(['Ana Lima-Souza'])
    expect(after.interactions.map((i) => i.contactIds)).toEqual([[keep.id]])
    expect(await call(backend, 'history:status')).toEqual({ undo: 'merging Ana Lima into Ana Lima-Souza', redo: null })

    await call(backend, 'history:undo')
    const undone = onDisk(dir)
    expect(undone.contacts).toEqual(before.contacts)
    expect(undone.interactions).toEqual(before.interactions)
    expect(await call(backend, 'history:status')).toEqual({ undo: 'logging an interaction', redo: 'merging Ana Lima into Ana Lima-Souza' })
    await backend.close()
  })

  it('refuses a missing contact or a contact merged into themselves, and writes nothing', async () => {
    const dir = tempDir()
    const backend = await openTestBackend(dir)
    const ana = await call<Contact>(backend, 'contacts:create', { name: 'Ana', categories: ['social'] })
    const bytes = fileBytes(dir)
    expect(await backend.dispatch('contacts:merge', { keepId: ana.id, mergeId: 'gone' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await backend.dispatch('contacts:merge', { keepId: ana.id, mergeId: ana.id })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ message: 'Choose two different contacts to merge.' }] },
    })
    expect(fileBytes(dir).equals(bytes)).toBe(true)
    expect(await call(backend, 'history:status')).toEqual({ undo: 'adding Ana', redo: null })
    await backend.close()
  })
})
