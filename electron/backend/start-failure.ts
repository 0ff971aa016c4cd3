import { isErrno } from './atomic-write'
import { DataFolderLockedError } from './data-lock'

const ANOTHER_FOLDER = 'start Kith with --data-dir DIR to use another folder'

/**
 * Why the backend did not open on `dataDir`, in words a user can act on; both hosts show it and exit.
 *
 * The errors are raw system codes (EACCES, EROFS) that name a temp file the user never heard of; this
 * names the folder, says what is wrong with it and what to do.
 */
export function describeStartFailure(error: unknown, dataDir: string): string {
  if (error instanceof DataFolderLockedError) return error.message
  if (isErrno(error, 'EACCES', 'EPERM')) {
    return (
      `Kith cannot use its data folder ${dataDir}: it is not allowed to create files there. ` +
      `Fix the folder’s permissions so your user account can write to it, or ${ANOTHER_FOLDER}.`
    )
  }
  if (isErrno(error, 'EROFS')) {
    return `Kith cannot use its data folder ${dataDir}: it is on a read-only disk. Make that disk writable, or ${ANOTHER_FOLDER}.`
  }
  if (isErrno(error, 'ENOTDIR', 'EEXIST')) {
    return `Kith cannot use ${dataDir} as its data folder: it, or a folder above it, is a file. Move that file, or ${ANOTHER_FOLDER}.`
  }
  if (isErrno(error, 'ENOSPC')) {
    return `Kith cannot start: the disk holding its data folder ${dataDir} is full. Free some space, or ${ANOTHER_FOLDER}.`
  }
  const detail = error instanceof Error ? error.message : String(error)
  return `Kith could not open its data folder ${dataDir} (${detail}). If it persists, ${ANOTHER_FOLDER}.`
}
