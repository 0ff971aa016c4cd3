import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadNetworkFile } from '../../../src/core/migrations'
import { DurableStore, STORE_FILE } from '../../../electron/backend/durable-store'
import { buildNodeScript } from '../helpers/build-script'
import { tempDir } from '../helpers/temp-dir'
import { TODAY } from '../helpers/builders'

let writer: string
beforeAll(async () => {
  writer = await buildNodeScript('tests/unit/helpers/writer-process.ts', 'writer-process')
})

/** Starts the writer, waits until it has saved at least once, lets it write a little longer, then SIGKILLs it. */
function killMidWrite(dir: string, extraMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('writing')) setTimeout(() => child.kill('SIGKILL'), extraMs)
    })
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited with ${code}: ${stderr}`))))
  })
}

describe('crash safety', () => {
  it('leaves a file that always validates when the writer is killed mid-write, 50 times', async () => {
    const dir = tempDir()
    const file = path.join(dir, STORE_FILE)
    let previousCount = 0
    for (let run = 0; run < 50; run++) {
      await killMidWrite(dir, (run * 7) % 45)
      expect(existsSync(file)).toBe(true)
      const outcome = loadNetworkFile(readFileSync(file, 'utf8'))
      if (!outcome.ok) throw new Error(`run ${run}: ${outcome.message}`)
      // Nothing saved earlier is ever lost.
      expect(outcome.file.contacts.length).toBeGreaterThan(previousCount)
      previousCount = outcome.file.contacts.length
    }
    // The next start cleans up any temp file a kill left behind and opens normally.
    const store = await DurableStore.open({ dataDir: dir, today: () => TODAY })
    expect(store.isReady).toBe(true)
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })
})
