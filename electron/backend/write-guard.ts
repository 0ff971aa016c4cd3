import type { BigIntStats } from 'node:fs'
import { stat } from 'node:fs/promises'
import { isErrno } from './atomic-write'
import type { DataLock, LockInfo } from './data-lock'

/** Which file kith.json was when the store last read or wrote it; `absent` before it was first saved. */
export type FileIdentity = Pick<BigIntStats, 'dev' | 'ino' | 'size' | 'mtimeNs'> | 'absent'

export const identityOf = (stats: BigIntStats): FileIdentity => ({ dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs })

/** Follows a symlink, so a linked kith.json is judged by its target. */
async function currentIdentity(file: string): Promise<FileIdentity> {
  try {
    return identityOf(await stat(file, { bigint: true }))
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return 'absent'
    throw error
  }
}

function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  if (a === 'absent' || b === 'absent') return a === b
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs
}

/** A write refused because it would overwrite another writer's work; the store answers CONFLICT. */
export class WriteConflictError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WriteConflictError'
  }
}

const takenMessage = (holder: LockInfo | null): string =>
  `This change was not saved: another Kith${holder ? ` (process ${holder.pid}, ${holder.host})` : ''} has opened your data folder ` +
  'since this one started, and saving here would overwrite its work. Keep using that one, or close it and then restart this Kith.'

const changedMessage = (file: string): string =>
  `This change was not saved: ${file} was changed by another program since Kith read it (another Kith, a sync tool or an editor), ` +
  'and saving would overwrite that. Restart Kith to load the file as it is now.'

/**
 * Throws WriteConflictError unless this process still owns the data folder and `file` is still the file
 * it last read or wrote (`expected`; null when that is unknown).
 *
 * The lock alone is not enough: deleting kith.lock while Kith ran let a second Kith start, and each then
 * saved its own copy over the other's acknowledged changes. A lock file that is merely gone is taken again
 * if the file is unchanged. Costs one stat and one small read of the lock per write, next to two fsyncs;
 * writes are coalesced, so a burst of changes pays it once.
 */
export async function confirmStillOwner(file: string, expected: FileIdentity | null, lock: DataLock | undefined): Promise<void> {
  const check = lock?.check() ?? { state: 'mine' }
  if (check.state === 'other') throw new WriteConflictError(takenMessage(check.holder))
  if (expected !== null && !sameFile(expected, await currentIdentity(file))) throw new WriteConflictError(changedMessage(file))
  if (check.state === 'missing' && lock && !lock.retake()) {
    const now = lock.check()
    throw new WriteConflictError(takenMessage(now.state === 'other' ? now.holder : null))
  }
}
