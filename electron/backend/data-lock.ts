import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { hostname, uptime } from 'node:os'
import path from 'node:path'
import { isErrno } from './atomic-write'
import { bootId, hasProcessStartTimes, isProcessRunning, processStartTime } from './process-identity'

export const LOCK_FILE = 'kith.lock'

/** Thrown when another running Kith already owns the data folder. */
export class DataFolderLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockInfo | null,
  ) {
    super(lockedMessage(lockPath, holder))
    this.name = 'DataFolderLockedError'
  }
}

/** How to find the other Kith comes first: deleting the lock of one that still runs loses its work. */
function lockedMessage(lockPath: string, holder: LockInfo | null): string {
  const elsewhere = holder && holder.hostname !== hostname() ? ` on the computer ${holder.hostname}` : ''
  const who = holder ? ` (process ${holder.pid}, ${holder.host}${elsewhere})` : ''
  const which = holder ? ` Process ${holder.pid}${elsewhere} is the one holding it.` : ''
  return (
    `Kith is already open with this data folder${who}. ` +
    `Check whether another Kith is running: a Kith window, or a terminal running “npm run serve”.${which} ` +
    `Close it first, or use another folder with --data-dir. ` +
    `Only if no Kith is running, delete ${lockPath} and start Kith again.`
  )
}

export interface LockInfo {
  readonly pid: number
  readonly hostname: string
  /** Which host holds it: `desktop` or `browser`. */
  readonly host: string
  readonly since: string
  /** Random for each lock taken, so a holder can tell its own lock from any other, whatever the pids. */
  readonly token?: string
  /** The holder's start time (see process-identity.ts); null where the platform has none. Absent in older locks. */
  readonly startTime?: string | null
  /** The boot the lock was taken in; null where the platform has none. Absent in older locks. */
  readonly bootId?: string | null
}

/** Who owns the data folder as seen by one holder: itself, nobody (its lock file was deleted), or another. */
export type LockCheck = { readonly state: 'mine' } | { readonly state: 'missing' } | { readonly state: 'other'; readonly holder: LockInfo | null }

export interface DataLock {
  readonly path: string
  /** Reads the lock file again: whether it is still this holder's. */
  check(): LockCheck
  /** Takes the lock again after its file was deleted; false when another process took it first. */
  retake(): boolean
  /** Removes the lock if it is still ours. Safe to call twice. */
  release(): void
}

/** Tokens of the locks this process holds, so a lock naming our own pid can be told from a previous process's. */
const heldTokens = new Set<string>()

/**
 * Makes this process the only writer of `dir`, across both hosts.
 *
 * lowdb/steno assume one writer; two processes on one file corrupted it in most runs. The lock file is
 * created exclusively; one left by a process that no longer runs on this machine is taken over.
 */
export function acquireDataLock(dir: string, host: string): DataLock {
  const lockPath = path.join(dir, LOCK_FILE)
  const mine: LockInfo = {
    pid: process.pid,
    hostname: hostname(),
    host,
    since: new Date().toISOString(),
    token: randomBytes(16).toString('hex'),
    startTime: processStartTime(process.pid),
    bootId: bootId(),
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(lockPath, mine)) return ownLock(lockPath, mine)
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
 * Whether the lock's process still runs.
 *
 * A pid alone is not enough: in a container Kith gets the same pid every start, so a crashed Kith's lock
 * would name a running process (often this one) forever. Where the platform says, the boot and the
 * process's start time must match too; elsewhere a lock from before the last boot is stale. A lock from
 * another machine (shared folder) cannot be checked, so it counts as live.
 */
function isLive(info: LockInfo): boolean {
  if (info.hostname !== hostname()) return true
  if (info.token !== undefined && heldTokens.has(info.token)) return true
  const boot = bootId()
  if (boot !== null && typeof info.bootId === 'string') {
    if (info.bootId !== boot) return false
  } else if (Date.parse(info.since) < Date.now() - uptime() * 1000 - 60_000) {
    return false
  }
  if (hasProcessStartTimes() && typeof info.startTime === 'string') return processStartTime(info.pid) === info.startTime
  // Our pid, but not a lock we hold: a previous process had this pid.
  if (info.pid === process.pid) return false
  return isProcessRunning(info.pid)
}

const sameLock = (a: LockInfo, b: LockInfo): boolean => a.pid === b.pid && a.since === b.since && a.token === b.token

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
  if (moved !== 'missing' && moved !== 'unreadable' && (stale === null || !sameLock(moved, stale))) {
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

function ownLock(lockPath: string, mine: LockInfo): DataLock {
  const token = mine.token as string
  heldTokens.add(token)
  const check = (): LockCheck => {
    const holder = readLock(lockPath)
    if (holder === 'missing') return { state: 'missing' }
    if (holder !== 'unreadable' && holder.token === token) return { state: 'mine' }
    return { state: 'other', holder: holder === 'unreadable' ? null : holder }
  }
  return {
    path: lockPath,
    check,
    retake: () => heldTokens.has(token) && tryCreate(lockPath, mine),
    release() {
      if (!heldTokens.delete(token)) return
      if (check().state !== 'mine') return
      try {
        unlinkSync(lockPath)
      } catch {
        // already gone
      }
    },
  }
}
