import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CHANNELS, type Channel } from '../../../src/core/channels'
import { addDays, localIsoDate } from '../../../src/core/dates'
import { applyDelta, type NetworkDelta } from '../../../src/core/network-delta'
import type { NetworkFile } from '../../../src/core/network-file'
import type { Backend } from '../../../electron/backend/open-backend'
import { call, fileBytes, onDisk, openTestBackend } from '../helpers/backend'
import { tempDir } from '../helpers/temp-dir'

const today = localIsoDate(new Date())

/** What a window holding `held` has after asking network:since, as the renderer applies it. */
async function caughtUp(backend: Backend, held: { revision: string; network: NetworkFile }): Promise<NetworkFile> {
  const { change } = await call<{ change: { kind: 'none' } | { kind: 'delta'; delta: NetworkDelta } | { kind: 'full'; network: NetworkFile } }>(
    backend,
    'network:since',
    { revision: held.revision },
  )
  return change.kind === 'full' ? change.network : change.kind === 'delta' ? applyDelta(held.network, change.delta) : held.network
}

/** The sample's records the changes work on, found by what a user would recognise. */
function pick(sample: NetworkFile) {
  const person = (name: string) => {
    const found = sample.contacts.find((c) => c.name === name)
    if (!found) throw new Error(`the sample has no ${name}`)
    return found.id
  }
  const tied = new Set(sample.ties.map((t) => [t.a, t.b].sort().join(' ')))
  const [a, b] = [person('Chris Patel'), person('Mei Tanaka')]
  if (tied.has([a, b].sort().join(' '))) throw new Error('pick two people who are not tied yet')
  const followUp = (title: string) => sample.followUps.find((f) => f.title.startsWith(title))!.id
  return {
    chris: person('Chris Patel'),
    tom: person('Tom Reyes'),
    untied: [a, b] as const,
    tie: sample.ties[0]!.id,
    interaction: sample.interactions[0]!.id,
    atConference: sample.interactions.find((i) => i.eventId !== null)!.id,
    conference: sample.events[0]!.id,
    openFollowUp: followUp('Send a thank-you'),
    doneFollowUp: followUp('Thank Tom'),
  }
}
type Picked = ReturnType<typeof pick>

interface Change {
  readonly what: string
  readonly channel: Channel
  /** `empty`: a network with only a name; otherwise the sample. */
  readonly start?: 'empty'
  /** Calls made first that are not under test (a pin to reset, a gap to show again). */
  readonly prepare?: (backend: Backend, ids: Picked) => Promise<unknown>
  readonly input: (ids: Picked) => unknown
  /** The whole answer, or the part of it that matters (matched as with toMatchObject). */
  readonly answer: (ids: Picked) => unknown
  /** What kith.json holds after the change. */
  readonly saved: (file: NetworkFile, ids: Picked) => void
  /** Its name in the undo history. */
  readonly label: string
}

