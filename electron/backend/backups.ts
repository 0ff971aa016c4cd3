import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { BACKUP_FILE_NAME, type BackupInfo } from '../../src/core/contract'
import type { IsoDate } from '../../src/core/dates'
import { copyFileAtomic, writeFileAtomic, type WriteIo } from './atomic-write'

export const BACKUP_DIR = 'backups'
/** Daily backups kept; the oldest beyond this are removed. */
export const BACKUPS_KEPT = 10

const dailyName = (day: IsoDate): string => `kith-${day}.json`

/**
 * Rolling daily copies of the network file, taken only of content that just validated.
 *
 * A backup is a plain copy of the store file, so restoring one by hand is a file copy.
 */
export class Backups {
  /** Day of the last backup this process made or found, to skip the folder check on every write. */
  private lastDay: IsoDate | null = null

  /** Whether today's backup is known to exist, so a save can skip the folder check. */
  hasToday(today: IsoDate): boolean {
    return this.lastDay === today
  }

  constructor(
    readonly dataDir: string,
    private readonly io?: WriteIo,
  ) {}

  get dir(): string {
    return path.join(this.dataDir, BACKUP_DIR)
  }

  /**
   * Saves today's backup, a copy of `source` (a store file that just validated), unless one exists, then
   * prunes to the newest ten. A kernel copy: at 30,000 contacts the file is 60 MB or more.
   */
  async takeDaily(source: string, today: IsoDate): Promise<void> {
    if (this.lastDay === today) return
    const file = path.join(this.dir, dailyName(today))
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    const exists = await stat(file).then(
      () => true,
      () => false,
    )
    if (!exists) await copyFileAtomic(source, file, this.io)
    this.lastDay = today
    await this.prune()
  }

  /** Keeps `text` under a name of its own (e.g. before an upgrade) unless that backup exists; returns its name. */
  async keep(name: string, text: string): Promise<string> {
    if (!BACKUP_FILE_NAME.test(name)) throw new Error(`Not a backup name: ${name}`)
    await mkdir(this.dir, { recursive: true, mode: 0o700 })
    const file = path.join(this.dir, name)
    const exists = await stat(file).then(
      () => true,
      () => false,
    )
    if (!exists) await writeFileAtomic(file, text, this.io)
    await this.prune()
    return name
  }

  /** Backups newest first. */
  async list(): Promise<BackupInfo[]> {
    let names: string[]
    try {
      names = (await readdir(this.dir)).filter((n) => BACKUP_FILE_NAME.test(n))
    } catch {
      return []
    }
    const infos = await Promise.all(
      names.map(async (name) => {
        // A backup pruned between readdir and stat is simply no longer listed.
        const s = await stat(path.join(this.dir, name)).catch(() => null)
        return s && { name, modifiedAt: s.mtime.toISOString(), sizeBytes: s.size }
      }),
    )
    return infos.filter((i) => i !== null).sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name))
  }

  async read(name: string): Promise<string> {
    if (!BACKUP_FILE_NAME.test(name)) throw new Error(`Not a backup name: ${name}`)
    return readFile(path.join(this.dir, name), 'utf8')
  }

  private async prune(): Promise<void> {
    const backups = await this.list()
    for (const old of backups.slice(BACKUPS_KEPT)) {
      await unlink(path.join(this.dir, old.name)).catch(() => undefined)
    }
  }
}
