import { spawn } from 'node:child_process'
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DataFolderLockedError } from '../../../electron/backend/data-lock'
import { describeStartFailure } from '../../../electron/backend/start-failure'
import { buildNodeScript } from '../helpers/build-script'
import { tempDir } from '../helpers/temp-dir'

const errno = (code: string) => Object.assign(new Error(`${code}: something, open '/data/kith.lock.1.ab.tmp'`), { code })

describe('describeStartFailure', () => {
  it('names the folder and says what to do, for each way a folder can be unusable', () => {
    const dir = '/home/ana/kith'
    expect(describeStartFailure(errno('EACCES'), dir)).toBe(
      'Kith cannot use its data folder /home/ana/kith: it is not allowed to create files there. ' +
        'Fix the folder’s permissions so your user account can write to it, or start Kith with --data-dir DIR to use another folder.',
    )
    expect(describeStartFailure(errno('EPERM'), dir)).toBe(describeStartFailure(errno('EACCES'), dir))
    expect(describeStartFailure(errno('EROFS'), dir)).toBe(
      'Kith cannot use its data folder /home/ana/kith: it is on a read-only disk. Make that disk writable, or start Kith with --data-dir DIR to use another folder.',
    )
    expect(describeStartFailure(errno('ENOTDIR'), dir)).toContain('it, or a folder above it, is a file')
    expect(describeStartFailure(errno('ENOSPC'), dir)).toContain('the disk holding its data folder /home/ana/kith is full')
    for (const code of ['EACCES', 'EROFS', 'ENOTDIR', 'ENOSPC']) expect(describeStartFailure(errno(code), dir)).not.toContain(code)
    const locked = new DataFolderLockedError('/home/ana/kith/kith.lock', null)
    expect(describeStartFailure(locked, dir)).toBe(locked.message)
    expect(describeStartFailure(new Error('EIO: i/o error'), dir)).toBe(
      'Kith could not open its data folder /home/ana/kith (EIO: i/o error). If it persists, start Kith with --data-dir DIR to use another folder.',
    )
  })
})

describe.skipIf(process.platform === 'win32')('the browser host on a read-only data folder', () => {
  const hostDir = path.resolve('node_modules/.cache/kith-test-host')
  let host: string
  beforeAll(async () => {
    // The host serves ../renderer beside its own folder and refuses to start without an index.html there.
    mkdirSync(path.join(hostDir, 'renderer'), { recursive: true })
    writeFileSync(path.join(hostDir, 'renderer', 'index.html'), '<!doctype html><title>Kith</title>')
    host = await buildNodeScript('electron/browser-host/index.ts', 'browser-host', path.join(hostDir, 'main'))
  })
  afterAll(() => rmSync(hostDir, { recursive: true, force: true }))

  it('exits with one plain sentence naming the folder, not a raw EACCES', async (context) => {
    const parent = tempDir()
    const dataDir = path.join(parent, 'data')
    mkdirSync(dataDir)
    // Root writes through chmod, so as root the host runs as "nobody", who owns the folder but may not write to it.
    const asRoot = process.getuid?.() === 0
    if (asRoot) {
      chmodSync(parent, 0o755)
      chownSync(dataDir, 65534, 65534)
    }
    chmodSync(dataDir, 0o500)
    try {
      if (!asRoot && canWrite(dataDir)) return context.skip('this file system ignores folder permissions, so chmod cannot make the folder read-only')
      const run = await runHost(host, dataDir, asRoot ? { uid: 65534, gid: 65534 } : {})
      if (run.spawnError) return context.skip(`could not start the host as another user to test a read-only folder as root (${run.spawnError})`)
      expect(run.code).toBe(1)
      expect(run.stdout).toBe('')
      expect(run.stderr.trim()).toBe(describeStartFailure(Object.assign(new Error(), { code: 'EACCES' }), dataDir))
      expect(run.stderr).not.toMatch(/EACCES|\n\s+at /)
    } finally {
      chmodSync(dataDir, 0o700)
    }
  })
})

function canWrite(dir: string): boolean {
  try {
    const probe = mkdtempSync(path.join(dir, 'probe-'))
    rmSync(probe, { recursive: true })
    return true
  } catch {
    return false
  }
}

function runHost(script: string, dataDir: string, user: { uid?: number; gid?: number }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; spawnError?: string }>((resolve) => {
    const child = spawn(process.execPath, [script, '--data-dir', dataDir], { ...user, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', (error) => resolve({ code: null, stdout, stderr, spawnError: error.message }))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })
}
