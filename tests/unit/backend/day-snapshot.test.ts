import { afterEach, describe, expect, it, vi } from 'vitest'
import { DaySnapshot } from '../../../electron/backend/day-snapshot'
import type { DurableStore } from '../../../electron/backend/durable-store'
import { InsightsMemo } from '../../../electron/backend/insights-memo'
import { ok } from '../../../src/core/result'

afterEach(() => vi.useRealTimers())

/** A store whose snapshot saves finish only when the test says so. */
function slowStore() {
  const finishes: (() => void)[] = []
  const amend = vi.fn(() => new Promise((resolve) => finishes.push(() => resolve(ok(null)))))
  const store = { isReady: true, onSaved: () => () => undefined, amend } as unknown as DurableStore
  return { store, amend, finishSaving: () => finishes.forEach((finish) => finish()) }
}

describe('DaySnapshot', () => {
  it('records once the changes pause, not on every change', () => {
    vi.useFakeTimers()
    const { store, amend } = slowStore()
    const snapshot = new DaySnapshot(store, new InsightsMemo(), { now: () => new Date() }, 1000)
    snapshot.soon()
    vi.advanceTimersByTime(600)
    snapshot.soon()
    vi.advanceTimersByTime(600)
    expect(amend).not.toHaveBeenCalled()
    vi.advanceTimersByTime(400)
    expect(amend).toHaveBeenCalledTimes(1)
  })

  it('makes a reader wait for a snapshot the pause already started saving', async () => {
    vi.useFakeTimers()
    const { store, amend, finishSaving } = slowStore()
    const snapshot = new DaySnapshot(store, new InsightsMemo(), { now: () => new Date() }, 1000)
    snapshot.soon()
    vi.advanceTimersByTime(1000)
    expect(amend).toHaveBeenCalledTimes(1)
    let read = false
    const reading = snapshot.now().then(() => (read = true))
    await Promise.resolve()
    await Promise.resolve()
    expect(read).toBe(false)
    finishSaving()
    await reading
    expect(read).toBe(true)
    // Nothing was due again, so nothing more was saved.
    expect(amend).toHaveBeenCalledTimes(1)
  })
})
