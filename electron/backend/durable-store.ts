import { createHash, type Hash } from 'node:crypto'
import { chmod, copyFile, constants, mkdir, open, readdir, readFile, unlink } from 'node:fs/promises'
import path from 'node:path'
import { Low, type Adapter } from 'lowdb'
import type { HistoryStatus, StoreStatus } from '../../src/core/contract'
import type { IsoDate } from '../../src/core/dates'
import { loadNetworkFile, type LoadOutcome } from '../../src/core/migrations'
import { emptyNetwork, SCHEMA_VERSION, type NetworkFile } from '../../src/core/network-file'
import type { Change } from '../../src/core/network-ops'
import { fail, ok, type Result } from '../../src/core/result'
import { diffNetwork, type NetworkDelta } from '../../src/core/network-delta'
import { plural } from '../../src/core/wording'
import { describeWriteError, isErrno, nodeWriteIo, prepareReplacement, type WriteIo } from './atomic-write'
import { Backups } from './backups'
import { changeIntegrityProblems } from './change-integrity'
import type { DataLock } from './data-lock'
import { Journal, JOURNAL_FILE } from './journal'
import { hashBytes, parseJournal } from './journal-format'
import { replayJournal } from './journal-replay'
import { removeLeftoverTempFiles } from './leftover-temp-files'
import { networkText } from '../../src/core/network-text'
import { UndoHistory } from './undo-history'
import { confirmStillOwner, identityOf, WriteConflictError, type FileIdentity } from './write-guard'

export const STORE_FILE = 'kith.json'

/** From this size of kith.json on, saves go to the journal; below it a whole write costs a few milliseconds. */
export const JOURNAL_FROM_BYTES = 2_000_000
/** The journal is folded into kith.json once it holds this much… */
const COMPACT_AT_BYTES = 8_000_000
const COMPACT_AT_ENTRIES = 500
/** …or once the user has made no change for this long. */
const COMPACT_WHEN_IDLE_MS = 30_000

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
 * lowdb adapter that validates on read; remembers which file it read (see write-guard.ts) and its hash,
 * which names the journal that belongs to it. Saves go through DurableStore, never `db.write()`.
 */
class DurableJsonFile implements Adapter<NetworkFile> {
  /** The file as last read or written; null when it could not even be opened. */
  identity: FileIdentity | null = null
  /** SHA-256 of the bytes last read or written; null while there is no file. */
  hash: string | null = null
  size = 0
  /** Set when the file read was in an older format and was upgraded in memory; keeps the old text for a backup. */
  upgradedFrom: { version: number; steps: readonly string[]; text: string } | null = null

  constructor(
    readonly file: string,
    /**
     * Hashes of files Kith wrote itself after validating them (named by the journal). Such bytes skip the
     * schema check, which costs several times JSON.parse at 30,000 contacts; any other file gets it.
     */
    private readonly trusted: ReadonlySet<string>,
  ) {}

  async read(): Promise<NetworkFile | null> {
    let bytes: Buffer
    try {
      // The stats come from the handle the text is read from, so they describe exactly that text.
      const handle = await open(this.file, 'r')
      try {
        this.identity = identityOf(await handle.stat({ bigint: true }))
        bytes = await handle.readFile()
      } finally {
        await handle.close()
      }
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw error
      this.identity = 'absent'
      return null
    }
    const text = bytes.toString('utf8')
    const hash = hashBytes(bytes)
    const outcome = this.trusted.has(hash) ? trustedLoad(text) : loadNetworkFile(text)
    if (!outcome.ok) throw new StoreLoadError(outcome)
    this.hash = hash
    this.size = bytes.length
    this.upgradedFrom = outcome.applied.length > 0 ? { version: outcome.migratedFrom, steps: outcome.applied, text } : null
    return outcome.file
  }

