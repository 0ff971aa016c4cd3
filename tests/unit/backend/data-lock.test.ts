import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { acquireDataLock, DataFolderLockedError, LOCK_FILE } from '../../../electron/backend/data-lock'
import { bootId, hasProcessStartTimes, processStartTime } from '../../../electron/backend/process-identity'
import { buildNodeScript } from '../helpers/build-script'
import { tempDir } from '../helpers/temp-dir'

let writer: string
beforeAll(async () => {
  writer = await buildNodeScript('tests/unit/helpers/writer-process.ts', 'writer-process')
})

const deadPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(child.stdout.toString())
}

/** A running process of another program, for locks that name a live pid. */
async function sleeper(): Promise<ChildProcess & { pid: number }> {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' })
  await new Promise((resolve) => child.on('spawn', resolve))
  return child as ChildProcess & { pid: number }
}

const forgeLock = (dir: string, lock: Record<string, unknown>) =>
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ hostname: hostname(), host: 'desktop', since: new Date().toISOString(), token: 'forged', ...lock }))

describe('the data folder lock', () => {
  it('is held by one process at a time: a second Kith process is refused with a clear message', async () => {
    const dir = tempDir()
    const lock = acquireDataLock(dir, 'browser')
    const second = spawnSync(process.execPath, [writer, dir], { encoding: 'utf8', timeout: 30_000 })
    expect(second.status).toBe(3)
    expect(second.stderr).toContain('Kith is already open with this data folder')
    expect(second.stderr).toContain(`process ${process.pid}, browser`)
    lock.release()
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false)
  })

  it('refuses a second holder in the same process too', () => {
    const dir = tempDir()
    const lock = acquireDataLock(dir, 'desktop')
    expect(() => acquireDataLock(dir, 'browser')).toThrow(DataFolderLockedError)
    lock.release()
    acquireDataLock(dir, 'browser').release()
  })

  it('takes over a lock left by a process that has ended', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), hostname: hostname(), host: 'desktop', since: '2026-01-01T00:00:00Z' }))
    const lock = acquireDataLock(dir, 'browser')
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, host: 'browser' })
    lock.release()
  })

  it('takes over a damaged (empty) lock and one from before the machine last booted', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, LOCK_FILE), '')
    acquireDataLock(dir, 'browser').release()
    // The pid is alive (our parent) but the lock predates the boot: the pid was reused.
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, hostname: hostname(), host: 'desktop', since: '2000-01-01T00:00:00Z' }))
    acquireDataLock(dir, 'browser').release()
    expect(readdirSync(dir)).toEqual([])
  })

  it('treats a lock from another machine as held, since it cannot be checked', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 1, hostname: 'elsewhere.example', host: 'desktop', since: '2026-01-01T00:00:00Z' }))
    expect(() => acquireDataLock(dir, 'browser')).toThrow(/on the computer elsewhere\.example/)
  })

  it('says how to tell whether another Kith is running before it suggests deleting the lock', () => {
    const dir = tempDir()
    forgeLock(dir, { pid: 4242, hostname: 'elsewhere.example', host: 'browser' })
    const message = (() => {
      try {
        acquireDataLock(dir, 'desktop')
      } catch (error) {
        return (error as Error).message
      }
      throw new Error('expected a refusal')
    })()
    expect(message).toContain('a Kith window, or a terminal running “npm run serve”')
    expect(message).toContain('Process 4242 on the computer elsewhere.example is the one holding it.')
    expect(message.indexOf('Check whether another Kith is running')).toBeLessThan(message.indexOf('delete'))
    expect(message).toContain(`Only if no Kith is running, delete ${path.join(dir, LOCK_FILE)} and start Kith again.`)
  })

  describe.skipIf(!hasProcessStartTimes())('where the platform reports process start times and boots', () => {
    it('takes over a lock naming a running process of another program whose start time does not match (a reused pid)', async () => {
      const dir = tempDir()
      const other = await sleeper()
      try {
        forgeLock(dir, { pid: other.pid, startTime: `${Number(processStartTime(other.pid)) + 1}`, bootId: bootId() })
        const lock = acquireDataLock(dir, 'browser')
        expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, host: 'browser' })
        lock.release()
      } finally {
        other.kill()
      }
    })

    it('takes over a lock naming this very process with another start time (a container’s pid 1 after a crash)', () => {
      const dir = tempDir()
      forgeLock(dir, { pid: process.pid, startTime: `${Number(processStartTime(process.pid)) - 1}`, bootId: bootId() })
      acquireDataLock(dir, 'browser').release()
      // An older lock without start time or token that names our pid cannot be one this process holds either.
      writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, hostname: hostname(), host: 'desktop', since: new Date().toISOString() }))
      acquireDataLock(dir, 'browser').release()
      expect(readdirSync(dir)).toEqual([])
    })

    it('takes over a lock from an earlier boot even when a process with that pid and start time runs now', async () => {
      const dir = tempDir()
      const other = await sleeper()
      try {
        forgeLock(dir, { pid: other.pid, startTime: processStartTime(other.pid), bootId: 'an-earlier-boot' })
        acquireDataLock(dir, 'browser').release()
      } finally {
        other.kill()
      }
    })

    it('still refuses a lock whose pid, start time and boot match a running process', async () => {
      const dir = tempDir()
      const other = await sleeper()
      try {
        forgeLock(dir, { pid: other.pid, startTime: processStartTime(other.pid), bootId: bootId() })
        expect(() => acquireDataLock(dir, 'browser')).toThrow(DataFolderLockedError)
      } finally {
        other.kill()
      }
    })
  })

  it('still refuses a genuinely running holder: a child process that took the lock', async () => {
    const dir = tempDir()
    const holder = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'pipe'] })
    try {
      await new Promise<void>((resolve) => holder.stdout.on('data', (d: Buffer) => d.toString().includes('open') && resolve()))
      const recorded = JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))
      expect(recorded).toMatchObject({ pid: holder.pid, token: expect.stringMatching(/^[0-9a-f]{32}$/) })
      if (hasProcessStartTimes()) expect(recorded).toMatchObject({ startTime: processStartTime(holder.pid!), bootId: bootId() })
      expect(() => acquireDataLock(dir, 'browser')).toThrow(`process ${holder.pid}, test-writer`)
    } finally {
      holder.kill('SIGKILL')
    }
  })

  it('lets the first process keep writing while the second is refused', async () => {
    const dir = tempDir()
    const first = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'pipe'] })
    await new Promise<void>((resolve) => first.stdout.on('data', (d: Buffer) => d.toString().includes('writing') && resolve()))
    const second = spawnSync(process.execPath, [writer, dir], { encoding: 'utf8', timeout: 30_000 })
    first.kill('SIGKILL')
    expect(second.status).toBe(3)
    expect(second.stderr).toContain(`process ${first.pid}, test-writer`)
  })
})
