import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createBrowserHostServer } from '../../../electron/browser-host/http-server'
import type { Backend } from '../../../electron/backend/open-backend'
import { addMonths, monthOf } from '../../../src/core/plan-months'
import type { PlanItem } from '../../../src/core/plan-schema'
import { localIsoDate } from '../../../src/core/dates'
import { writtenMonth } from '../../../src/core/wording'
import type { NetworkFile } from '../../../src/core/network-file'
import { BUILT_IN_TEMPLATES } from '../../../src/core/outreach/templates'
import type { FollowUp } from '../../../src/core/event-schema'
import type { Interaction } from '../../../src/core/schema'
import { call, fileBytes, onDisk, openTestBackend } from '../helpers/backend'
import { tempDir } from '../helpers/temp-dir'

/*
 * The routine channels (issue 11) through the real handlers, dispatcher and store on a temp folder: each
 * change lands on disk and one Undo takes it back whole.
 */

const today = localIsoDate(new Date())
const thisMonth = monthOf(today)
const nextMonth = addMonths(thisMonth, 1)

/** A backend with the sample (40 contacts), and a contact's id by name. */
async function withSample() {
  const dir = tempDir()
  const backend = await openTestBackend(dir)
  await call(backend, 'sample:load')
  const ids = new Map(onDisk(dir).contacts.map((c) => [c.name, c.id as string]))
  const id = (name: string) => ids.get(name) ?? `missing ${name}`
  return { dir, backend, id }
}

const itemsOf = (dir: string, month: string) => (onDisk(dir).plan[month]?.items ?? []).map((i) => [i.contactId, i.status])
const undo = (backend: Backend) => call(backend, 'history:undo')

describe('plan channels', () => {
  it('add, move, set-status and remove each save to disk and come back with one undo each', async () => {
    const { dir, backend, id } = await withSample()
    const ana = await call<PlanItem>(backend, 'plan:add', { month: thisMonth, contactId: id('Tom Reyes'), purpose: 'Ask about the data team' })
    const ben = await call<PlanItem>(backend, 'plan:add', { month: thisMonth, contactId: id('Ben Adler') })
    expect(itemsOf(dir, thisMonth)).toEqual([
      [id('Tom Reyes'), 'planned'],
      [id('Ben Adler'), 'planned'],
    ])
    expect(onDisk(dir).plan[thisMonth]?.items[0]?.purpose).toBe('Ask about the data team')
    // The same person twice in one month is refused and writes nothing.
    const before = fileBytes(dir)
    expect(await backend.dispatch('plan:add', { month: thisMonth, contactId: id('Ben Adler') })).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } })
    expect(fileBytes(dir)).toEqual(before)

    await call(backend, 'plan:move', { id: ben.id, month: thisMonth, index: 0 })
    expect(itemsOf(dir, thisMonth).map(([c]) => c)).toEqual([id('Ben Adler'), id('Tom Reyes')])
    await call(backend, 'plan:move', { id: ana.id, month: nextMonth, index: 0 })
    expect(itemsOf(dir, nextMonth)).toEqual([[id('Tom Reyes'), 'planned']])

    await call(backend, 'plan:set-status', { id: ana.id, status: 'contacted' })
    expect(itemsOf(dir, nextMonth)).toEqual([[id('Tom Reyes'), 'contacted']])
    // Skipping needs a reason.
    expect(await backend.dispatch('plan:set-status', { id: ben.id, status: 'skipped' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    await call(backend, 'plan:remove', { id: ben.id })
    expect(itemsOf(dir, thisMonth)).toEqual([])

    expect(await call(backend, 'history:status')).toMatchObject({ undo: 'taking Ben Adler out of the plan' })
    await undo(backend)
    expect(itemsOf(dir, thisMonth)).toEqual([[id('Ben Adler'), 'planned']])
    await undo(backend)
    expect(itemsOf(dir, nextMonth)).toEqual([[id('Tom Reyes'), 'planned']])
    await undo(backend)
    expect(itemsOf(dir, nextMonth)).toEqual([])
    expect(itemsOf(dir, thisMonth).map(([c]) => c)).toEqual([id('Ben Adler'), id('Tom Reyes')])
    await undo(backend)
    expect(itemsOf(dir, thisMonth).map(([c]) => c)).toEqual([id('Tom Reyes'), id('Ben Adler')])
    await backend.close()
  })

  it('fill adds the month’s suggestions as ONE undo step', async () => {
    const { dir, backend } = await withSample()
    const { target, suggestions } = await call<{ target: number; suggestions: { contactId: string }[] }>(backend, 'plan:suggest', { month: nextMonth })
    expect(target).toBe(3)
    expect(suggestions).toHaveLength(3)
    const { added } = await call<{ added: PlanItem[] }>(backend, 'plan:fill', { month: nextMonth })
    expect(added.map((i) => i.contactId)).toEqual(suggestions.map((s) => s.contactId))
    expect(itemsOf(dir, nextMonth)).toEqual(suggestions.map((s) => [s.contactId, 'planned']))
    // Full now: nothing more to suggest, and filling again is refused.
    expect(await call(backend, 'plan:suggest', { month: nextMonth })).toMatchObject({ suggestions: [] })
    expect(await backend.dispatch('plan:fill', { month: nextMonth })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    expect(await call(backend, 'history:status')).toMatchObject({ undo: `filling ${writtenMonth(nextMonth)} from suggestions` })
    await undo(backend)
    expect(itemsOf(dir, nextMonth)).toEqual([])
    expect(await call(backend, 'history:status')).toMatchObject({ undo: 'opening the sample' })
    await backend.close()
  })

  it('plan:suggest refuses a month that does not exist, and the browser host answers 400', async () => {
    const backend = await openTestBackend()
    const refused = await backend.dispatch('plan:suggest', { month: '2026-13' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'month', message: 'Use a real month in the form YYYY-MM, e.g. 2026-12.' }] } })

    const staticDir = tempDir()
    mkdirSync(path.join(staticDir, 'assets'))
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Kith</title>')
    const token = 'routine-token'
    const server = createBrowserHostServer({ dispatch: backend.dispatch, staticDir, token })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const reply = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const body = JSON.stringify({ month: '2026-13' })
      const req = request(
        { host: '127.0.0.1', port, agent: false, method: 'POST', path: '/api/plan:suggest', headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }))
        },
      )
      req.on('error', reject)
      req.end(body)
    })
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    await backend.close()
  })
})

