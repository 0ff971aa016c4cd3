import { chmod, copyFile, constants, mkdir, open, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { Low, type Adapter } from 'lowdb'
import type { HistoryStatus, StoreStatus } from '../../src/core/contract'
import type { IsoDate } from '../../src/core/dates'
import { loadNetworkFile, type LoadOutcome } from '../../src/core/migrations'
import { emptyNetwork, integrityProblems, type NetworkFile } from '../../src/core/network-file'
import type { Change } from '../../src/core/network-ops'
import { fail, ok, type Result } from '../../src/core/result'
import { describeWriteError, isErrno, nodeWriteIo, writeFileAtomic, type WriteIo } from './atomic-write'
import { Backups } from './backups'
import type { DataLock } from './data-lock'
import { removeLeftoverTempFiles } from './leftover-temp-files'
import { UndoHistory } from './undo-history'
import { confirmStillOwner, identityOf, WriteConflictError, type FileIdentity } from './write-guard'

export const STORE_FILE = 'kith.json'

const serialize = (file: NetworkFile): string => `${JSON.stringify(file, null, 2)}\n`

/** Why the store did not open; the file on disk is left exactly as found. */
interface Problem {
  readonly state: 'unreadable' | 'too-new'
  readonly message: string
  readonly preservedCopy: string | null
}

class StoreLoadError extends Error {
  constructor(readonly outcome: Extract<LoadOutcome, { ok: false }>) {
    super(outcome.message)
  }
}

/**
 * lowdb adapter that validates on read and writes atomically; remembers the text it last read or wrote.
 *
 * It also remembers which file that was, and before each write confirms the folder and the file are still
 * its own (see write-guard.ts), so it never saves over another writer's work.
 */
class DurableJsonFile implements Adapter<NetworkFile> {
  lastText: string | null = null
  /** The file as last read or written; null when it could not even be opened. */
  identity: FileIdentity | null = null
  /** Set when the file read was in an older format and was upgraded in memory. */
  upgradedFrom: { version: number; steps: readonly string[] } | null = null

  constructor(
    readonly file: string,
    private readonly io: WriteIo,
    private readonly lock: DataLock | undefined,
  ) {}

  async read(): Promise<NetworkFile | null> {
    let text: string
    try {
      // The stats come from the handle the text is read from, so they describe exactly that text.
      const handle = await open(this.file, 'r')
      try {
        this.identity = identityOf(await handle.stat({ bigint: true }))
        text = await handle.readFile('utf8')
      } finally {
        await handle.close()
      }
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw error
      this.identity = 'absent'
      return null
    }
    const outcome = loadNetworkFile(text)
    if (!outcome.ok) throw new StoreLoadError(outcome)
    this.lastText = text
    this.upgradedFrom = outcome.applied.length > 0 ? { version: outcome.migratedFrom, steps: outcome.applied } : null
    return outcome.file
  }

  async write(data: NetworkFile): Promise<void> {
    const text = serialize(data)
    const written = await writeFileAtomic(this.file, text, this.io, () => confirmStillOwner(this.file, this.identity, this.lock))
    this.identity = identityOf(written)
    this.lastText = text
  }
}

export interface DurableStoreOptions {
  readonly dataDir: string
  /** The user's calendar day, for naming daily backups. */
  readonly today: () => IsoDate
  /** Replaced in tests to simulate failing writes. */
  readonly io?: WriteIo
  /** The data folder's lock, confirmed before every write; tests of the store alone may leave it out. */
  readonly lock?: DataLock
}

/** Told about each saved change: the network before and after it. */
export type SavedListener = (before: NetworkFile, after: NetworkFile) => void

type Pending = {
  readonly change: (file: NetworkFile) => Result<Change<unknown>>
  readonly resolve: (result: Result<unknown>) => void
  /** Name of the change in the undo history ("add contact"); undo and redo themselves carry none. */
  readonly label?: string
}

/**
 * The one JSON file a user's network lives in, with its own write discipline on top of lowdb.
 *
 * - changes are queued and applied one after another; a burst is written once;
 * - memory changes only after the new file is safely on disk, so a failed write changes nothing;
 * - a file that fails to parse or validate is never overwritten: it stays in place, a copy is kept beside
 *   it, and every change is refused until the user restores a backup.
 * - a write is refused (CONFLICT) when the folder's lock or kith.json changed hands since the last read or
 *   write, so two writers never silently overwrite each other.
 * The caller must hold the data folder's lock (see data-lock.ts) and pass it in.
 */
export class DurableStore {
  private readonly db: Low<NetworkFile>
  private readonly backups: Backups
  private problem: Problem | null = null
  private readonly queue: Pending[] = []
  private readonly history = new UndoHistory()
  private draining: Promise<void> | null = null
  private readonly savedListeners: SavedListener[] = []

  private constructor(
    private readonly options: DurableStoreOptions,
    private readonly adapter: DurableJsonFile,
  ) {
    this.db = new Low(adapter, emptyNetwork())
    this.backups = new Backups(options.dataDir, options.io)
  }

  static async open(options: DurableStoreOptions): Promise<DurableStore> {
    await mkdir(options.dataDir, { recursive: true, mode: 0o700 })
    await removeLeftoverTempFiles(options.dataDir, STORE_FILE)
    const store = new DurableStore(options, new DurableJsonFile(path.join(options.dataDir, STORE_FILE), options.io ?? nodeWriteIo, options.lock))
    try {
      await store.db.read()
    } catch (error) {
      store.problem = await store.describeLoadFailure(error)
      return store
    }
    await store.backUp()
    await store.saveUpgrade()
    return store
  }

  get file(): string {
    return this.adapter.file
  }

  get dataDir(): string {
    return this.options.dataDir
  }

  get isReady(): boolean {
    return this.problem === null
  }

  /** The network as last saved. Read-only: change it through `update`. */
  get data(): NetworkFile {
    return this.db.data
  }

  async status(): Promise<StoreStatus> {
    const location = { dataDir: this.dataDir, file: this.file, backups: await this.backups.list() }
    return this.problem ? { ...this.problem, ...location } : { state: 'ready', ...location }
  }

  /** Why changes are refused right now, or null when the store is ready. */
  unavailable(): ReturnType<typeof fail> | null {
    return this.problem ? fail('STORE_UNAVAILABLE', `Kith could not open your data: ${this.problem.message}`) : null
  }

  /**
   * Applies a change and saves it; resolves once it is on disk (or refused, or failed with nothing changed).
   *
   * Changes that arrive while a write is under way are applied in order and saved together in one write.
   */
  update<T>(change: (file: NetworkFile) => Result<Change<T>>, label?: string): Promise<Result<T>> {
    const refused = this.unavailable()
    if (refused) return Promise.resolve(refused)
    return new Promise((resolve) => {
      this.queue.push({ change, resolve: resolve as (result: Result<unknown>) => void, ...(label ? { label } : {}) })
      this.draining ??= this.drain()
    })
  }

  /** Takes back the last change (saved like any other change); refused when there is none. */
  undo(): Promise<Result<HistoryStatus>> {
    return this.travel((file) => this.history.undo(file), 'There is nothing to undo.')
  }

  redo(): Promise<Result<HistoryStatus>> {
    return this.travel((file) => this.history.redo(file), 'There is nothing to redo.')
  }

  /**
   * Calls `listener` after every change that reached the disk (and after a restore), with the network
   * before and after it, in order. Returns the unsubscribe.
   */
  onSaved(listener: SavedListener): () => void {
    this.savedListeners.push(listener)
    return () => {
      const at = this.savedListeners.indexOf(listener)
      if (at >= 0) this.savedListeners.splice(at, 1)
    }
  }

  private announce(before: NetworkFile, after: NetworkFile): void {
    for (const listener of [...this.savedListeners]) {
      try {
        listener(before, after)
      } catch (error) {
        // A listener's bug must not undo or block a save that already happened.
        console.error('Kith: a listener of saved changes failed:', error)
      }
    }
  }

  historyStatus(): HistoryStatus {
    return this.history.status()
  }

  private travel(step: (file: NetworkFile) => NetworkFile | 'nothing' | 'diverged', nothing: string): Promise<Result<HistoryStatus>> {
    return this.update<HistoryStatus>((file) => {
      const target = step(file)
      if (target === 'nothing') return fail('CONFLICT', nothing)
      if (target === 'diverged') return fail('CONFLICT', 'The data changed since, so that step can no longer be taken back.')
      return ok({ file: target, value: this.history.status() })
    })
  }

  /** Waits for every queued change to be saved. */
  async flush(): Promise<void> {
    while (this.draining) await this.draining
  }

  /** Replaces an unreadable file with a backup the user picked; the unreadable file's copy stays beside it. */
  async restore(name: string): Promise<Result<StoreStatus>> {
    if (!this.problem) {
      return fail('CONFLICT', 'Your data opened normally, so there is nothing to restore. To go back to a backup, quit Kith and follow the README.')
    }
    // The file about to be replaced must survive somewhere first.
    const preservedCopy = this.problem.preservedCopy ?? (await preserveCopy(this.file, this.dataDir))
    if (!preservedCopy) {
      return fail(
        'WRITE_FAILED',
        `Kith could not keep a copy of ${this.file}, so it will not replace it. Copy that file somewhere safe, then restore the backup by hand (see the README).`,
      )
    }
    this.problem = { ...this.problem, preservedCopy }
    let text: string
    try {
      text = await this.backups.read(name)
    } catch {
      return fail('NOT_FOUND', `The backup ${name} is no longer in the backups folder.`)
    }
    const outcome = loadNetworkFile(text)
    if (!outcome.ok) return fail('INVALID_INPUT', `The backup ${name} cannot be opened either: ${outcome.message}`)
    try {
      await this.adapter.write(outcome.file)
    } catch (error) {
      return writeFailure(error)
    }
    const before = this.db.data
    this.db.data = outcome.file
    this.problem = null
    this.history.clear()
    this.announce(before, outcome.file)
    return ok(await this.status())
  }

  private async drain(): Promise<void> {
    // Yield once so `draining` is assigned before the loop can finish and clear it.
    await Promise.resolve()
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0)
      const current = this.db.data
      const rollBackHistory = this.history.snapshot()
      let next = current
      let results: Result<unknown>[] = batch.map(({ change, label }) => {
        const before = next
        const result = applySafely(change, next)
        if (!result.ok) return result
        next = result.value.file
        if (label && next !== before) this.history.record({ label, before, after: next })
        return ok(result.value.value)
      })
      // A last guard against a bug in a change: a file with broken references would not open next time.
      const broken = next === current ? [] : integrityProblems(next)
      if (broken.length > 0) {
        console.error('Kith refused to save a change that breaks references:', broken)
        rollBackHistory()
        next = current
        const refused = fail('INTERNAL', 'Kith hit an unexpected error and did not save this change. Your data is unchanged.')
        results = results.map((r) => (r.ok ? refused : r))
      }
      if (next !== current) {
        try {
          // Not db.write(): that saves db.data, which would have to change before the write succeeds.
          await this.adapter.write(next)
          this.db.data = next
          this.announce(current, next)
        } catch (error) {
          rollBackHistory()
          const failed = writeFailure(error)
          results = results.map((r) => (r.ok ? failed : r))
        }
      }
      batch.forEach(({ resolve }, i) => resolve(results[i] as Result<unknown>))
      if (next === this.db.data && next !== current) await this.backUp()
    }
    this.draining = null
  }

  /**
   * After reading an older format: keep the old file among the backups, then save the upgraded one, so
   * the file on disk matches what Kith shows. If either fails, the old file stays and Kith works in memory
   * until the next successful save.
   */
  private async saveUpgrade(): Promise<void> {
    const upgrade = this.adapter.upgradedFrom
    const oldText = this.adapter.lastText
    if (!upgrade || oldText === null) return
    try {
      const kept = await this.backups.keep(`kith-${this.options.today()}-format-${upgrade.version}.json`, oldText)
      await this.adapter.write(this.db.data)
      console.error(`Kith upgraded your data from format ${upgrade.version} (${upgrade.steps.join(', ')}); the previous file is kept as backups/${kept}.`)
    } catch (error) {
      console.error(`Kith could not save the upgraded data file yet: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  /** A backup failing must not stop the user's work; it is reported and retried on the next change. */
  private async backUp(): Promise<void> {
    if (this.adapter.lastText === null) return
    try {
      await this.backups.takeDaily(this.adapter.lastText, this.options.today())
    } catch (error) {
      console.error(`Kith could not write today's backup: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  private async describeLoadFailure(error: unknown): Promise<Problem> {
    if (error instanceof StoreLoadError) {
      return {
        state: error.outcome.reason,
        message: error.outcome.message,
        preservedCopy: await preserveCopy(this.file, this.options.dataDir),
      }
    }
    const detail = error instanceof Error ? error.message : String(error)
    return { state: 'unreadable', message: `The file could not be read (${detail}).`, preservedCopy: null }
  }
}

/** A refused or failed write as the answer to the user; nothing was saved either way. */
function writeFailure(error: unknown): ReturnType<typeof fail> {
  return error instanceof WriteConflictError ? fail('CONFLICT', error.message) : fail('WRITE_FAILED', describeWriteError(error))
}

function applySafely(change: Pending['change'], file: NetworkFile): Result<Change<unknown>> {
  try {
    return change(file)
  } catch (error) {
    console.error(error)
    return fail('INTERNAL', 'Kith hit an unexpected error and did not save this change. Your data is unchanged.')
  }
}

/**
 * Keeps a byte-for-byte copy of a file that failed to load, beside it, before anything else can happen.
 *
 * Not repeated when the newest copy already has the same bytes, so restarting does not pile up copies.
 */
async function preserveCopy(file: string, dataDir: string): Promise<string | null> {
  try {
    const bytes = await readFile(file)
    const copies = (await readdir(dataDir)).filter((n) => n.startsWith('kith-unreadable-')).sort()
    const newest = copies.at(-1)
    if (newest && bytes.equals(await readFile(path.join(dataDir, newest)))) return path.join(dataDir, newest)
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const copy = path.join(dataDir, `kith-unreadable-${stamp}.json`)
    await copyFile(file, copy, constants.COPYFILE_EXCL)
    await chmod(copy, 0o600)
    return copy
  } catch (error) {
    console.error(`Kith could not copy the unreadable file: ${error instanceof Error ? error.message : String(error)}`)
    return null
  }
}
