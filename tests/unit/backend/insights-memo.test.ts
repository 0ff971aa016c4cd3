import { afterEach, describe, expect, it, vi } from 'vitest'
import { localIsoDate } from '../../../src/core/dates'
import * as insights from '../../../src/core/insights'
import type { Insights } from '../../../src/core/insight-schema'
import type { NetworkFile } from '../../../src/core/network-file'
import * as ops from '../../../src/core/network-ops'
import { dismissGap } from '../../../src/core/gap-decisions'
import { InsightsMemo } from '../../../electron/backend/insights-memo'
import { call, openTestBackend } from '../helpers/backend'
import { fixedContext, TODAY, changedFile, sampleFile } from '../helpers/builders'

// The real computeInsights, counted: the memo must call it once per change that affects the insights.
vi.mock('../../../src/core/insights', async (importOriginal) => {
  const real = await importOriginal<typeof insights>()
  return { ...real, computeInsights: vi.fn(real.computeInsights) }
})
const computed = vi.mocked(insights.computeInsights)
afterEach(() => computed.mockClear())

const after = changedFile
const sample = sampleFile

describe('the insights memo', () => {
  it('records the day’s snapshot and answers insights:get from one computation', () => {
    const memo = new InsightsMemo()
    const file = sample()
    const snapped = memo.withSnapshot(file, TODAY)
    expect(snapped).not.toBe(file)
    const answer = memo.insightsOf(snapped, TODAY)
    expect(computed).toHaveBeenCalledTimes(1)
    // The same answer as computing afresh, trend included.
    expect(answer).toEqual(insights.computeInsights(snapped, TODAY))
    expect(memo.insightsOf(snapped, TODAY)).toBe(answer)
  })

  it('computes again for a change the insights read, for another day, and not for a moved node', () => {
    const memo = new InsightsMemo()
    const file = sample()
    memo.insightsOf(file, TODAY)
    const pinned = after(ops.pinPositions(file, 'orbit', [{ id: file.contacts[0]!.id, x: 10, y: 20 }]))
    memo.insightsOf(pinned, TODAY)
    expect(computed).toHaveBeenCalledTimes(1)
    const edited = after(ops.updateContact(file, file.contacts[0]!.id, { tieStrength: 5 }, fixedContext()))
    memo.insightsOf(edited, TODAY)
    memo.insightsOf(edited, '2026-12-01')
    expect(computed).toHaveBeenCalledTimes(3)
    // Both days stay kept.
    memo.insightsOf(edited, TODAY)
    expect(computed).toHaveBeenCalledTimes(3)
  })

  it('reads a snapshot off insights exactly as snapshotOf does, counting hidden gaps', () => {
    const file = sample()
    const gap = insights.computeInsights(file, TODAY).gaps[0]!
    const hidden = after(dismissGap(file, gap.id, null, TODAY))
    const answer: Insights = insights.computeInsights(hidden, TODAY)
    expect(answer.hidden).toHaveLength(1)
    expect(insights.snapshotFromInsights(answer)).toEqual(insights.snapshotOf(hidden, TODAY))
  })
})

describe('insights:get after a change', () => {
  it('computes the insights once for the answer and the day’s snapshot, and not at all for the change itself', async () => {
    const backend = await openTestBackend()
    const sampleFile = await call<NetworkFile>(backend, 'sample:load')
    await call(backend, 'insights:get', {})
    computed.mockClear()
    await call(backend, 'contacts:update', { id: sampleFile.contacts[0]!.id, patch: { tieStrength: 5 } })
    // The snapshot waits for a pause in the changes (see DaySnapshot)…
    expect(computed).toHaveBeenCalledTimes(0)
    // …or for the insights to be read: one computation serves both.
    const answer = await call<Insights>(backend, 'insights:get', {})
    await call(backend, 'insights:get', { asOf: localIsoDate(new Date()) })
    expect(computed).toHaveBeenCalledTimes(1)
    expect(answer.snapshots.at(-1)?.date).toBe(localIsoDate(new Date()))
    // Moving a node on the map changes the file but nothing the insights read.
    await call(backend, 'layout:pin', { layout: 'orbit', pins: [{ id: sampleFile.contacts[1]!.id, x: 1, y: 2 }] })
    await call(backend, 'insights:get', {})
    expect(computed).toHaveBeenCalledTimes(1)
    await backend.close()
  })
})
