import { spawn } from 'node:child_process'
import { appendFileSync, copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadNetworkFile } from '../../../src/core/migrations'
import * as ops from '../../../src/core/network-ops'
import { ContactDraft } from '../../../src/core/schema'
import { DurableStore, STORE_FILE } from '../../../electron/backend/durable-store'
import { JOURNAL_FILE } from '../../../electron/backend/journal'
import { hashBytes, journalLine, parseJournal } from '../../../electron/backend/journal-format'
import { replayJournal } from '../../../electron/backend/journal-replay'
import { buildNodeScript } from '../helpers/build-script'
import { fixedContext, TODAY } from '../helpers/builders'
import { tempDir } from '../helpers/temp-dir'

const openStore = (dataDir: string, extra: Partial<Parameters<typeof DurableStore.open>[0]> = {}) =>
  DurableStore.open({ dataDir, today: () => TODAY, journalFromBytes: 0, compactWhenIdleMs: 60_000, ...extra })
const addContact = (store: DurableStore, name: string) =>
  store.update((file) => ops.createContact(file, ContactDraft.parse({ name, categories: ['existing'] }), fixedContext({ newId: () => `id-${name}` })), `add ${name}`)
const names = (store: DurableStore) => store.data.contacts.map((c) => c.name)
const onDisk = (dir: string) => {
  const outcome = loadNetworkFile(readFileSync(path.join(dir, STORE_FILE), 'utf8'))
  if (!outcome.ok) throw new Error(outcome.message)
  return outcome.file.contacts.map((c) => c.name)
}
const journalText = (dir: string) => readFileSync(path.join(dir, JOURNAL_FILE), 'utf8')
/** What the next open would find, read without opening a second store on a folder the first still holds. */
const saved = (dir: string) => {
  const bytes = readFileSync(path.join(dir, STORE_FILE))
  const outcome = loadNetworkFile(bytes.toString('utf8'))
  if (!outcome.ok) throw new Error(outcome.message)
  const replay = replayJournal(outcome.file, hashBytes(bytes), journalText(dir))
  if (replay.kind !== 'replayed') throw new Error(`the journal would not replay: ${replay.kind}`)
  return replay.file.contacts.map((c) => c.name)
}
/** Runs `fn` with console.error captured. */
async function capturingErrors<T>(fn: () => Promise<T>): Promise<{ result: T; errors: string[] }> {
  const errors: string[] = []
  const original = console.error
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '))
  try {
    return { result: await fn(), errors }
  } finally {
    console.error = original
  }
}

/** A store with Ana saved whole in kith.json, and a journal that belongs to it. */
async function storeWithFile(dir: string): Promise<DurableStore> {
  const store = await openStore(dir)
  await addContact(store, 'Ana')
  return store
}

describe('journal text', () => {
  const header = journalLine({ journal: 1, base: 'abc' })
  const delta = journalLine({ delta: { sampleLoaded: true } })

  it('reads whole lines and drops a torn last one', () => {
    const whole = parseJournal(header + delta)
    expect(whole).toMatchObject({ bases: new Set(['abc']), deltas: [{ sampleLoaded: true }], torn: false, damage: null })
    expect(whole.goodBytes).toBe(Buffer.byteLength(header + delta))
    const torn = parseJournal(header + delta + delta.slice(0, 30))
    expect(torn).toMatchObject({ deltas: [{ sampleLoaded: true }], torn: true, damage: null, goodBytes: whole.goodBytes })
    // A last line that is whole in length but not in content (a power loss) is torn too.
    const garbled = parseJournal(header + delta + delta.replace('true', 'tru!'))
    expect(garbled).toMatchObject({ deltas: [{ sampleLoaded: true }], torn: true, damage: null })
  })

  it('calls a bad line with whole lines after it damage, and a journal without a header foreign to every file', () => {
    expect(parseJournal(header + delta.replace('true', 'tru!') + delta)).toMatchObject({ deltas: [], damage: 'line 2 of the journal is damaged' })
    expect(parseJournal(delta + delta)).toMatchObject({ bases: new Set(), damage: 'the journal has no header Kith knows' })
    expect(parseJournal(header + journalLine({ includedIn: 'def' })).bases).toEqual(new Set(['abc', 'def']))
  })
})