/** The plan, templates and outreach (issue 11); a plan item made in `prepare` is remembered for `input`. */
function routineChanges(): Change[] {
  const month = today.slice(0, 7)
  const next = addDays(today, 35).slice(0, 7)
  const made: { item: string } = { item: '' }
  const planChris = async (backend: Backend, ids: Picked) => {
    made.item = (await call<{ id: string }>(backend, 'plan:add', { month, contactId: ids.chris, purpose: 'Ask about the rota tool' })).id
  }
  const items = (file: NetworkFile) => Object.values(file.plan).flatMap((m) => m.items)
  return [
    {
      what: 'plans someone for this month',
      channel: 'plan:add',
      input: (ids) => ({ month, contactId: ids.tom, purpose: 'Hear how the data team is set up' }),
      answer: (ids) => ({ contactId: ids.tom, status: 'planned', purpose: 'Hear how the data team is set up' }),
      saved: (file, ids) => expect(file.plan[month]?.items.map((i) => i.contactId)).toEqual([ids.tom]),
      label: 'planning Tom Reyes',
    },
    {
      what: 'edits a plan item’s purpose',
      channel: 'plan:update',
      prepare: planChris,
      input: () => ({ id: made.item, patch: { purpose: 'Ask how the rota tool was rolled out' } }),
      answer: () => ({ purpose: 'Ask how the rota tool was rolled out' }),
      saved: (file) => expect(items(file)[0]?.purpose).toBe('Ask how the rota tool was rolled out'),
      label: 'editing the plan for Chris Patel',
    },
    {
      what: 'moves a plan item to another month',
      channel: 'plan:move',
      prepare: planChris,
      input: () => ({ id: made.item, month: next, index: 0 }),
      answer: (ids) => ({ contactId: ids.chris }),
      saved: (file) => expect(Object.keys(file.plan)).toEqual([next]),
      label: expect.stringContaining('moving Chris Patel') as unknown as string,
    },
    {
      what: 'marks a plan item asked',
      channel: 'plan:set-status',
      prepare: planChris,
      input: () => ({ id: made.item, status: 'contacted' }),
      answer: () => ({ status: 'contacted' }),
      saved: (file) => expect(items(file)[0]?.status).toBe('contacted'),
      label: 'marking Chris Patel asked',
    },
    {
      what: 'marks a month light',
      channel: 'plan:set-busy',
      input: () => ({ month: next, busy: 'light' }),
      answer: () => ({ busy: 'light', items: [] }),
      saved: (file) => expect(file.plan[next]).toEqual({ busy: 'light', items: [] }),
      label: expect.stringContaining('busy') as unknown as string,
    },
    {
      what: 'takes someone out of the plan',
      channel: 'plan:remove',
      prepare: planChris,
      input: () => ({ id: made.item }),
      answer: () => ({ id: made.item }),
      saved: (file) => expect(file.plan).toEqual({}),
      label: 'taking Chris Patel out of the plan',
    },
    {
      what: 'fills a month from the suggestions in one step',
      channel: 'plan:fill',
      input: () => ({ month: next }),
      answer: () => ({ added: expect.arrayContaining([expect.objectContaining({ status: 'planned' })]) }),
      saved: (file) => expect(file.plan[next]?.items).toHaveLength(3),
      label: expect.stringContaining('from suggestions') as unknown as string,
    },
    {
      what: 'adds an own template',
      channel: 'templates:create',
      input: () => ({ name: 'Quick hello', kind: 'keep-in-touch', timeAsked: '5 minutes', subject: 'Hello {firstName}', body: 'Hi {firstName}, how are things?' }),
      answer: () => ({ name: 'Quick hello', origin: 'own' }),
      saved: (file) => expect(file.templates.own.map((t) => t.name)).toEqual(['Quick hello']),
      label: 'adding the template Quick hello',
    },
    {
      what: 'keeps the user’s version of a built-in template',
      channel: 'templates:update',
      input: () => ({ id: 'reconnect', patch: { subject: 'Coffee soon?' } }),
      answer: () => ({ id: 'reconnect', subject: 'Coffee soon?', edited: true }),
      saved: (file) => expect(file.templates.edited['reconnect']?.subject).toBe('Coffee soon?'),
      label: 'editing a template',
    },
    {
      what: 'deletes an own template',
      channel: 'templates:delete',
      prepare: async (backend) => {
        made.item = (await call<{ id: string }>(backend, 'templates:create', { name: 'Old one', kind: 'request', timeAsked: '10 minutes', subject: 'Hi', body: 'Hello' })).id
      },
      input: () => ({ id: made.item }),
      answer: () => ({ id: made.item }),
      saved: (file) => expect(file.templates.own).toEqual([]),
      label: 'deleting a template',
    },
    {
      what: 'resets an edited built-in template',
      channel: 'templates:reset',
      prepare: (backend) => call(backend, 'templates:update', { id: 'reconnect', patch: { subject: 'Coffee soon?' } }),
      input: () => ({ id: 'reconnect' }),
      answer: () => ({ id: 'reconnect', edited: false }),
      saved: (file) => expect(file.templates.edited).toEqual({}),
      label: 'resetting a template',
    },
    {
      what: 'logs a sent request and marks the plan item asked',
      channel: 'outreach:sent',
      prepare: planChris,
      input: (ids) => ({ contactId: ids.chris, planItemId: made.item, subject: 'Your view on rotas?' }),
      answer: () => ({ interaction: { channel: 'email', date: today, summary: 'Sent: Your view on rotas?' }, item: { status: 'contacted' } }),
      saved: (file) => expect(items(file)[0]?.status).toBe('contacted'),
      label: 'writing to Chris Patel',
    },
  ]
}

