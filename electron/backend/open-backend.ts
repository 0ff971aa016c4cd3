import { mkdir } from 'node:fs/promises'
import { localIsoDate } from '../../src/core/dates'
import { systemClock, type Clock } from './clock'
import { acquireDataLock } from './data-lock'
import { createDispatch, type Dispatch } from './dispatch'
import { DurableStore } from './durable-store'
import { createHandlers, type HostCapabilities } from './handlers'
import { DaySnapshot } from './day-snapshot'
import { InsightsMemo } from './insights-memo'

export interface Backend {
  readonly dataDir: string
  readonly dispatch: Dispatch
  /** Saves what is queued, folds the journal into kith.json, and releases the data folder. */
  close(): Promise<void>
}

export interface OpenBackendOptions {
  readonly dataDir: string
  /** `desktop` or `browser`, recorded in the lock so a refused second process can say who holds it. */
  readonly hostName: string
  readonly host: HostCapabilities
  readonly clock?: Clock
  readonly newId?: () => string
  readonly checkOutputs?: boolean
  /** How long changes pause before the day's snapshot is recorded (SNAPSHOT_AFTER_PAUSE_MS; tests shorten it). */
  readonly snapshotPauseMs?: number
}

/**
 * Starts the backend both hosts share: lock the folder, open the store, bind one handler per channel.
 *
 * Throws DataFolderLockedError when another Kith owns the folder.
 */
export async function openBackend(options: OpenBackendOptions): Promise<Backend> {
  const clock = options.clock ?? systemClock
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 })
  const lock = acquireDataLock(options.dataDir, options.hostName)
  try {
    const store = await DurableStore.open({ dataDir: options.dataDir, today: () => localIsoDate(clock.now()), lock })
    // Today's headline numbers, even on a day with no change: staleness moves with the calendar. Recorded
    // after a pause rather than before the host answers: it reads the whole network.
    const insights = new InsightsMemo()
    const daySnapshot = new DaySnapshot(store, insights, clock, options.snapshotPauseMs)
    daySnapshot.soon()
    const handlers = createHandlers({ store, clock, host: options.host, insights, daySnapshot, ...(options.newId ? { newId: options.newId } : {}) })
    return {
      dataDir: options.dataDir,
      dispatch: createDispatch(handlers, { checkOutputs: options.checkOutputs ?? false }),
      async close() {
        try {
          await daySnapshot.now()
          await store.close()
        } finally {
          lock.release()
        }
      },
    }
  } catch (error) {
    lock.release()
    throw error
  }
}
