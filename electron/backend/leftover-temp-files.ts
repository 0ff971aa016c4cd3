import { readdir, unlink } from 'node:fs/promises'
import path from 'node:path'
import { followLinks, parseTempName } from './atomic-write'
import { BACKUP_DIR } from './backups'
import { isProcessRunning } from './process-identity'

/**
 * Removes temp files left by a process killed mid-write; safe because the caller holds the folder's lock.
 *
 * Looks in the data folder, its backups, and the folder of the store file's target when it is a symlink
 * (there only for that file's name). A temp file of another running process is left alone: if the lock was
 * deleted under a running Kith, its write in flight then ends normally (and is refused or kept by
 * write-guard.ts) instead of failing oddly.
 */
export async function removeLeftoverTempFiles(dataDir: string, storeFile: string): Promise<void> {
  const target = await followLinks(path.join(dataDir, storeFile)).catch(() => null)
  const places: { dir: string; isOurs: (file: string) => boolean }[] = [
    // kith.json and the daily backups, kith-YYYY-MM-DD….json.
    { dir: dataDir, isOurs: (file) => file.startsWith('kith') },
    { dir: path.join(dataDir, BACKUP_DIR), isOurs: (file) => file.startsWith('kith') },
    ...(target ? [{ dir: path.dirname(target), isOurs: (file: string) => file === path.basename(target) }] : []),
  ]
  for (const { dir, isOurs } of places) {
    const names = await readdir(dir).catch(() => [] as string[])
    for (const name of names) {
      const temp = parseTempName(name)
      const inFlight = temp !== null && temp.pid !== process.pid && isProcessRunning(temp.pid)
      if (temp && isOurs(temp.file) && !inFlight) await unlink(path.join(dir, name)).catch(() => undefined)
    }
  }
}