const CHANGES: readonly Change[] = [
  {
    what: 'adds a contact',
    channel: 'contacts:create',
    input: () => ({ name: 'Lena Park', categories: ['other-industry'], industry: 'Retail' }),
    answer: () => ({ name: 'Lena Park', industry: 'Retail', tieStrength: 2 }),
    saved: (file) => expect(file.contacts.map((c) => c.name)).toContain('Lena Park'),
    label: 'adding Lena Park',
  },
  {
    what: 'edits a contact',
    channel: 'contacts:update',
    input: (ids) => ({ id: ids.chris, patch: { role: 'Chief of Staff' } }),
    answer: (ids) => ({ id: ids.chris, role: 'Chief of Staff' }),
    saved: (file, ids) => expect(file.contacts.find((c) => c.id === ids.chris)?.role).toBe('Chief of Staff'),
    label: 'editing Chris Patel',
  },
  {
    what: 'deletes a contact',
    channel: 'contacts:delete',
    input: (ids) => ({ id: ids.chris }),
    answer: (ids) => ({ id: ids.chris, removedContacts: 1 }),
    saved: (file, ids) => expect(file.contacts.map((c) => c.id)).not.toContain(ids.chris),
    label: 'deleting Chris Patel',
  },
  {
    what: 'tags several contacts',
    channel: 'contacts:bulk-update',
    input: (ids) => ({ ids: [ids.chris, ids.tom], addTags: ['board-prep'] }),
    answer: () => ({ updated: 2 }),
    saved: (file, ids) => expect(file.contacts.filter((c) => c.tags.includes('board-prep')).map((c) => c.id).sort()).toEqual([ids.chris, ids.tom].sort()),
    label: 'editing 2 contacts',
  },
  {
    what: 'deletes several contacts',
    channel: 'contacts:bulk-delete',
    input: (ids) => ({ ids: [ids.chris, ids.tom] }),
    answer: () => ({ removedContacts: 2 }),
    saved: (file) => expect(file.contacts).toHaveLength(38),
    label: 'deleting 2 contacts',
  },
  {
    what: 'merges one contact into another',
    channel: 'contacts:merge',
    input: (ids) => ({ keepId: ids.chris, mergeId: ids.tom }),
    answer: (ids) => ({ id: ids.chris, name: 'Chris Patel' }),
    saved: (file, ids) => {
      expect(file.contacts.map((c) => c.id)).not.toContain(ids.tom)
      expect(file.interactions.filter((i) => i.contactIds.includes(ids.chris)).length).toBeGreaterThan(0)
      expect(file.interactions.flatMap((i) => i.contactIds)).not.toContain(ids.tom)
    },
    label: 'merging Tom Reyes into Chris Patel',
  },
  {
    what: 'records that two people know each other',
    channel: 'ties:create',
    input: (ids) => ({ a: ids.untied[0], b: ids.untied[1] }),
    answer: (ids) => ({ a: ids.untied[0], b: ids.untied[1], kind: 'knows' }),
    saved: (file, ids) => expect(file.ties).toContainEqual(expect.objectContaining({ a: ids.untied[0], b: ids.untied[1] })),
    label: 'adding a tie',
  },
  {
    what: 'deletes a tie',
    channel: 'ties:delete',
    input: (ids) => ({ id: ids.tie }),
    answer: (ids) => ({ id: ids.tie }),
    saved: (file, ids) => expect(file.ties.map((t) => t.id)).not.toContain(ids.tie),
    label: 'deleting a tie',
  },
  {
    what: 'logs an interaction with a follow-up',
    channel: 'interactions:create',
    input: (ids) => ({ contactIds: [ids.chris], date: today, channel: 'phone', followUp: { title: 'Send the deck', dueOn: addDays(today, 7) } }),
    answer: (ids) => ({ contactIds: [ids.chris], date: today, channel: 'phone', direction: 'none' }),
    saved: (file, ids) => {
      expect(file.interactions).toContainEqual(expect.objectContaining({ contactIds: [ids.chris], date: today, channel: 'phone' }))
      expect(file.followUps).toContainEqual(expect.objectContaining({ title: 'Send the deck', contactIds: [ids.chris], doneOn: null }))
    },
    label: 'logging an interaction',
  },
  {
    what: 'corrects an interaction',
    channel: 'interactions:update',
    input: (ids) => ({ id: ids.interaction, patch: { summary: 'Talked about the rota' } }),
    answer: (ids) => ({ id: ids.interaction, summary: 'Talked about the rota' }),
    saved: (file, ids) => expect(file.interactions.find((i) => i.id === ids.interaction)?.summary).toBe('Talked about the rota'),
    label: 'editing an interaction',
  },
  {
    what: 'deletes an interaction',
    channel: 'interactions:delete',
    input: (ids) => ({ id: ids.interaction }),
    answer: (ids) => ({ id: ids.interaction }),
    saved: (file, ids) => expect(file.interactions.map((i) => i.id)).not.toContain(ids.interaction),
    label: 'deleting an interaction',
  },
  {
    what: 'adds an event',
    channel: 'events:create',
    input: (ids) => ({ name: 'Patient flow committee', kind: 'committee', startOn: today, contactIds: [ids.chris] }),
    answer: (ids) => ({ name: 'Patient flow committee', kind: 'committee', role: 'attendee', startOn: today, endOn: null, contactIds: [ids.chris], notes: '' }),
    saved: (file) => expect(file.events.map((e) => e.name)).toContain('Patient flow committee'),
    label: 'adding Patient flow committee',
  },
  {
    what: 'edits an event',
    channel: 'events:update',
    input: (ids) => ({ id: ids.conference, patch: { role: 'speaker', notes: 'Gave the talk on bed flow' } }),
    answer: (ids) => ({ id: ids.conference, role: 'speaker', notes: 'Gave the talk on bed flow' }),
    saved: (file, ids) => expect(file.events.find((e) => e.id === ids.conference)).toMatchObject({ role: 'speaker', notes: 'Gave the talk on bed flow' }),
    label: 'editing an event',
  },
  {
    what: 'deletes an event, keeping the interactions logged there',
    channel: 'events:delete',
    input: (ids) => ({ id: ids.conference }),
    answer: (ids) => ({ id: ids.conference }),
    saved: (file, ids) => {
      expect(file.events).toEqual([])
      expect(file.interactions.find((i) => i.id === ids.atConference)?.eventId).toBeNull()
    },
    label: 'deleting an event',
  },
  {
    what: 'completes a follow-up',
    channel: 'follow-ups:complete',
    input: (ids) => ({ id: ids.openFollowUp, done: true }),
    answer: (ids) => ({ id: ids.openFollowUp, doneOn: today }),
    saved: (file, ids) => expect(file.followUps.find((f) => f.id === ids.openFollowUp)?.doneOn).toBe(today),
    label: 'completing a follow-up',
  },
  {
    what: 'reopens a follow-up',
    channel: 'follow-ups:complete',
    input: (ids) => ({ id: ids.doneFollowUp, done: false }),
    answer: (ids) => ({ id: ids.doneFollowUp, doneOn: null }),
    saved: (file, ids) => expect(file.followUps.find((f) => f.id === ids.doneFollowUp)?.doneOn).toBeNull(),
    label: 'reopening a follow-up',
  },
  {
    what: 'deletes a follow-up',
    channel: 'follow-ups:delete',
    input: (ids) => ({ id: ids.openFollowUp }),
    answer: (ids) => ({ id: ids.openFollowUp }),
    saved: (file, ids) => expect(file.followUps.map((f) => f.id)).not.toContain(ids.openFollowUp),
    label: 'deleting a follow-up',
  },
  {
    what: 'edits the user’s profile',
    channel: 'me:update',
    input: () => ({ role: 'Director of Operations' }),
    answer: () => ({ name: 'Priya Raman', role: 'Director of Operations' }),
    saved: (file) => expect(file.me.role).toBe('Director of Operations'),
    label: 'editing your profile',
  },
  {
    what: 'changes a setting',
    channel: 'settings:update',
    input: () => ({ monthlyTarget: 4, cadenceDaysByCategory: { social: 45 } }),
    answer: () => ({ monthlyTarget: 4, cadenceDaysByCategory: expect.objectContaining({ social: 45 }) }),
    saved: (file) => expect(file.settings).toMatchObject({ monthlyTarget: 4, cadenceDaysByCategory: { social: 45 } }),
    label: 'changing settings',
  },
  {
    what: 'pins a contact where it was dragged',
    channel: 'layout:pin',
    input: (ids) => ({ layout: 'by-category', pins: [{ id: ids.chris, x: 10, y: -20 }] }),
    answer: () => ({ pinned: 1 }),
    saved: (file, ids) => expect(file.layoutPins['by-category']).toEqual({ [ids.chris]: { x: 10, y: -20 } }),
    label: 'moving a contact',
  },
  {
    what: 'resets a layout',
    channel: 'layout:reset',
    prepare: (backend, ids) => call(backend, 'layout:pin', { layout: 'orbit', pins: [{ id: ids.chris, x: 1, y: 2 }, { id: ids.tom, x: 3, y: 4 }] }),
    input: () => ({ layout: 'orbit' }),
    answer: () => ({ pinned: 0 }),
    saved: (file) => expect(file.layoutPins.orbit).toEqual({}),
    label: 'resetting the layout',
  },
  {
    what: 'dismisses a gap',
    channel: 'gaps:dismiss',
    input: () => ({ id: 'no-hub' }),
    answer: () => ({ decidedOn: today, until: null }),
    saved: (file) => expect(file.gapDecisions).toEqual({ 'no-hub': { decidedOn: today, until: null } }),
    label: 'dismissing a gap',
  },
  {
    what: 'shows a dismissed gap again',
    channel: 'gaps:restore',
    prepare: (backend) => call(backend, 'gaps:dismiss', { id: 'no-hub' }),
    input: () => ({ id: 'no-hub' }),
    answer: () => ({ id: 'no-hub' }),
    saved: (file) => expect(file.gapDecisions).toEqual({}),
    label: 'showing a gap again',
  },
  {
    what: 'clears the sample',
    channel: 'sample:clear',
    input: () => ({}),
    answer: () => ({ contacts: [], sampleLoaded: false }),
    saved: (file) => expect(file).toMatchObject({ contacts: [], ties: [], events: [], sampleLoaded: false }),
    label: 'clearing the sample',
  },
  {
    what: 'imports a LinkedIn export: new people added, someone already there filled in',
    channel: 'import:apply',
    input: () => ({
      format: 'auto',
      fileName: 'Connections.csv',
      text: 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nLena,Park,https://www.linkedin.com/in/lena-park,,Northwind,Buyer,12 Mar 2024\r\nTom,Reyes,,,Northgate Health,Senior Data Analyst,01 Feb 2020\r\n',
    }),
    answer: (ids) => ({ created: 1, updated: 1, skipped: 0, updatedIds: [ids.tom] }),
    saved: (file, ids) => {
      expect(file.contacts.find((c) => c.name === 'Lena Park')).toMatchObject({ categories: ['social'], connectedOn: '2024-03-12' })
      expect(file.contacts.find((c) => c.id === ids.tom)?.connectedOn).toBe('2020-02-01')
    },
    label: 'importing 2 contacts from “Connections.csv”',
  },
  {
    what: 'restores a Kith backup over the whole network',
    channel: 'import:apply',
    input: () => ({ format: 'kith-json', fileName: 'kith-network.json', text: readFileSync(new URL('../../fixtures/store-v5.json', import.meta.url), 'utf8') }),
    answer: () => ({ created: 3, updated: 0, skipped: 0 }),
    saved: (file) => {
      const v5 = JSON.parse(readFileSync(new URL('../../fixtures/store-v5.json', import.meta.url), 'utf8'))
      expect(file).toEqual({ ...v5, schemaVersion: 6, plan: {}, templates: { own: [], edited: {} }, settings: { ...v5.settings, partner: null } })
    },
    label: 'restoring the backup “kith-network.json”',
  },
  {
    what: 'opens the sample',
    channel: 'sample:load',
    start: 'empty',
    input: () => ({}),
    answer: () => ({ sampleLoaded: true }),
    saved: (file) => expect(file.contacts).toHaveLength(40),
    label: 'opening the sample',
  },
  ...routineChanges(),
]

