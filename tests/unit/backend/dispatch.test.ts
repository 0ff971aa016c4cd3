import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../../src/core/channels'
import { localIsoDate } from '../../../src/core/dates'
import type { NetworkFile } from '../../../src/core/network-file'
import { openBackend, type Backend } from '../../../electron/backend/open-backend'
import type { HostCapabilities } from '../../../electron/backend/handlers'
import { counterIds } from '../helpers/builders'
import { tempDir } from '../helpers/temp-dir'

async function backendIn(dir = tempDir(), revealFolder: (dir: string) => Promise<boolean> = async () => false, saveFile?: HostCapabilities['saveFile']): Promise<Backend> {
  return openBackend({ dataDir: dir, hostName: 'test', host: { revealFolder, ...(saveFile ? { saveFile } : {}) }, newId: counterIds(), checkOutputs: true })
}

const today = localIsoDate(new Date())

describe('the contract at the backend', () => {
  it.each(CHANNELS)('%s rejects junk input with a plain message', async (channel) => {
    const backend = await backendIn()
    for (const junk of [42, 'junk', [1, 2], { unexpected: true }]) {
      const result = await backend.dispatch(channel, junk)
      expect(result, `${channel} accepted ${JSON.stringify(junk)}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(5)
    }
    await backend.close()
  })

  it('names an unknown channel', async () => {
    const backend = await backendIn()
    expect(await backend.dispatch('contacts:explode', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'Kith has no backend call named “contacts:explode”.' },
    })
    await backend.close()
  })
})

describe('handlers', () => {
  it('creates, logs, reads back and deletes with cascade, checking every answer against the contract', async () => {
    const dir = tempDir()
    const backend = await backendIn(dir)
    const ana = await backend.dispatch('contacts:create', { name: 'Ana', categories: ['existing'], tieStrength: 5 })
    const ben = await backend.dispatch('contacts:create', { name: 'Ben', categories: ['social'] })
    expect(ana).toMatchObject({ ok: true, value: { id: 'id-1', name: 'Ana' } })
    expect(await backend.dispatch('ties:create', { a: 'id-1', b: 'id-2' })).toMatchObject({ ok: true, value: { kind: 'knows' } })
    expect(await backend.dispatch('interactions:create', { contactIds: ['id-1', 'id-2'], date: today, channel: 'lunch' })).toMatchObject({ ok: true })
    expect(await backend.dispatch('interactions:create', { contactIds: ['id-1'], date: today, channel: 'phone', direction: 'gave' })).toMatchObject({ ok: true })
    expect(ben.ok).toBe(true)

    expect(await backend.dispatch('contacts:delete', { id: 'id-1' })).toEqual({
      ok: true,
      value: { id: 'id-1', removedContacts: 1, removedTies: 1, removedInteractions: 1, updatedInteractions: 1, removedPlanItems: 0 },
    })
    const network = await backend.dispatch('network:get', {})
    expect(network).toMatchObject({ ok: true, value: { contacts: [{ name: 'Ben' }], ties: [], interactions: [{ contactIds: ['id-2'] }] } })
    await backend.close()

    const reopened = await backendIn(dir)
    // Closing recorded the day's snapshot, which waits for a pause in the changes; the rest is as it was.
    const { snapshots, ...rest } = (network as { value: NetworkFile }).value
    expect(snapshots).toEqual([])
    expect(await reopened.dispatch('network:get', {})).toEqual({ ok: true, value: { ...rest, snapshots: [expect.objectContaining({ date: today, contacts: 1 })] } })
    await reopened.close()
  })

  it('refuses references to contacts that do not exist', async () => {
    const backend = await backendIn()
    expect(await backend.dispatch('ties:create', { a: 'x', b: 'y' })).toMatchObject({ ok: false, error: { code: 'DANGLING_REFERENCE' } })
    expect(await backend.dispatch('interactions:create', { contactIds: ['x'], date: today, channel: 'email' })).toMatchObject({
      ok: false,
      error: { code: 'DANGLING_REFERENCE' },
    })
    expect(await backend.dispatch('contacts:update', { id: 'x', patch: { role: 'CEO' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await backend.close()
  })

  it('opens the sample in an empty network only, and clears it on request', async () => {
    const backend = await backendIn()
    expect(await backend.dispatch('sample:clear', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const sample = await backend.dispatch('sample:load', {})
    expect(sample.ok && (sample.value as { contacts: unknown[] }).contacts).toHaveLength(40)
    expect(await backend.dispatch('sample:load', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await backend.dispatch('sample:clear', {})).toMatchObject({ ok: true, value: { contacts: [], sampleLoaded: false, me: { name: '' } } })
    await backend.close()
  })

  it('updates me and settings by patch', async () => {
    const backend = await backendIn()
    expect(await backend.dispatch('me:update', { name: 'Robin', industry: 'Logistics' })).toMatchObject({ ok: true, value: { name: 'Robin', role: '' } })
    expect(await backend.dispatch('settings:update', { monthlyTarget: 5 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Monthly target must be 2, 3 or 4 people.' },
    })
    expect(await backend.dispatch('settings:update', { monthlyTarget: 4 })).toMatchObject({ ok: true, value: { monthlyTarget: 4 } })
    await backend.close()
  })

  it('reports the data folder and whether the host could show it', async () => {
    const dir = tempDir()
    const shown: string[] = []
    const backend = await backendIn(dir, async (d: string) => (shown.push(d), true))
    expect(await backend.dispatch('store:reveal', {})).toEqual({ ok: true, value: { opened: true, path: dir } })
    expect(shown).toEqual([dir])
    expect(await backend.dispatch('store:status', {})).toMatchObject({ ok: true, value: { state: 'ready', dataDir: dir } })
    await backend.close()
  })

  it('turns an unexpected failure into a message instead of a throw', async () => {
    const backend = await backendIn(tempDir(), async () => {
      throw new Error('file manager exploded')
    })
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      expect(await backend.dispatch('store:reveal', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('unchanged') } })
    } finally {
      console.error = original
    }
    expect(errors).toHaveLength(1)
    await backend.close()
  })

  it('restores a listed backup over an unreadable file, keeping a copy of that file, outside the undo history', async () => {
    const saved = tempDir()
    const first = await backendIn(saved)
    await first.dispatch('contacts:create', { name: 'Ana', categories: ['social'] })
    await first.close()
    const dir = tempDir()
    mkdirSync(path.join(dir, 'backups'))
    copyFileSync(path.join(saved, 'kith.json'), path.join(dir, 'backups', 'kith-2026-11-20.json'))
    writeFileSync(path.join(dir, 'kith.json'), '{ "half a file')

    const backend = await backendIn(dir)
    const status = await backend.dispatch('store:status', {})
    expect(status).toMatchObject({ ok: true, value: { state: 'unreadable', backups: [{ name: 'kith-2026-11-20.json' }] } })
    expect(await backend.dispatch('network:get', {})).toMatchObject({ ok: false, error: { code: 'STORE_UNAVAILABLE' } })

    expect(await backend.dispatch('store:restore', { name: 'kith-2026-11-20.json' })).toMatchObject({ ok: true, value: { state: 'ready', dataDir: dir } })
    expect(readFileSync(path.join(dir, 'kith.json'), 'utf8')).toBe(readFileSync(path.join(saved, 'kith.json'), 'utf8'))
    const preserved = status.ok && (status.value as { preservedCopy: string | null }).preservedCopy
    expect(preserved && existsSync(preserved) && readFileSync(preserved, 'utf8')).toBe('{ "half a file')
    expect(await backend.dispatch('network:get', {})).toMatchObject({ ok: true, value: { contacts: [{ name: 'Ana' }] } })
    expect(await backend.dispatch('history:status', {})).toEqual({ ok: true, value: { undo: null, redo: null } })
    await backend.close()
  })

  it('saves an exported image where the user chose, says when they cancelled, and explains a failure', async () => {
    const written: { fileName: string; bytes: string }[] = []
    let answer: () => Promise<string | null> = async () => '/home/priya/Pictures/kith-map.png'
    const backend = await backendIn(tempDir(), async () => false, async (fileName, bytes) => {
      written.push({ fileName, bytes: Buffer.from(bytes).toString('utf8') })
      return answer()
    })
    const image = { fileName: 'kith-map.png', base64: Buffer.from('not really a PNG').toString('base64') }
    expect(await backend.dispatch('export:save', image)).toEqual({ ok: true, value: { path: '/home/priya/Pictures/kith-map.png' } })
    expect(written).toEqual([{ fileName: 'kith-map.png', bytes: 'not really a PNG' }])

    answer = async () => null
    expect(await backend.dispatch('export:save', image)).toEqual({ ok: true, value: { path: null } })
    answer = async () => {
      throw new Error('EACCES: permission denied')
    }
    expect(await backend.dispatch('export:save', image)).toEqual({
      ok: false,
      error: { code: 'WRITE_FAILED', message: 'The file could not be saved: EACCES: permission denied' },
    })
    expect(await backend.dispatch('export:save', { ...image, fileName: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await backend.dispatch('history:status', {})).toEqual({ ok: true, value: { undo: null, redo: null } })
    await backend.close()

    const browser = await backendIn()
    expect(await browser.dispatch('export:save', image)).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'In the browser, Kith saves exported files as downloads.' } })
    await browser.close()
  })
})