  write(): Promise<void> {
    return Promise.reject(new Error('Kith saves through DurableStore.update, never db.write().'))
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
  /** From which size of kith.json saves go to the journal (JOURNAL_FROM_BYTES); tests set 0. */
  readonly journalFromBytes?: number
  /** How long without a change before the journal is folded into kith.json (tests shorten it). */
  readonly compactWhenIdleMs?: number
  /** How many saved batches the journal holds before it is folded in (COMPACT_AT_ENTRIES; tests lower it). */
  readonly compactAtEntries?: number
}

/** Told about each saved change: the network before and after it. */
export type SavedListener = (before: NetworkFile, after: NetworkFile) => void

type Pending = {
  readonly change: (file: NetworkFile) => Result<Change<unknown>>
  readonly resolve: (result: Result<unknown>) => void
  /** Name of the change in the undo history ("add contact"); undo and redo themselves carry none. */
  readonly label?: string
  /** Folded into the undo step it follows instead of standing alone (see `amend`). */
  readonly amends?: true
}

/**
 * The one JSON file a user's network lives in, with its own write discipline on top of lowdb.
 *
 * - changes are queued and applied one after another; a burst is saved once;
 * - memory changes only after the change is safely on disk, so a failed save changes nothing;
 * - a small kith.json is replaced whole (atomically); from JOURNAL_FROM_BYTES on, a save appends the
 *   batch's delta to kith.journal and fsyncs it, and the journal is folded into kith.json in the
 *   background (when it grows, when the user pauses, on close). Opening replays the journal; a torn last
 *   line was never acknowledged and is dropped; a journal that names another kith.json is set aside;
 * - a file that fails to parse or validate is never overwritten: it stays in place, a copy is kept beside
 *   it, and every change is refused until the user restores a backup.
 * - a save is refused (CONFLICT) when the folder's lock or kith.json changed hands since the last read or
 *   write, so two writers never silently overwrite each other.
 * The caller must hold the data folder's lock (see data-lock.ts) and pass it in.
 */
export class DurableStore {
  private readonly db: Low<NetworkFile>
  private readonly backups: Backups
  private readonly journal: Journal
  /** Whether saves go to the journal (it is open and belongs to kith.json as it is now). */
  private journaling = false
  private problem: Problem | null = null
  private readonly queue: Pending[] = []
  private readonly history = new UndoHistory()
  private draining: Promise<void> | null = null
  private readonly savedListeners: SavedListener[] = []
  /** Disk changes run one at a time: appends, whole writes, the end of a compaction. */
  private diskTurn: Promise<unknown> = Promise.resolve()
  private compacting: Promise<void> | null = null
  private idleTimer: NodeJS.Timeout | null = null
  private closed = false

  private constructor(
    private readonly options: DurableStoreOptions,
    private readonly adapter: DurableJsonFile,
  ) {
    this.db = new Low(adapter, emptyNetwork())
    this.backups = new Backups(options.dataDir, options.io)
    this.journal = new Journal(path.join(options.dataDir, JOURNAL_FILE), this.io)
  }

  static async open(options: DurableStoreOptions): Promise<DurableStore> {
    await mkdir(options.dataDir, { recursive: true, mode: 0o700 })
    await removeLeftoverTempFiles(options.dataDir, STORE_FILE)
    const journalText = await readFile(path.join(options.dataDir, JOURNAL_FILE), 'utf8').catch((error: unknown) => {
      if (isErrno(error, 'ENOENT')) return null
      throw error
    })
    const trusted = journalText === null ? new Set<string>() : parseJournal(journalText).bases
    const store = new DurableStore(options, new DurableJsonFile(path.join(options.dataDir, STORE_FILE), trusted))
    try {
      await store.db.read()
    } catch (error) {
      store.problem = await store.describeLoadFailure(error)
      return store
    }
    await store.backUp()
    await store.openJournal(journalText)
    await store.saveUpgrade()
    return store
  }

