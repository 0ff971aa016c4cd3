import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { addDays, localIsoDate } from '../../../src/core/dates'
import type { Insights } from '../../../src/core/insight-schema'
import type { Backend } from '../../../electron/backend/open-backend'
import { openTestBackend } from '../helpers/backend'
import { tempDir } from '../helpers/temp-dir'

const open = openTestBackend
const openPausing = (dir: string) => openTestBackend(dir, { snapshotPauseMs: 20 })
const today = localIsoDate(new Date())
const onDisk = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'kith.json'), 'utf8'))

async function insights(backend: Backend, asOf?: string): Promise<Insights> {
  const result = await backend.dispatch('insights:get', asOf ? { asOf } : {})
  if (!result.ok) throw new Error(result.error.message)
  return result.value as Insights
}

describe('insights:get', () => {
  it('answers metrics, gaps and a reach-out queue for the sample, and a fix makes its gap go', async () => {
    const dir = tempDir()
    const backend = await open(dir)
    await backend.dispatch('sample:load', {})
    const before = await insights(backend)
    expect(before.asOf).toBe(today)
    expect(before.metrics.contacts).toBe(40)
    expect(before.gaps.map((g) => g.id)).toContain('no-cross-industry')
    expect(before.reachOut.length).toBeGreaterThan(0)

    await backend.dispatch('contacts:create', { name: 'Lena Park', categories: ['other-industry'], industry: 'Retail' })
    const after = await insights(backend)
    expect(after.gaps.map((g) => g.id)).not.toContain('no-cross-industry')
    expect(after.gaps.map((g) => g.id)).not.toContain('missing-category:other-industry')
    await backend.close()
  })

  it('records today’s snapshot once changes pause, and undo takes it back with the change', async () => {
    const dir = tempDir()
    const backend = await openPausing(dir)
    await backend.dispatch('contacts:create', { name: 'Ana', categories: ['social'] })
    // The change is acknowledged before the snapshot: recording it reads the whole network.
    expect(onDisk(dir).snapshots).toEqual([])
    await vi.waitUntil(() => onDisk(dir).snapshots.length === 1)
    expect(onDisk(dir).snapshots).toEqual([expect.objectContaining({ date: today, contacts: 1 })])
    await backend.dispatch('contacts:create', { name: 'Ben', categories: ['author'] })
    await vi.waitUntil(() => onDisk(dir).snapshots[0].contacts === 2)
    expect(onDisk(dir).snapshots).toEqual([expect.objectContaining({ date: today, contacts: 2, categoriesCovered: 2 })])
    await backend.dispatch('history:undo', {})
    expect(onDisk(dir).snapshots).toEqual([expect.objectContaining({ date: today, contacts: 1 })])
    // The snapshot joined the change's undo step: redo is not refused as if the data had moved on.
    expect(await backend.dispatch('history:redo', {})).toMatchObject({ ok: true })
    expect(onDisk(dir).snapshots).toEqual([expect.objectContaining({ date: today, contacts: 2 })])
    expect((await insights(backend)).snapshots).toHaveLength(1)
    await backend.close()
  })

  it('keeps undo and redo working when a change is undone before its snapshot is recorded', async () => {
    const dir = tempDir()
    const backend = await openPausing(dir)
    await backend.dispatch('contacts:create', { name: 'Ana', categories: ['social'] })
    await vi.waitUntil(() => onDisk(dir).snapshots.length === 1)
    await backend.dispatch('contacts:create', { name: 'Ben', categories: ['author'] })
    await backend.dispatch('history:undo', {})
    // Ben's snapshot is still due; it is now recorded for the network without him.
    expect((await insights(backend)).snapshots).toEqual([expect.objectContaining({ contacts: 1 })])
    expect(onDisk(dir).snapshots).toEqual([expect.objectContaining({ contacts: 1 })])
    expect(await backend.dispatch('history:redo', {})).toMatchObject({ ok: true })
    expect(onDisk(dir).contacts.map((c: { name: string }) => c.name)).toEqual(['Ana', 'Ben'])
    expect(await backend.dispatch('history:undo', {})).toMatchObject({ ok: true })
    expect(await backend.dispatch('history:undo', {})).toMatchObject({ ok: true })
    expect(onDisk(dir).contacts).toEqual([])
    await backend.close()
  })

  it('records the snapshot again after an undo that lands on a network whose own was never recorded', async () => {
    const dir = tempDir()
    const backend = await openPausing(dir)
    // Both before the pause: only the network with both of them gets a snapshot.
    await backend.dispatch('contacts:create', { name: 'Ana', categories: ['social'] })
    await backend.dispatch('contacts:create', { name: 'Ben', categories: ['author'] })
    await vi.waitUntil(() => onDisk(dir).snapshots[0]?.contacts === 2)
    await backend.dispatch('history:undo', {})
    await vi.waitUntil(() => onDisk(dir).snapshots[0]?.contacts === 1)
    expect(await backend.dispatch('history:redo', {})).toMatchObject({ ok: true })
    await vi.waitUntil(() => onDisk(dir).snapshots[0]?.contacts === 2)
    expect(await backend.dispatch('history:undo', {})).toMatchObject({ ok: true })
    expect(await backend.dispatch('history:undo', {})).toMatchObject({ ok: true })
    expect(onDisk(dir).contacts).toEqual([])
    await backend.close()
  })

  it('answers insights:get with today’s numbers at once, without waiting for the pause', async () => {
    const dir = tempDir()
    const backend = await open(dir)
    await backend.dispatch('contacts:create', { name: 'Ana', categories: ['social'] })
    expect((await insights(backend)).snapshots).toEqual([expect.objectContaining({ date: today, contacts: 1 })])
    expect(onDisk(dir).snapshots).toEqual([expect.objectContaining({ date: today, contacts: 1 })])
    await backend.close()
  })

  it('dismisses and snoozes gaps on disk, undoably, and refuses bad input in plain words', async () => {
    const dir = tempDir()
    const backend = await open(dir)
    await backend.dispatch('contacts:create', { name: 'Ana', categories: ['social'] })
    const until = addDays(today, 30)
    expect(await backend.dispatch('gaps:dismiss', { id: 'no-hub', until })).toEqual({ ok: true, value: { decidedOn: today, until } })
    expect(onDisk(dir).gapDecisions).toEqual({ 'no-hub': { decidedOn: today, until } })
    const hidden = await insights(backend)
    expect(hidden.gaps.map((g) => g.id)).not.toContain('no-hub')
    expect(hidden.hidden.map((h) => h.id)).toEqual(['no-hub'])
    expect((await insights(backend, until)).gaps.map((g) => g.id)).toContain('no-hub')

    expect(await backend.dispatch('history:status', {})).toMatchObject({ ok: true, value: { undo: 'snoozing a gap' } })
    await backend.dispatch('history:undo', {})
    expect(onDisk(dir).gapDecisions).toEqual({})

    expect(await backend.dispatch('gaps:dismiss', { id: 'no-hub', until: today })).toMatchObject({ ok: false, error: { message: 'Snooze until a day after today.' } })
    expect(await backend.dispatch('gaps:dismiss', { id: 'Not a gap!' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await backend.dispatch('insights:get', { asOf: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    await backend.close()
  })

  it('takes a snapshot after it opens, even on a day without changes, and on closing', async () => {
    const dir = tempDir()
    const first = await open(dir)
    await first.dispatch('contacts:create', { name: 'Ana', categories: ['social'] })
    await first.close()
    expect(onDisk(dir).snapshots).toEqual([expect.objectContaining({ date: today, contacts: 1 })])
    const file = onDisk(dir)
    // Pretend the last use was yesterday: today's numbers are missing until Kith opens.
    const yesterday = addDays(today, -1)
    writeFileSync(path.join(dir, 'kith.json'), JSON.stringify({ ...file, snapshots: file.snapshots.map((s: { date: string }) => ({ ...s, date: yesterday })) }))
    const second = await openPausing(dir)
    await vi.waitUntil(() => onDisk(dir).snapshots.length === 2)
    expect(onDisk(dir).snapshots.map((s: { date: string }) => s.date)).toEqual([yesterday, today])
    await second.close()
  })
})
