import { randomBytes } from 'node:crypto'
import type { BigIntStats } from 'node:fs'
import { chmod, constants, copyFile, open, readlink, rename, unlink } from 'node:fs/promises'
import path from 'node:path'

/** The file operations a durable write needs; tests swap them to simulate a full disk or a failing rename. */
export interface WriteIo {
  readonly open: typeof open
  readonly rename: typeof rename
  readonly unlink: typeof unlink
}

export const nodeWriteIo: WriteIo = { open, rename, unlink }

const WRITE_BATCH = 1 << 20

/**
 * Replaces `file` with `data` so that a crash at any moment leaves either the old or the new content.
 *
 * Unique temp file (two writers never share one), fsync before rename (the rename cannot land before the
 * bytes), fsync of the folder after (the rename itself survives power loss), mode 0600 (a network of people
 * is private). On failure the temp file is removed and `file` is untouched. A symlink stays a link: its
 * target is replaced, with the temp file in the target's folder.
 *
 * `beforeReplace` runs once the new content is on disk, just before the rename, and may refuse by
 * throwing: checking there leaves the shortest gap before the file changes. Resolves to the new file's
 * stats, taken from the temp file itself, so they describe exactly what was written even if another
 * program replaces the file right after.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Iterable<string>,
  io: WriteIo = nodeWriteIo,
  beforeReplace?: () => Promise<void>,
): Promise<BigIntStats> {
  const prepared = await prepareReplacement(file, data, io)
  await prepared.commit(beforeReplace)
  return prepared.written
}

/** A new content for a file, on disk beside it, waiting to replace it (see writeFileAtomic). */
export interface Replacement {
  /** Stats of the new content, taken from the temp file itself. */
  readonly written: BigIntStats
  /** Runs `beforeReplace` (which may refuse by throwing), then renames the new content into place. */
  commit(beforeReplace?: () => Promise<void>): Promise<void>
  /** Removes the temp file, leaving `file` as it was. */
  discard(): Promise<void>
}

/**
 * The first half of writeFileAtomic, for a caller that must do other work between the slow part (writing
 * and flushing the bytes) and the quick one (the rename). `data` in chunks is written chunk by chunk, so
 * producing a large file leaves the event loop free between them.
 */
export async function prepareReplacement(file: string, data: string | Iterable<string>, io: WriteIo = nodeWriteIo): Promise<Replacement> {
  const target = await followLinks(file)
  const dir = path.dirname(target)
  // Named `.<file>.<pid>.<random>.tmp`; DurableStore.open removes leftovers of this shape (see parseTempName).
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  const discard = () => io.unlink(temp).catch(() => undefined)
  let handle: Awaited<ReturnType<typeof open>> | undefined
  let written: BigIntStats
  try {
    handle = await io.open(temp, 'wx', 0o600)
    if (typeof data === 'string') await handle.writeFile(data, 'utf8')
    else {
      // Chunks are gathered to about a megabyte a write: one write for a small file, few for a large one.
      let pending = ''
      for (const chunk of data) {
        pending += chunk
        if (pending.length >= WRITE_BATCH) {
          await handle.write(pending, null, 'utf8')
          pending = ''
        }
      }
      if (pending) await handle.write(pending, null, 'utf8')
    }
    await handle.sync()
    written = await handle.stat({ bigint: true })
    await handle.close()
    handle = undefined
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await discard()
    throw error
  }
  return {
    written,
    discard,
    async commit(beforeReplace) {
      try {
        await beforeReplace?.()
        await io.rename(temp, target)
      } catch (error) {
        await discard()
        throw error
      }
      await syncDirectory(dir)
    },
  }
}

/** Replaces `file` with a copy of `source`, with the same guarantees as writeFileAtomic (the kernel copies the bytes). */
export async function copyFileAtomic(source: string, file: string, io: WriteIo = nodeWriteIo): Promise<void> {
  const target = await followLinks(file)
  const dir = path.dirname(target)
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await copyFile(source, temp, constants.COPYFILE_EXCL)
    await chmod(temp, 0o600)
    const handle = await io.open(temp, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await io.rename(temp, target)
  } catch (error) {
    await io.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncDirectory(dir)
}

/**
 * The file a write must replace: `file` itself, or the end of its chain of symlinks (which may not exist yet).
 *
 * Renaming over a link would replace it with a regular file, and a user who linked kith.json into a synced
 * folder would silently stop syncing.
 */
export async function followLinks(file: string): Promise<string> {
  let current = file
  for (let hops = 0; hops < 40; hops++) {
    let next: string
    try {
      next = await readlink(current)
    } catch (error) {
      // Not a link (EINVAL; UNKNOWN on some Windows file systems), or nothing there yet: this is the file.
      if (isErrno(error, 'EINVAL', 'ENOENT', 'UNKNOWN')) return current
      throw error
    }
    current = path.resolve(path.dirname(current), next)
  }
  throw Object.assign(new Error(`ELOOP: too many symbolic links, ${file}`), { code: 'ELOOP' })
}

/** What the name of a temp file writeFileAtomic may have left says: the file it was for, and the writer's pid. */
export function parseTempName(fileName: string): { readonly file: string; readonly pid: number } | null {
  const match = /^\.(.+)\.(\d+)\.[0-9a-f]+\.tmp$/.exec(fileName)
  return match ? { file: match[1] as string, pid: Number(match[2]) } : null
}

/**
 * Flushes a folder's entries to disk; skipped where folders cannot be opened for syncing (Windows).
 *
 * Runs after the rename, when the new content is already in place: a failure here is logged, never
 * reported as a failed write, or the caller would keep the old state while the disk has the new one.
 */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (error) {
    // Some file systems refuse fsync on folders (EINVAL, EISDIR); that is not worth a word.
    if (!isErrno(error, 'EINVAL', 'EISDIR', 'EPERM', 'ENOTSUP')) console.error(`Kith could not flush ${dir}: ${String(error)}`)
  }
}

export function isErrno(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String((error as NodeJS.ErrnoException).code))
}

/** A failed write in words a user can act on. */
export function describeWriteError(error: unknown): string {
  if (isErrno(error, 'ENOSPC')) return 'The disk is full, so the change was not saved. Free some space and try again.'
  if (isErrno(error, 'EACCES', 'EPERM', 'EROFS')) {
    return 'Kith is not allowed to write to its data folder, so the change was not saved. Check the folder’s permissions.'
  }
  const detail = error instanceof Error ? error.message : String(error)
  return `The change could not be saved (${detail}). Your data on disk is unchanged.`
}
