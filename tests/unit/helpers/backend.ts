import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { NetworkFile } from '../../../src/core/network-file'
import { openBackend, type Backend, type OpenBackendOptions } from '../../../electron/backend/open-backend'
import { STORE_FILE } from '../../../electron/backend/durable-store'
import { counterIds } from './builders'
import { tempDir } from './temp-dir'

/** A backend on its own folder that checks every answer against the contract, as the dispatch tests do. */
export const openTestBackend = (dir = tempDir(), options: Pick<OpenBackendOptions, 'snapshotPauseMs'> = {}): Promise<Backend> =>
  openBackend({ dataDir: dir, hostName: 'test', host: { revealFolder: async () => false }, newId: counterIds(), checkOutputs: true, ...options })

/** The raw bytes of kith.json, to prove a refused call wrote nothing. */
export const fileBytes = (dir: string): Buffer => readFileSync(path.join(dir, STORE_FILE))

/** kith.json as saved. */
export const onDisk = (dir: string): NetworkFile => JSON.parse(readFileSync(path.join(dir, STORE_FILE), 'utf8')) as NetworkFile

/** A call's value, or a thrown error naming the refusal, so a test reads as the happy path. */
export async function call<T>(backend: Backend, channel: string, input: unknown = {}): Promise<T> {
  const result = await backend.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel} refused: ${result.error.message}`)
  return result.value as T
}
