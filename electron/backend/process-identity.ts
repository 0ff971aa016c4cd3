import { readFileSync } from 'node:fs'
import { isErrno } from './atomic-write'

/** Whether a process with this pid runs on this machine (any process: pids are reused). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, under another user.
    return !isErrno(error, 'ESRCH')
  }
}

/**
 * When process `pid` started, in clock ticks since boot (Linux: field 22 of /proc/<pid>/stat); null when
 * no such process runs or the platform has no /proc.
 *
 * A pid alone can be reused (in a container Kith is often pid 1 every time); pid and start time together
 * name one process for the life of the machine.
 */
export function processStartTime(pid: number): string | null {
  let stat: string
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return null
  }
  // Field 2 is the command name in parentheses and may itself contain spaces or ')': count after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // fields[0] is field 3 (state), so field 22 is fields[19].
  return fields[19] ?? null
}

let ownStartTime: string | null | undefined
/** Whether this platform reports start times (read once: it does not change while Kith runs). */
export function hasProcessStartTimes(): boolean {
  if (ownStartTime === undefined) ownStartTime = processStartTime(process.pid)
  return ownStartTime !== null
}

let cachedBootId: string | null | undefined
/** A random id the kernel draws at each boot (Linux); null elsewhere. Tells a lock from before a reboot. */
export function bootId(): string | null {
  if (cachedBootId === undefined) {
    try {
      cachedBootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null
    } catch {
      cachedBootId = null
    }
  }
  return cachedBootId
}