describe('DurableStore with a journal', () => {
  it('appends each saved batch to the journal, leaves kith.json alone, and replays the journal on open', async () => {
    const dir = tempDir()
    const store = await storeWithFile(dir)
    const fileBefore = readFileSync(path.join(dir, STORE_FILE))
    await addContact(store, 'Ben')
    await addContact(store, 'Cy')
    expect(readFileSync(path.join(dir, STORE_FILE)).equals(fileBefore)).toBe(true)
    expect(parseJournal(journalText(dir)).deltas).toHaveLength(2)
    expect(saved(dir)).toEqual(['Ana', 'Ben', 'Cy'])
    await store.close()
    expect(names(await openStore(dir))).toEqual(['Ana', 'Ben', 'Cy'])
  })

  it('folds the journal into kith.json on close, leaving a journal with nothing to replay', async () => {
    const dir = tempDir()
    const store = await storeWithFile(dir)
    await addContact(store, 'Ben')
    await store.close()
    expect(onDisk(dir)).toEqual(['Ana', 'Ben'])
    expect(parseJournal(journalText(dir))).toMatchObject({ deltas: [], damage: null })
    expect(await addContact(store, 'Cy')).toMatchObject({ ok: false, error: { code: 'STORE_UNAVAILABLE' } })
    expect(names(await openStore(dir))).toEqual(['Ana', 'Ben'])
  })

  it('folds the journal in once the user pauses, and takes a new day’s backup from the folded file', async () => {
    const dir = tempDir()
    let today = TODAY
    const store = await openStore(dir, { compactWhenIdleMs: 20, today: () => today })
    await addContact(store, 'Ana')
    today = '2026-11-27'
    await addContact(store, 'Ben')
    await addContact(store, 'Cy')
    await waitFor(() => parseJournal(journalText(dir)).deltas.length === 0)
    expect(onDisk(dir)).toEqual(['Ana', 'Ben', 'Cy'])
    await waitFor(() => existsSync(path.join(dir, 'backups', 'kith-2026-11-27.json')))
    const backup = loadNetworkFile(readFileSync(path.join(dir, 'backups', 'kith-2026-11-27.json'), 'utf8'))
    expect(backup.ok && backup.file.contacts.length).toBeGreaterThanOrEqual(2)
  })

  it('drops a torn last line on open: that change was never acknowledged, and later saves land cleanly', async () => {
    const dir = tempDir()
    const store = await storeWithFile(dir)
    await addContact(store, 'Ben')
    appendFileSync(path.join(dir, JOURNAL_FILE), journalLine({ delta: { sampleLoaded: true } }).slice(0, 25))
    const reopened = await openStore(dir)
    expect(names(reopened)).toEqual(['Ana', 'Ben'])
    expect(reopened.data.sampleLoaded).toBe(false)
    await addContact(reopened, 'Cy')
    expect(parseJournal(journalText(dir))).toMatchObject({ torn: false, damage: null })
    expect(names(await openStore(dir))).toEqual(['Ana', 'Ben', 'Cy'])
  })

  it('sets aside, and never replays, a journal that belongs to another kith.json (a backup restored by hand)', async () => {
    const dir = tempDir()
    const store = await storeWithFile(dir)
    await store.close()
    const backup = path.join(dir, 'backups', `kith-${TODAY}.json`)
    copyFileSync(path.join(dir, STORE_FILE), path.join(dir, 'older.json'))
    const later = await openStore(dir)
    await addContact(later, 'Ben')
    // The user quits Kith the hard way, then copies an older file over kith.json.
    copyFileSync(path.join(dir, 'older.json'), path.join(dir, STORE_FILE))
    writeFileSync(path.join(dir, STORE_FILE), readFileSync(path.join(dir, STORE_FILE), 'utf8').replace('"Ana"', '"Ana (restored)"'))
    const { result: restored, errors } = await capturingErrors(() => openStore(dir))
    expect(names(restored)).toEqual(['Ana (restored)'])
    const aside = readdirSync(dir).filter((n) => n.startsWith('kith-journal-set-aside-'))
    expect(aside).toHaveLength(1)
    expect(parseJournal(readFileSync(path.join(dir, aside[0]!), 'utf8')).deltas).toHaveLength(1)
    expect(errors.join('\n')).toMatch(/did not replay .*kith\.journal: it belongs to another version of kith\.json .* It is kept as .*kith-journal-set-aside-/)
    expect(existsSync(backup)).toBe(true)
    // Saving starts a journal of its own.
    expect(await addContact(restored, 'Dee')).toMatchObject({ ok: true })
    expect(names(await openStore(dir))).toEqual(['Ana (restored)', 'Dee'])
  })

  it('refuses an append when kith.json was changed by another program: journal, memory and undo unchanged', async () => {
    const dir = tempDir()
    const store = await storeWithFile(dir)
    await addContact(store, 'Ben')
    const journalBefore = journalText(dir)
    const dataBefore = store.data
    writeFileSync(path.join(dir, STORE_FILE), readFileSync(path.join(dir, STORE_FILE), 'utf8').replace('"Ana"', '"Ann"'))
    expect(await addContact(store, 'Cy')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('was changed by another program') } })
    expect(journalText(dir)).toBe(journalBefore)
    expect(store.data).toBe(dataBefore)
    expect(store.historyStatus()).toEqual({ undo: 'add Ben', redo: null })
  })

  it('undoes and redoes through the journal, and the result survives reopening', async () => {
    const dir = tempDir()
    const store = await storeWithFile(dir)
    await addContact(store, 'Ben')
    await addContact(store, 'Cy')
    expect(await store.undo()).toMatchObject({ ok: true, value: { undo: 'add Ben', redo: 'add Cy' } })
    expect(saved(dir)).toEqual(['Ana', 'Ben'])
    expect(await store.redo()).toMatchObject({ ok: true })
    expect(saved(dir)).toEqual(['Ana', 'Ben', 'Cy'])
    await store.close()
    expect(names(await openStore(dir))).toEqual(['Ana', 'Ben', 'Cy'])
  })

  it('keeps the changes before a damaged line and sets the journal aside', async () => {
    const dir = tempDir()
    const store = await storeWithFile(dir)
    await addContact(store, 'Ben')
    await addContact(store, 'Cy')
    await addContact(store, 'Dee')
    const lines = journalText(dir).split('\n')
    lines[2] = lines[2]!.replace('"Cy"', '"Cz"')
    writeFileSync(path.join(dir, JOURNAL_FILE), lines.join('\n'))
    const { result: reopened, errors } = await capturingErrors(() => openStore(dir))
    expect(names(reopened)).toEqual(['Ana', 'Ben'])
    expect(errors.join('\n')).toContain('line 3 of the journal is damaged; 1 change before that point was kept')
    expect(readdirSync(dir).filter((n) => n.startsWith('kith-journal-set-aside-'))).toHaveLength(1)
    // What was kept is saved whole right away, so it no longer depends on the journal kept aside.
    expect(onDisk(dir)).toEqual(['Ana', 'Ben'])
  })
})

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('journal crash safety', () => {
  let writer: string
  beforeAll(async () => {
    writer = await buildNodeScript('tests/unit/helpers/journal-writer-process.ts', 'journal-writer-process')
  })

  /** Runs the writer until it has acknowledged a few changes plus `extraMs`, SIGKILLs it, and returns what it acknowledged. */
  function killMidWrite(dir: string, extraMs: number): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [writer, dir, '4'], { stdio: ['ignore', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      let armed = false
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString()
        if (!armed && stdout.split('\n').length > 3) {
          armed = true
          setTimeout(() => child.kill('SIGKILL'), extraMs)
        }
      })
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') return reject(new Error(`writer exited with ${code}: ${stderr}`))
        // Only whole lines: an "ack" cut off by the kill was printed after the change was saved anyway.
        resolve([...stdout.matchAll(/^ack (.+)$/gm)].map((m) => m[1] as string))
      })
    })
  }

  it('keeps every acknowledged change, whole and valid, when killed during appends and compactions, 25 times', async () => {
    const dir = tempDir()
    const acknowledged: string[] = []
    for (let run = 0; run < 25; run++) {
      acknowledged.push(...(await killMidWrite(dir, (run * 11) % 60)))
      const { result: store } = await capturingErrors(() => openStore(dir))
      expect(store.isReady).toBe(true)
      const saved = new Set(names(store))
      const lost = acknowledged.filter((name) => !saved.has(name))
      if (lost.length > 0) throw new Error(`run ${run}: lost ${lost.join(', ')}`)
      // kith.json itself always validates, and nothing was set aside as foreign or damaged.
      onDisk(dir)
      expect(readdirSync(dir).filter((n) => n.startsWith('kith-journal-set-aside-'))).toEqual([])
      // Every contact is whole: a half-applied change would leave one without its id or name.
      expect(store.data.contacts.every((c) => c.id.startsWith('c-') && c.name.startsWith('Writer '))).toBe(true)
      await store.close()
    }
    expect(acknowledged.length).toBeGreaterThan(25)
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  }, 300_000)
})
