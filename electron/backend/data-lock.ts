import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { hostname, uptime } from 'node:os'
import path from 'node:path'
import { isErrno } from './atomic-write'

export const LOCK_FILE = 'kith.lock'

/** Thrown when another running Kith already owns the data folder. */
export class DataFolderLockedError extends Error {
  constructor(readonly lockPath: string, readonly holder: LockInfo | null) {
    super(
      `Kith is already open with this data folder${holder ? ` (process ${holder.pid}, ${holder.host})` : ''}. ` +
        `Close it first, or use another folder with --data-dir. If no Kith is running, delete ${lockPath}.`,
    )
    this.name = 'DataFolderLockedError'
  }
}

export interface LockInfo {
  readonly pid: number
  readonly hostname: string
  /** Which host holds it: `desktop` or `browser`. */
  readonly host: string
  readonly since: string
}

export interface DataLock {
  readonly path: string
  /** Removes the lock if it is still ours. Safe to call twice. */
  release(): void
}

/**
 * Makes this process the only writer of `dir`, across both hosts.
 *
 * lowdb/steno assume one writer; two processes on one file corrupted it in most runs. The lock file is
 * created exclusively; one left by a process that no longer runs on this machine is taken over.
 */
export function acquireDataLock(dir: string, host: string): DataLock {
  const lockPath = path.join(dir, LOCK_FILE)
  const mine: LockInfo = { pid: process.pid, hostname: hostname(), host, since: new Date().toISOString() }
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(lockPath, mine)) return ownLock(lockPath)
    const holder = readLock(lockPath)
    if (holder === 'missing') continue
    if (holder !== 'unreadable' && isLive(holder)) throw new DataFolderLockedError(lockPath, holder)
    // A lock is linked into place complete, so an unreadable one was damaged: nobody holds it.
    breakStaleLock(lockPath, holder === 'unreadable' ? null : holder)
  }
  throw new DataFolderLockedError(lockPath, null)
}

/**
 * Writes the lock to a temp file, then hard-links it into place: the link appears complete or not at
 * all (a crash or full disk never leaves a half-written lock), and fails with EEXIST if taken.
 */
function tryCreate(lockPath: string, info: LockInfo): boolean {
  const temp = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  const fd = openSync(temp, 'wx', 0o600)
  try {
    writeSync(fd, JSON.stringify(info))
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  try {
    linkSync(temp, lockPath)
    return true
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false
    throw error
  } finally {
    unlinkSync(temp)
  }
}

function readLock(lockPath: string): LockInfo | 'missing' | 'unreadable' {
  let text: string
  try {
    text = readFileSync(lockPath, 'utf8')
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return 'missing'
    throw error
  }
  try {
    const info = JSON.parse(text) as Partial<LockInfo>
    if (typeof info.pid === 'number' && typeof info.hostname === 'string') return info as LockInfo
  } catch {
    // damaged: reported as unreadable
  }
  return 'unreadable'
}

/**
 * Whether the lock's process still runs. A lock from another machine (shared folder) cannot be checked,
 * so it counts as live; one taken before this machine last booted is stale even if its pid was reused.
 */
function isLive(info: LockInfo): boolean {
  if (info.hostname !== hostname()) return true
  if (info.pid === process.pid) return true
  const bootedAt = Date.now() - uptime() * 1000
  if (Date.parse(info.since) < bootedAt - 60_000) return false
  try {
    process.kill(info.pid, 0)
    return true
  } catch (error) {
    return !isErrno(error, 'ESRCH')
  }
}

/** Moves a dead process's (or a damaged) lock aside; if a live one was moved by a race, puts it back and gives up. */
function breakStaleLock(lockPath: string, stale: LockInfo | null): void {
  const aside = `${lockPath}.stale-${process.pid}`
  try {
    renameSync(lockPath, aside)
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return
    throw error
  }
  const moved = readLock(aside)
  if (moved !== 'missing' && moved !== 'unreadable' && (moved.pid !== stale?.pid || moved.since !== stale.since)) {
    try {
      linkSync(aside, lockPath)
    } catch {
      // someone else holds it now either way
    }
    unlinkSync(aside)
    throw new DataFolderLockedError(lockPath, moved)
  }
  unlinkSync(aside)
}

function ownLock(lockPath: string): DataLock {
  let released = false
  return {
    path: lockPath,
    release() {
      if (released) return
      released = true
      const holder = readLock(lockPath)
      if (holder !== 'missing' && holder !== 'unreadable' && holder.pid === process.pid) {
        try {
          unlinkSync(lockPath)
        } catch {
          // already gone
        }
      }
    },
  }
}
