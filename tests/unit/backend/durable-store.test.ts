import { spawnSync } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadNetworkFile } from '../../../src/core/migrations'
import * as ops from '../../../src/core/network-ops'
import { ContactDraft } from '../../../src/core/schema'
import type { WriteIo } from '../../../electron/backend/atomic-write'
import { acquireDataLock, LOCK_FILE } from '../../../electron/backend/data-lock'
import { DurableStore, STORE_FILE } from '../../../electron/backend/durable-store'
import { fixedContext, TODAY } from '../helpers/builders'
import { flakyIo } from '../helpers/flaky-io'
import { tempDir } from '../helpers/temp-dir'

const opened: DurableStore[] = []
const openStore = async (dataDir: string, io?: WriteIo, today = TODAY) => {
  const store = await DurableStore.open({ dataDir, today: () => today, ...(io ? { io } : {}) })
  opened.push(store)
  return store
}
// A change is answered before its daily backup is written: wait for that, so the folder can be removed.
afterEach(async () => {
  await Promise.allSettled(opened.splice(0).map((store) => store.flush()))
})
const addContact = (store: DurableStore, name: string) =>
  store.update(
    (file) => ops.createContact(file, ContactDraft.parse({ name, categories: ['existing'] }), fixedContext({ newId: () => `id-${name}` })),
    `add ${name}`,
  )
const fixture = () => readFileSync(new URL('../../fixtures/store-v1.json', import.meta.url), 'utf8')
/** The pid of a process that has ended. */
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString())

