import type { BigIntStats } from 'node:fs'
import { rename, stat, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { isErrno, writeFileAtomic, type WriteIo } from './atomic-write'
import { journalLine, type JournalRecord } from './journal-format'

export const JOURNAL_FILE = 'kith.journal'

/** Thrown when an append failed and the journal could not be cut back to its last whole line. */
export class JournalBrokenError extends Error {}

/**
 * The append side of kith.journal (see journal-format.ts for its text): one line per saved batch,
 * fsynced before the batch is acknowledged.
 *
 * A failed append is cut back off, so the file never holds a half line followed by whole ones; if even
 * that fails, the journal is marked broken and the store must start a fresh one (a compaction) before it
 * appends again.
 */
export class Journal {
  private handle: FileHandle | null = null
  private handleIdentity: { dev: bigint; ino: bigint } | null = null
  /** Bytes on disk, all of them whole lines. */
  private bytes = 0
  /** Deltas appended since the header. */
  private deltas = 0
  private broken = false

  constructor(
    readonly file: string,
    private readonly io: WriteIo,
  ) {}

  get size(): number {
    return this.bytes
  }

  get entries(): number {
    return this.deltas
  }

  get isBroken(): boolean {
    return this.broken
  }

  /** Continues a journal that was read on open, cutting off a torn last line first. */
  async resume(goodBytes: number, deltas: number): Promise<void> {
    await this.close()
    const handle = await this.io.open(this.file, 'r+')
    try {
      await handle.truncate(goodBytes)
      await handle.sync()
      this.adopt(handle, await handle.stat({ bigint: true }), goodBytes, deltas)
    } catch (error) {
      await handle.close().catch(() => undefined)
      throw error
    }
  }

  /**
   * Replaces the journal with one that belongs to the kith.json whose SHA-256 is `base`, carrying
   * `carried` (whole lines of deltas saved since that file's content was taken), atomically.
   */
  async startFresh(base: string, carried = '', carriedDeltas = 0): Promise<void> {
    const text = journalLine({ journal: 1, base }) + carried
    await writeFileAtomic(this.file, text, this.io)
    await this.close()
    const handle = await this.io.open(this.file, 'r+')
    this.adopt(handle, await handle.stat({ bigint: true }), Buffer.byteLength(text), carriedDeltas)
  }

  /** The journal's bytes from `offset` to its end (whole lines), to carry into a fresh journal. */
  async readFrom(offset: number): Promise<string> {
    if (!this.handle) return ''
    const length = this.bytes - offset
    if (length <= 0) return ''
    const buffer = Buffer.alloc(length)
    await this.handle.read(buffer, 0, length, offset)
    return buffer.toString('utf8')
  }

  /** Appends one record and waits until it is on disk. On failure nothing of it stays. */
  async append(record: JournalRecord): Promise<void> {
    if (!this.handle || this.broken) throw new JournalBrokenError('The journal is not open.')
    await this.confirmSameFile()
    const line = Buffer.from(journalLine(record), 'utf8')
    try {
      await this.handle.write(line, 0, line.length, this.bytes)
      await this.handle.sync()
    } catch (error) {
      try {
        await this.handle.truncate(this.bytes)
        await this.handle.sync()
      } catch {
        this.broken = true
      }
      throw error
    }
    this.bytes += line.length
    if ('delta' in record) this.deltas++
  }

  async close(): Promise<void> {
    const handle = this.handle
    this.handle = null
    this.handleIdentity = null
    await handle?.close().catch(() => undefined)
  }

  /** Sets a journal that belongs to no file aside, keeping it; returns the name it now has, or null when there was none. */
  static async setAside(file: string): Promise<string | null> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const aside = path.join(path.dirname(file), `kith-journal-set-aside-${stamp}.journal`)
    try {
      await rename(file, aside)
      return aside
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return null
      throw error
    }
  }

  private adopt(handle: FileHandle, stats: BigIntStats, bytes: number, deltas: number): void {
    this.handle = handle
    this.handleIdentity = { dev: stats.dev, ino: stats.ino }
    this.bytes = bytes
    this.deltas = deltas
    this.broken = false
  }

  /** An append must land in the journal beside kith.json, not in one another program renamed or deleted. */
  private async confirmSameFile(): Promise<void> {
    const now = await stat(this.file, { bigint: true }).catch(() => null)
    if (!now || !this.handleIdentity || now.ino !== this.handleIdentity.ino || now.dev !== this.handleIdentity.dev) {
      this.broken = true
      throw new JournalBrokenError(`${this.file} was moved or replaced by another program.`)
    }
  }
}