describe('every change through the dispatcher', () => {
  for (const change of CHANGES) it(`${change.channel} ${change.what}: answers as the contract says, is saved to kith.json, and history:undo takes it back`, async () => {
    const dir = tempDir()
    const backend = await openTestBackend(dir)
    const sample = await call<NetworkFile>(backend, 'sample:load')
    const ids = pick(sample)
    if (change.start === 'empty') {
      await call(backend, 'sample:clear')
      await call(backend, 'me:update', { name: 'Priya Raman' })
    }
    await change.prepare?.(backend, ids)
    const before = fileBytes(dir)
    const network = await call<NetworkFile>(backend, 'network:get')
    const { revision } = await call<{ revision: string }>(backend, 'network:since', { revision: null })

    // checkOutputs is on: an answer that broke the contract would come back as INTERNAL.
    const result = await backend.dispatch(change.channel, change.input(ids))
    expect(result).toMatchObject({ ok: true, value: change.answer(ids) })
    change.saved(onDisk(dir), ids)
    expect(await call(backend, 'history:status')).toMatchObject({ undo: change.label, redo: null })
    // A window that held the network before the change catches up to exactly what is saved.
    const changed = await call<NetworkFile>(backend, 'network:get')
    expect(await caughtUp(backend, { revision, network })).toEqual(changed)

    expect(await backend.dispatch('history:undo', {})).toMatchObject({ ok: true, value: { redo: change.label } })
    expect(fileBytes(dir).equals(before), 'kith.json after undo is byte for byte what it was before').toBe(true)
    expect(await call(backend, 'network:get')).toEqual(network)
    expect(await caughtUp(backend, { revision, network: changed })).toEqual(network)
    await backend.close()
  })

  it('covers every channel that changes the network', () => {
    const covered = new Set(CHANGES.map((c) => c.channel))
    const readOnly = [
      'network:get',
      'network:since',
      'import:preview',
      'import:choose-file',
      'export:data',
      'insights:get',
      'store:status',
      'store:reveal',
      'history:status',
      'history:undo',
      'history:redo',
      'plan:suggest',
    ]
    // Not undoable by design: restoring a backup replaces the file (and clears the history); export writes an image.
    const outsideHistory = ['store:restore', 'export:save']
    expect(CHANNELS.filter((c) => !covered.has(c) && !readOnly.includes(c) && !outsideHistory.includes(c))).toEqual([])
  })
})