describe('DurableStore', () => {
  it('starts empty and writes nothing until the first change', async () => {
    const dir = tempDir()
    const store = await openStore(dir)
    expect(store.isReady).toBe(true)
    expect(store.data.contacts).toEqual([])
    expect(readdirSync(dir)).toEqual([])
  })

  it('saves each change with mode 0600 and reads it back after reopening', async () => {
    const dir = tempDir()
    const store = await openStore(dir)
    expect(await addContact(store, 'Ana')).toMatchObject({ ok: true, value: { name: 'Ana' } })
    const file = path.join(dir, STORE_FILE)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    await store.flush()
    const onDisk = loadNetworkFile(readFileSync(file, 'utf8'))
    expect(onDisk.ok && onDisk.file.contacts.map((c) => c.name)).toEqual(['Ana'])
    const again = await openStore(dir)
    expect(again.data.contacts.map((c) => c.name)).toEqual(['Ana'])
  })

  it('answers every change of a burst but writes them together', async () => {
    const dir = tempDir()
    const { io, state } = flakyIo()
    const store = await openStore(dir, io)
    const names = Array.from({ length: 20 }, (_, i) => `P${i}`)
    const results = await Promise.all(names.map((n) => addContact(store, n)))
    expect(results.every((r) => r.ok)).toBe(true)
    // One write for the first change, then one for everything queued behind it (plus the daily backup).
    expect(state.renames).toBeLessThanOrEqual(3)
    expect((await openStore(dir)).data.contacts.map((c) => c.name)).toEqual(names)
  })

  it('tells listeners about each saved change, in order, and nothing about a refused or failed one', async () => {
    const { io, state } = flakyIo()
    const store = await openStore(tempDir(), io)
    const seen: string[][] = []
    const stop = store.onSaved((before, after) => seen.push([before.contacts.map((c) => c.name).join(','), after.contacts.map((c) => c.name).join(',')]))
    await addContact(store, 'Ana')
    await store.update((file) => ops.deleteContact(file, 'nobody' as never))
    state.failSync = true
    await addContact(store, 'Ben')
    state.failSync = false
    await addContact(store, 'Cy')
    stop()
    await addContact(store, 'Dee')
    expect(seen).toEqual([
      ['', 'Ana'],
      ['Ana', 'Ana,Cy'],
    ])
  })

  it('upgrades an older file on open, keeping the original among the backups', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, STORE_FILE), fixture())
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      await openStore(dir)
    } finally {
      console.error = original
    }
    const onDisk = JSON.parse(readFileSync(path.join(dir, STORE_FILE), 'utf8'))
    expect(onDisk).toMatchObject({ schemaVersion: 6, layoutPins: { orbit: {} }, events: [], followUps: [], gapDecisions: {}, snapshots: [] })
    expect(readFileSync(path.join(dir, 'backups', `kith-${TODAY}-format-1.json`), 'utf8')).toBe(fixture())
    expect(String(errors[0])).toContain('upgraded your data from format 1 (add-layout-pins, add-events-follow-ups-presence, add-insight-thresholds-decisions-snapshots, add-contact-sources-connected-on, add-monthly-plan-templates)')
  })

  it('keeps answering after a change that was refused', async () => {
    const store = await openStore(tempDir())
    const refused = await store.update((file) => ops.deleteContact(file, 'nobody' as never))
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await addContact(store, 'Ana')).toMatchObject({ ok: true })
    await store.flush()
  })

  it('leaves disk and memory unchanged when the disk is full, and says so', async () => {
    const dir = tempDir()
    const { io, state } = flakyIo()
    const store = await openStore(dir, io)
    await addContact(store, 'Ana')
    await store.flush()
    const file = path.join(dir, STORE_FILE)
    const bytesBefore = readFileSync(file)
    const dataBefore = store.data

    state.failSync = true
    const result = await addContact(store, 'Ben')
    expect(result).toEqual({
      ok: false,
      error: { code: 'WRITE_FAILED', message: 'The disk is full, so the change was not saved. Free some space and try again.' },
    })
    expect(store.data).toBe(dataBefore)
    expect(readFileSync(file).equals(bytesBefore)).toBe(true)
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])

    state.failSync = false
    state.failRename = true
    expect(await addContact(store, 'Cy')).toMatchObject({ ok: false, error: { code: 'WRITE_FAILED' } })
    expect(readFileSync(file).equals(bytesBefore)).toBe(true)

    state.failRename = false
    expect(await addContact(store, 'Dee')).toMatchObject({ ok: true })
    expect(store.data.contacts.map((c) => c.name)).toEqual(['Ana', 'Dee'])
    await store.flush()
  })

  it('never overwrites a file that fails to load: keeps it, copies it, refuses changes', async () => {
    const dir = tempDir()
    const file = path.join(dir, STORE_FILE)
    const damaged = fixture().slice(0, 700)
    writeFileSync(file, damaged)

    const store = await openStore(dir)
    const status = await store.status()
    expect(status).toMatchObject({ state: 'unreadable', file, message: expect.stringContaining('not valid JSON') })
    if (status.state === 'ready') throw new Error('unreachable')
    expect(readFileSync(status.preservedCopy!, 'utf8')).toBe(damaged)
    expect(await addContact(store, 'Ana')).toMatchObject({ ok: false, error: { code: 'STORE_UNAVAILABLE' } })
    expect(readFileSync(file, 'utf8')).toBe(damaged)

    // Opening again does not pile up copies of the same bytes.
    await openStore(dir)
    expect(readdirSync(dir).filter((n) => n.startsWith('kith-unreadable-'))).toHaveLength(1)
  })

  it('refuses a file written by a newer Kith and leaves it alone', async () => {
    const dir = tempDir()
    const file = path.join(dir, STORE_FILE)
    const newer = fixture().replace('"schemaVersion": 1', '"schemaVersion": 99')
    writeFileSync(file, newer)
    const store = await openStore(dir)
    expect(await store.status()).toMatchObject({ state: 'too-new' })
    expect(await addContact(store, 'Ana')).toMatchObject({ ok: false, error: { code: 'STORE_UNAVAILABLE' } })
    expect(readFileSync(file, 'utf8')).toBe(newer)
  })

  it('takes one backup a day of a file that validated and keeps the newest ten', async () => {
    const dir = tempDir()
    const backups = path.join(dir, 'backups')
    mkdirSync(backups)
    for (let day = 1; day <= 12; day++) {
      const name = path.join(backups, `kith-2026-10-${String(day).padStart(2, '0')}.json`)
      writeFileSync(name, fixture())
      utimesSync(name, new Date(2026, 9, day), new Date(2026, 9, day))
    }
    writeFileSync(path.join(dir, STORE_FILE), fixture())
    await openStore(dir)
    const names = readdirSync(backups).sort()
    expect(names).toHaveLength(10)
    expect(names).toContain(`kith-${TODAY}.json`)
    expect(names).not.toContain('kith-2026-10-01.json')
    expect(readFileSync(path.join(backups, `kith-${TODAY}.json`), 'utf8')).toBe(fixture())
    // The version 1 fixture was upgraded on open: the old file is kept under its format's name.
    expect(readFileSync(path.join(backups, `kith-${TODAY}-format-1.json`), 'utf8')).toBe(fixture())
  })

  it('restores a chosen backup over an unreadable file', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'backups'))
    writeFileSync(path.join(dir, 'backups', 'kith-2026-11-20.json'), fixture())
    writeFileSync(path.join(dir, 'backups', 'kith-2026-11-21.json'), '{ broken')
    writeFileSync(path.join(dir, STORE_FILE), 'garbage')
    const store = await openStore(dir)

    expect(await store.restore('kith-2026-11-21.json')).toMatchObject({ ok: false, error: { message: expect.stringContaining('cannot be opened either') } })
    expect(await store.restore('kith-2026-01-01.json')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await store.restore('kith-2026-11-20.json')).toMatchObject({ ok: true, value: { state: 'ready' } })
    expect(store.data.contacts).toHaveLength(3)
    expect(await addContact(store, 'Dee')).toMatchObject({ ok: true })
    expect((await openStore(dir)).data.contacts).toHaveLength(4)
    expect(await store.restore('kith-2026-11-20.json')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await store.flush()
  })

  it('will not replace a file it could not copy first', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, STORE_FILE)) // unreadable, and impossible to copy
    mkdirSync(path.join(dir, 'backups'))
    writeFileSync(path.join(dir, 'backups', 'kith-2026-11-20.json'), fixture())
    const store = await openStore(dir)
    expect(await store.status()).toMatchObject({ state: 'unreadable', preservedCopy: null })
    expect(await store.restore('kith-2026-11-20.json')).toMatchObject({
      ok: false,
      error: { code: 'WRITE_FAILED', message: expect.stringContaining('could not keep a copy') },
    })
    expect(statSync(path.join(dir, STORE_FILE)).isDirectory()).toBe(true)
  })

  it('refuses to save a change that would break references', async () => {
    const dir = tempDir()
    const store = await openStore(dir)
    await addContact(store, 'Ana')
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      const broken = await store.update((file) => ({
        ok: true,
        value: { file: { ...file, ties: [{ id: 't', a: file.contacts[0]!.id, b: 'ghost', kind: 'knows' }] } as never, value: null },
      }))
      expect(broken).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    } finally {
      console.error = original
    }
    expect(errors).toHaveLength(1)
    expect((await openStore(dir)).data.ties).toEqual([])
    await store.flush()
  })

  it('cleans up temp files left by a process killed mid-write, in the folder and its backups', async () => {
    const dir = tempDir()
    const dead = deadPid()
    mkdirSync(path.join(dir, 'backups'))
    writeFileSync(path.join(dir, `.${STORE_FILE}.${dead}.abcdef.tmp`), '{"half": ')
    writeFileSync(path.join(dir, 'backups', `.kith-2026-11-20.json.${dead}.abcdef.tmp`), '{"half": ')
    // A temp file of a process still running is a write in flight (its lock was deleted under it): left alone.
    const inFlight = `.${STORE_FILE}.${process.ppid}.0123456789ab.tmp`
    writeFileSync(path.join(dir, inFlight), '{"half": ')
    await openStore(dir)
    expect(readdirSync(dir).sort()).toEqual([inFlight, 'backups'])
    expect(readdirSync(path.join(dir, 'backups'))).toEqual([])
  })

  describe.skipIf(process.platform === 'win32')('a kith.json that is a symlink (into a synced folder, say)', () => {
    /** A data folder whose kith.json links, by a relative path, to `network.json` in another folder. */
    function linkedStore(content?: string) {
      const dir = tempDir()
      const synced = tempDir()
      const target = path.join(synced, 'network.json')
      if (content !== undefined) writeFileSync(target, content)
      symlinkSync(path.relative(dir, target), path.join(dir, STORE_FILE))
      return { dir, synced, target, link: path.join(dir, STORE_FILE) }
    }

    it('is written through to its target, atomically, and stays a link', async () => {
      const { dir, synced, target, link } = linkedStore(fixture())
      const linkText = readlinkSync(link)
      // Opening upgrades the version 1 fixture, which is already a save through the link.
      const store = await openStore(dir)
      expect(await addContact(store, 'Dee')).toMatchObject({ ok: true })
      expect(lstatSync(link).isSymbolicLink()).toBe(true)
      expect(readlinkSync(link)).toBe(linkText)
      const saved = loadNetworkFile(readFileSync(target, 'utf8'))
      expect(saved.ok && saved.file.contacts.map((c) => c.name)).toEqual(['Ana Souza', 'Ben Okoro', 'Chloé Martin', 'Dee'])
      expect(statSync(target).mode & 0o777).toBe(0o600)
      expect(readdirSync(synced)).toEqual(['network.json'])
      expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
      expect((await openStore(dir)).data.contacts).toHaveLength(4)
    })

    it('creates a missing target through the link on the first save', async () => {
      const { dir, target, link } = linkedStore()
      const store = await openStore(dir)
      expect(await addContact(store, 'Ana')).toMatchObject({ ok: true })
      expect(lstatSync(link).isSymbolicLink()).toBe(true)
      expect(readFileSync(target, 'utf8')).toContain('"Ana"')
    })

    it('refuses to save when the target was changed by another program, and cleans leftover temp files beside the target', async () => {
      const { dir, synced, target } = linkedStore()
      const dead = deadPid()
      writeFileSync(path.join(synced, `.network.json.${dead}.abcdef.tmp`), '{"half": ')
      const notOurs = `.notes.json.${dead}.abcdef.tmp`
      writeFileSync(path.join(synced, notOurs), 'another program’s file')
      const store = await openStore(dir)
      expect(readdirSync(synced)).toEqual([notOurs])
      await addContact(store, 'Ana')
      writeFileSync(target, readFileSync(target, 'utf8').replace('"Ana"', '"Ann"'))
      expect(await addContact(store, 'Ben')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
      expect(readFileSync(target, 'utf8')).toContain('"Ann"')
    })
  })

  it('refuses to save over a kith.json another program changed since it was read: file, memory and undo stay as they were', async () => {
    const dir = tempDir()
    const file = path.join(dir, STORE_FILE)
    const store = await openStore(dir)
    await addContact(store, 'Ana')
    const theirs = readFileSync(file, 'utf8').replace('"Ana"', '"Ana (edited by hand)"')
    writeFileSync(file, theirs)
    const dataBefore = store.data

    expect(await addContact(store, 'Ben')).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          `This change was not saved: ${file} was changed by another program since Kith read it (another Kith, a sync tool or an editor), ` +
          'and saving would overwrite that. Restart Kith to load the file as it is now.',
      },
    })
    expect(readFileSync(file, 'utf8')).toBe(theirs)
    expect(store.data).toBe(dataBefore)
    expect(store.historyStatus()).toEqual({ undo: 'add Ana', redo: null })
    expect(await store.undo()).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(readFileSync(file, 'utf8')).toBe(theirs)
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
    // Reopening reads the file as it is now, and saves normally again.
    const reopened = await openStore(dir)
    expect(await addContact(reopened, 'Ben')).toMatchObject({ ok: true })
    expect(reopened.data.contacts.map((c) => c.name)).toEqual(['Ana (edited by hand)', 'Ben'])
  })

  it('refuses to create kith.json when another writer created it after this store found none', async () => {
    const dir = tempDir()
    const store = await openStore(dir)
    const other = await openStore(dir)
    expect(await addContact(other, 'Ana')).toMatchObject({ ok: true })
    expect(await addContact(store, 'Ben')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await openStore(dir)).data.contacts.map((c) => c.name)).toEqual(['Ana'])
  })

  it('takes its lock again when only the lock file was deleted, and refuses to write once another holder has it', async () => {
    const dir = tempDir()
    const lockFile = path.join(dir, LOCK_FILE)
    const lock = acquireDataLock(dir, 'desktop')
    const store = await DurableStore.open({ dataDir: dir, today: () => TODAY, lock })
    expect(await addContact(store, 'Ana')).toMatchObject({ ok: true })

    unlinkSync(lockFile)
    expect(await addContact(store, 'Ben')).toMatchObject({ ok: true })
    expect(lock.check()).toEqual({ state: 'mine' })

    unlinkSync(lockFile)
    const other = acquireDataLock(dir, 'browser')
    const onDisk = readFileSync(path.join(dir, STORE_FILE), 'utf8')
    expect(await addContact(store, 'Cy')).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          `This change was not saved: another Kith (process ${process.pid}, browser) has opened your data folder since this one started, ` +
          'and saving here would overwrite its work. Keep using that one, or close it and then restart this Kith.',
      },
    })
    expect(readFileSync(path.join(dir, STORE_FILE), 'utf8')).toBe(onDisk)
    expect(store.data.contacts.map((c) => c.name)).toEqual(['Ana', 'Ben'])
    // Closing the first store's lock leaves the other holder's lock in place.
    lock.release()
    expect(existsSync(lockFile)).toBe(true)
    other.release()
  })

  it('does not take a deleted lock again when kith.json changed meanwhile', async () => {
    const dir = tempDir()
    const lock = acquireDataLock(dir, 'desktop')
    const store = await DurableStore.open({ dataDir: dir, today: () => TODAY, lock })
    expect(await addContact(store, 'Ana')).toMatchObject({ ok: true })
    unlinkSync(path.join(dir, LOCK_FILE))
    writeFileSync(path.join(dir, STORE_FILE), readFileSync(path.join(dir, STORE_FILE), 'utf8').replace('"Ana"', '"Ann"'))
    expect(await addContact(store, 'Ben')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('was changed by another program') } })
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false)
    lock.release()
  })
})