  private get io(): WriteIo {
    return this.options.io ?? nodeWriteIo
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
   * Changes that arrive while a save is under way are applied in order and saved together.
   */
  update<T>(change: (file: NetworkFile) => Result<Change<T>>, label?: string): Promise<Result<T>> {
    return this.enqueue({ change, ...(label ? { label } : {}) }) as Promise<Result<T>>
  }

  /**
   * A change that completes the undo step the network is at rather than making one of its own: derived
   * data recorded after the change it derives from (the day's snapshot). Undo then takes both back at once,
   * and undo and redo keep working as if the two had been saved together.
   */
  amend(change: (file: NetworkFile) => Result<Change<null>>): Promise<Result<null>> {
    return this.enqueue({ change, amends: true }) as Promise<Result<null>>
  }

  private enqueue(pending: Omit<Pending, 'resolve'>): Promise<Result<unknown>> {
    const refused = this.unavailable()
    if (refused) return Promise.resolve(refused)
    if (this.closed) return Promise.resolve(fail('STORE_UNAVAILABLE', 'Kith is closing; this change was not saved.'))
    return new Promise((resolve) => {
      this.queue.push({ ...pending, resolve })
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

  /**
   * Saves what is queued, folds the journal into kith.json and closes it: after a clean shutdown kith.json
   * alone holds everything. Changes after this are refused.
   */
  async close(): Promise<void> {
    await this.flush()
    this.closed = true
    this.stopIdleTimer()
    await this.compacting
    if (this.journaling && this.journal.entries > 0) await this.compact()
    await this.journal.close()
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
      // A journal beside an unreadable file belongs to no file we can read: keep it, never replay it.
      await this.setJournalAside('it belonged to the file that could not be read')
      await this.onDisk(() => this.writeWhole(outcome.file))
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
      let results: Result<unknown>[] = batch.map(({ change, label, amends }) => {
        const before = next
        const result = applySafely(change, next)
        if (!result.ok) return result
        next = result.value.file
        if (label && next !== before) this.history.record({ label, before, after: next })
        if (amends && next !== before) this.history.amend(before, next)
        return ok(result.value.value)
      })
      // A last guard against a bug in a change: a file with broken references would not open next time.
      const delta = next === current ? null : diffNetwork(current, next)
      const broken = delta ? changeIntegrityProblems(next, delta) : []
      if (broken.length > 0) {
        console.error('Kith refused to save a change that breaks references:', broken)
        rollBackHistory()
        next = current
        const refused = fail('INTERNAL', 'Kith hit an unexpected error and did not save this change. Your data is unchanged.')
        results = results.map((r) => (r.ok ? refused : r))
      }
      if (next !== current) {
        try {
          const saved = next
          const change = delta as NetworkDelta
          await this.onDisk(() => this.save(change, saved))
          this.db.data = next
          this.announce(current, next)
        } catch (error) {
          rollBackHistory()
          const failed = writeFailure(error)
          results = results.map((r) => (r.ok ? failed : r))
        }
      }
      batch.forEach(({ resolve }, i) => resolve(results[i] as Result<unknown>))
      if (next === this.db.data && next !== current) await this.afterSave()
    }
    this.draining = null
  }

  /** Runs `step` once every disk change started before it has ended. */
  private onDisk<T>(step: () => Promise<T>): Promise<T> {
    const turn = this.diskTurn.then(step)
    this.diskTurn = turn.catch(() => undefined)
    return turn
  }

  /** One batch to disk: its delta appended to the journal, or the whole file when it is small. */
  private async save(delta: NetworkDelta, next: NetworkFile): Promise<void> {
    if (!this.journaling || this.journal.isBroken) return this.writeWhole(next)
    await confirmStillOwner(this.file, this.adapter.identity, this.options.lock)
    await this.journal.append({ delta })
  }

  /**
   * Replaces kith.json with `data` and starts the journal afresh (or drops it, for a small file). Only
   * from inside onDisk.
   */
  private async writeWhole(data: NetworkFile): Promise<void> {
    const hash = createHash('sha256')
    const replacement = await prepareReplacement(this.file, hashed(networkText(data), hash), this.io)
    await this.replaceWith(replacement, hash.digest('hex'), this.journal.size)
  }

  /**
   * The quick end of a whole write: the journal first records that the new file holds every change in it
   * (so a crash right after the rename replays onto the new file, harmlessly), then the rename, then a
   * fresh journal carrying whatever was appended after `carryFrom`.
   */
  private async replaceWith(replacement: Awaited<ReturnType<typeof prepareReplacement>>, hash: string, carryFrom: number): Promise<void> {
    await replacement.commit(async () => {
      await confirmStillOwner(this.file, this.adapter.identity, this.options.lock)
      if (this.journaling && !this.journal.isBroken) await this.journal.append({ includedIn: hash })
    })
    this.adapter.identity = identityOf(replacement.written)
    this.adapter.hash = hash
    this.adapter.size = Number(replacement.written.size)
    const wantsJournal = this.adapter.size >= (this.options.journalFromBytes ?? JOURNAL_FROM_BYTES)
    try {
      if (wantsJournal) {
        const carried = this.journaling && !this.journal.isBroken ? await this.journal.readFrom(carryFrom) : ''
        const carriedDeltas = carried.split('\n').filter((line) => line.includes(' {"delta":')).length
        await this.journal.startFresh(hash, carried, carriedDeltas)
        this.journaling = true
      } else if (this.journaling || this.journal.isBroken) {
        await this.journal.close()
        this.journaling = false
        await unlink(this.journal.file).catch((error: unknown) => {
          if (!isErrno(error, 'ENOENT')) throw error
        })
      }
    } catch (error) {
      // kith.json is saved and the old journal (with its marker) still replays correctly onto it; the
      // next save writes the whole file again.
      this.journaling = false
      console.error(`Kith could not start a fresh journal: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  /** Folds the journal into kith.json: the slow part (writing 60–90 MB) runs while saves go on. */
  private compact(): Promise<void> {
    this.compacting ??= (async () => {
      const data = this.db.data
      const carryFrom = this.journal.size
      const hash = createHash('sha256')
      let replacement: Awaited<ReturnType<typeof prepareReplacement>> | null = null
      try {
        replacement = await prepareReplacement(this.file, hashed(networkText(data), hash), this.io)
        const prepared = replacement
        await this.onDisk(() => this.replaceWith(prepared, hash.digest('hex'), carryFrom))
        await this.takeTodaysBackup()
      } catch (error) {
        await replacement?.discard()
        // Nothing is lost: the journal still holds every change. It is tried again later.
        console.error(`Kith could not fold its journal into ${this.file} yet: ${error instanceof Error ? error.message : String(error)}`)
      } finally {
        this.compacting = null
      }
    })()
    return this.compacting
  }

  /** After a save: today's backup, and a compaction when the journal has grown or once the user pauses. */
  private async afterSave(): Promise<void> {
    // Nothing in the journal: kith.json was just written whole, and a backup can copy it as it is.
    if (!this.journaling || this.journal.entries === 0) return this.takeTodaysBackup()
    const today = this.options.today()
    const large = this.journal.size >= COMPACT_AT_BYTES || this.journal.entries >= (this.options.compactAtEntries ?? COMPACT_AT_ENTRIES)
    // A new day's backup is a copy of kith.json, so it waits for the journal to be folded in.
    if (large || !this.backups.hasToday(today)) void this.compact()
    this.stopIdleTimer()
    this.idleTimer = setTimeout(() => {
      if (this.journal.entries > 0 && !this.closed) void this.compact()
    }, this.options.compactWhenIdleMs ?? COMPACT_WHEN_IDLE_MS)
    this.idleTimer.unref()
  }

  private stopIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.idleTimer = null
  }

  /**
   * Replays kith.journal onto the file just read, or, for a large file without one, starts it. A journal
   * that names another file, or is damaged, is kept aside under a new name and never replayed here.
   */
  private async openJournal(text: string | null): Promise<void> {
    const hash = this.adapter.hash
    if (text !== null) {
      const replay = hash === null ? ({ kind: 'foreign', deltas: parseJournal(text).deltas.length } as const) : replayJournal(this.db.data, hash, text)
      if (replay.kind === 'foreign' && replay.deltas === 0) {
        // Nothing in it to lose (kith.json was edited or replaced after a clean shutdown): start afresh below.
        await unlink(this.journal.file)
      } else if (replay.kind === 'foreign') {
        await this.setJournalAside(`it belongs to another version of ${STORE_FILE} (a backup restored by hand?)`)
      } else {
        this.db.data = replay.file
        if (replay.kind === 'damaged') await this.setJournalAside(`${replay.why}; ${plural(replay.deltas, 'change')} before that point ${replay.deltas === 1 ? 'was' : 'were'} kept`)
        else if (replay.deltas > 0 || replay.torn) {
          await this.journal.resume(replay.goodBytes, replay.deltas)
          this.journaling = true
        } else if (this.adapter.size >= (this.options.journalFromBytes ?? JOURNAL_FROM_BYTES)) {
          await this.journal.resume(replay.goodBytes, 0)
          this.journaling = true
        }
        // Anything replayed onto a small file (or kept from a damaged journal) is saved whole right away.
        if (replay.deltas > 0 && !this.journaling) await this.saveOpened()
        return
      }
    }
    if (hash !== null && this.adapter.size >= (this.options.journalFromBytes ?? JOURNAL_FROM_BYTES)) {
      await this.journal.startFresh(hash)
      this.journaling = true
    }
  }

  private async setJournalAside(why: string): Promise<void> {
    await this.journal.close()
    this.journaling = false
    const aside = await Journal.setAside(this.journal.file)
    if (aside) console.error(`Kith did not replay ${this.journal.file}: ${why}. It is kept as ${aside}.`)
  }

  /** Saves the network as opened (journal replayed) as a whole file; if that fails it stays in memory and the next save retries. */
  private async saveOpened(): Promise<void> {
    try {
      await this.onDisk(() => this.writeWhole(this.db.data))
    } catch (error) {
      console.error(`Kith could not save ${this.file} after replaying its journal: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  /**
   * After reading an older format: keep the old file among the backups, then save the upgraded one, so
   * the file on disk matches what Kith shows. If either fails, the old file stays and Kith works in memory
   * until the next successful save.
   */
  private async saveUpgrade(): Promise<void> {
    const upgrade = this.adapter.upgradedFrom
    if (!upgrade) return
    this.adapter.upgradedFrom = null
    try {
      const kept = await this.backups.keep(`kith-${this.options.today()}-format-${upgrade.version}.json`, upgrade.text)
      await this.onDisk(() => this.writeWhole(this.db.data))
      console.error(`Kith upgraded your data from format ${upgrade.version} (${upgrade.steps.join(', ')}); the previous file is kept as backups/${kept}.`)
    } catch (error) {
      console.error(`Kith could not save the upgraded data file yet: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  /** Today's backup, a copy of kith.json as it is on disk (a file that validated when read or was just written). */
  private async backUp(): Promise<void> {
    if (this.adapter.hash === null) return
    try {
      await this.backups.takeDaily(this.file, this.options.today())
    } catch (error) {
      // A backup failing must not stop the user's work; it is reported and retried on the next save.
      console.error(`Kith could not write today's backup: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  /** Skips the folder check once today's backup is known, and waits for a journal to be folded in first. */
  private async takeTodaysBackup(): Promise<void> {
    if (this.backups.hasToday(this.options.today())) return
    if (this.journaling && this.journal.entries > 0) return
    await this.backUp()
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

/**
 * A file this Kith wrote and validated before (its hash is in the journal): parsed, not checked again.
 * Anything but the current format still takes the full path.
 */
function trustedLoad(text: string): LoadOutcome {
  try {
    const raw = JSON.parse(text) as NetworkFile
    if (raw.schemaVersion === SCHEMA_VERSION) return { ok: true, file: raw, migratedFrom: SCHEMA_VERSION, applied: [] }
  } catch {
    // Fall through to the full path, which says what is wrong.
  }
  return loadNetworkFile(text)
}

/** Passes chunks through while hashing them, so the hash names exactly the bytes written. */
function* hashed(chunks: Iterable<string>, hash: Hash): Generator<string> {
  for (const chunk of chunks) {
    hash.update(chunk, 'utf8')
    yield chunk
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
