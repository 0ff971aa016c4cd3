import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { acquireDataLock, DataFolderLockedError, LOCK_FILE } from '../../../electron/backend/data-lock'
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
    expect(() => acquireDataLock(dir, 'browser')).toThrow(/If no Kith is running, delete/)
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
