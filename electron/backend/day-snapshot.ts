import { localIsoDate } from '../../src/core/dates'
import { ok } from '../../src/core/result'
import type { Clock } from './clock'
import type { DurableStore } from './durable-store'
import type { InsightsMemo } from './insights-memo'
import type { NetworkFile } from '../../src/core/network-file'

/**
 * How long changes must pause before the day's snapshot is recorded. Recording it reads the whole
 * network (about 0.1 s at 30,000 people), so it waits for a pause instead of holding up each change.
 */
export const SNAPSHOT_AFTER_PAUSE_MS = 1_000

/** True when a save changed nothing but the snapshots: the snapshot's own. */
function onlySnapshots(before: NetworkFile, after: NetworkFile): boolean {
  return (Object.keys(after) as (keyof NetworkFile)[]).every((key) => key === 'snapshots' || before[key] === after[key])
}

/**
 * Keeps today's headline numbers (the trend) in the file without slowing down the changes that move them.
 *
 * Every save (a change, an undo, a restored backup) makes a snapshot due; it is recorded once changes
 * pause, or at once when something reads the insights or the backend closes. It is saved with `DurableStore.amend`, so undo takes it back together
 * with the change it follows. If it never gets saved (a crash), the next start records it: it is derived
 * from the network and loses nothing the user entered.
 */
export class DaySnapshot {
  private due = false
  private timer: NodeJS.Timeout | null = null
  /** The last snapshot handed to the store, until it is saved. */
  private saving: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly store: DurableStore,
    private readonly insights: InsightsMemo,
    private readonly clock: Clock,
    private readonly pauseMs = SNAPSHOT_AFTER_PAUSE_MS,
  ) {
    store.onSaved((before, after) => {
      if (!onlySnapshots(before, after)) this.soon()
    })
  }

  /** Record the snapshot once changes pause (the network changed, or the day may have). */
  soon(): void {
    this.due = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.now(), this.pauseMs)
    // A pending snapshot must not keep a finished process alive; close() records it.
    this.timer.unref()
  }

  /**
   * Records the snapshot now if one is due, and waits for one already being saved: before the insights are
   * read (their answer and the file then agree), and before closing.
   */
  async now(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (this.due && this.store.isReady) {
      this.due = false
      const today = localIsoDate(this.clock.now())
      // A failed write leaves the trend a point short; the store reports the failure itself, and the next
      // save or start records the snapshot again.
      this.saving = this.store.amend((file) => ok({ file: this.insights.withSnapshot(file, today), value: null }))
    }
    await this.saving
  }
}
