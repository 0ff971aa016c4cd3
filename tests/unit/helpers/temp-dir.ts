import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'

const made: string[] = []

/** A fresh folder for one test, removed after it. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kith-test-'))
  made.push(dir)
  return dir
}

afterEach(() => {
  // Retries: a store a test left open may still be writing a backup into the folder.
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
})