describe('template channels', () => {
  const draft = { name: 'Ask about the move', kind: 'request', timeAsked: '20 minutes', subject: 'A question, {firstName}', body: 'Hi {firstName},\nCould we talk?' }

  it('create, update and delete an own template, each one undo step', async () => {
    const dir = tempDir()
    const backend = await openTestBackend(dir)
    const created = await call<{ id: string; origin: string }>(backend, 'templates:create', draft)
    expect(created).toMatchObject({ origin: 'own', name: 'Ask about the move' })
    expect(onDisk(dir).templates.own).toEqual([{ id: created.id, ...draft }])
    await call(backend, 'templates:update', { id: created.id, patch: { subject: 'Twenty minutes, {firstName}?' } })
    expect(onDisk(dir).templates.own[0]?.subject).toBe('Twenty minutes, {firstName}?')
    // A change that breaks a rule is refused and keeps what was there.
    expect(await backend.dispatch('templates:update', { id: created.id, patch: { name: '  ' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    await call(backend, 'templates:delete', { id: created.id })
    expect(onDisk(dir).templates.own).toEqual([])

    await undo(backend)
    expect(onDisk(dir).templates.own[0]?.subject).toBe('Twenty minutes, {firstName}?')
    await undo(backend)
    expect(onDisk(dir).templates.own[0]?.subject).toBe('A question, {firstName}')
    await undo(backend)
    expect(onDisk(dir).templates.own).toEqual([])
    await backend.close()
  })

  it('keeps an edit of a built-in beside it, resets it, and refuses to delete it', async () => {
    const dir = tempDir()
    const backend = await openTestBackend(dir)
    const builtIn = BUILT_IN_TEMPLATES[0]!
    const edited = await call<{ edited: boolean; subject: string }>(backend, 'templates:update', { id: builtIn.id, patch: { subject: 'My own subject' } })
    expect(edited).toMatchObject({ edited: true, subject: 'My own subject' })
    expect(onDisk(dir).templates.edited[builtIn.id]).toEqual({ timeAsked: builtIn.timeAsked, subject: 'My own subject', body: builtIn.body })

    const before = fileBytes(dir)
    expect(await backend.dispatch('templates:delete', { id: builtIn.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Reset') } })
    expect(fileBytes(dir)).toEqual(before)

    expect(await call(backend, 'templates:reset', { id: builtIn.id })).toMatchObject({ edited: false, subject: builtIn.subject })
    expect(onDisk(dir).templates.edited).toEqual({})
    // Nothing left to reset.
    expect(await backend.dispatch('templates:reset', { id: builtIn.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    await undo(backend)
    expect(onDisk(dir).templates.edited[builtIn.id]?.subject).toBe('My own subject')
    await backend.close()
  })
})

describe('outreach and the plan following what happened', () => {
  it('outreach:sent logs an e-mail today and marks the item asked; one undo takes back both', async () => {
    const { dir, backend, id } = await withSample()
    const item = await call<PlanItem>(backend, 'plan:add', { month: thisMonth, contactId: id('Tom Reyes') })
    const interactionsBefore = onDisk(dir).interactions.length
    const sent = await call<{ interaction: Interaction; item: PlanItem }>(backend, 'outreach:sent', { contactId: id('Tom Reyes'), planItemId: item.id, subject: 'Twenty minutes?' })
    expect(sent.item.status).toBe('contacted')
    const saved = onDisk(dir)
    expect(saved.interactions).toHaveLength(interactionsBefore + 1)
    expect(saved.interactions.find((i) => i.id === sent.interaction.id)).toMatchObject({ contactIds: [id('Tom Reyes')], date: today, channel: 'email', summary: 'Sent: Twenty minutes?' })
    expect(itemsOf(dir, thisMonth)).toEqual([[id('Tom Reyes'), 'contacted']])

    await undo(backend)
    expect(onDisk(dir).interactions).toHaveLength(interactionsBefore)
    expect(itemsOf(dir, thisMonth)).toEqual([[id('Tom Reyes'), 'planned']])
    await backend.close()
  })

  it('a logged coffee marks the planned item met, and completing its follow-up marks it thanked', async () => {
    const { dir, backend, id } = await withSample()
    const tom = id('Tom Reyes')
    await call(backend, 'plan:add', { month: thisMonth, contactId: tom })
    await call(backend, 'plan:add', { month: thisMonth, contactId: id('Ben Adler') })
    await call(backend, 'interactions:create', { contactIds: [tom], date: today, channel: 'coffee', followUp: { title: 'Send Tom a thank-you', dueOn: today } })
    expect(itemsOf(dir, thisMonth)).toEqual([
      [tom, 'met'],
      [id('Ben Adler'), 'planned'],
    ])
    const followUp = onDisk(dir).followUps.find((f: FollowUp) => f.title === 'Send Tom a thank-you')!
    await call(backend, 'follow-ups:complete', { id: followUp.id, done: true })
    expect(itemsOf(dir, thisMonth)[0]).toEqual([tom, 'thanked'])
    await undo(backend)
    expect(itemsOf(dir, thisMonth)[0]).toEqual([tom, 'met'])
    await undo(backend)
    expect(itemsOf(dir, thisMonth)[0]).toEqual([tom, 'planned'])
    // An e-mail is not a meeting: the item stays as it was.
    await call(backend, 'interactions:create', { contactIds: [tom], date: today, channel: 'email' })
    expect(itemsOf(dir, thisMonth)[0]).toEqual([tom, 'planned'])
    await backend.close()
  })
})

describe('the accountability partner in settings', () => {
  it('is set, changed with a clear message on a bad address, and forgotten with null', async () => {
    const dir = tempDir()
    const backend = await openTestBackend(dir)
    expect((await call<NetworkFile>(backend, 'network:get')).settings.partner).toBeNull()
    await call(backend, 'settings:update', { partner: { name: ' Sam Lee ', email: 'sam@example.org' } })
    expect(onDisk(dir).settings.partner).toEqual({ name: 'Sam Lee', email: 'sam@example.org' })

    const before = fileBytes(dir)
    expect(await backend.dispatch('settings:update', { partner: { name: '', email: 'not an address' } })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        issues: expect.arrayContaining([
          { path: 'partner.name', message: 'Give your accountability partner a name.' },
          { path: 'partner.email', message: 'E-mail must look like name@example.com.' },
        ]),
      },
    })
    expect(fileBytes(dir)).toEqual(before)
    // A partner without an e-mail is allowed: the plan is then copied, not mailed.
    await call(backend, 'settings:update', { partner: { name: 'Sam Lee', email: '' } })
    expect(onDisk(dir).settings.partner).toEqual({ name: 'Sam Lee', email: '' })
    // Other settings leave the partner alone.
    await call(backend, 'settings:update', { theme: 'dark' })
    expect(onDisk(dir).settings.partner).toEqual({ name: 'Sam Lee', email: '' })
    await call(backend, 'settings:update', { partner: null })
    expect(onDisk(dir).settings.partner).toBeNull()
    await undo(backend)
    expect(onDisk(dir).settings.partner).toEqual({ name: 'Sam Lee', email: '' })
    await backend.close()
  })
})
