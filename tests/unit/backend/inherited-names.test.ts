import { describe, expect, it } from 'vitest'
import { localIsoDate } from '../../../src/core/dates'
import type { NetworkFile } from '../../../src/core/network-file'
import { tempDir } from '../helpers/temp-dir'
import { call, fileBytes, openTestBackend } from '../helpers/backend'

/** Names every plain object inherits: an id or key equal to one must never be taken for a record. */
const INHERITED = ['__proto__', 'constructor', 'toString'] as const

const today = localIsoDate(new Date())

/** The JSON a host receives, parsed as the browser host parses it, so `__proto__` arrives as an own key. */
const wire = (json: string): unknown => JSON.parse(json)

/** Every call that takes an id or a key, with `name` in that place; the other ids are real ones from the sample. */
function callsNaming(name: string, real: { contact: string; interaction: string; event: string }): [string, unknown][] {
  const key = JSON.stringify(name)
  return [
    ['contacts:create', { name: 'Ana', categories: ['social'], introducedBy: name }],
    ['contacts:update', { id: name, patch: { role: 'CEO' } }],
    ['contacts:update', wire(`{"id": ${JSON.stringify(real.contact)}, "patch": {${key}: "CEO"}}`)],
    ['contacts:delete', { id: name }],
    ['contacts:bulk-update', { ids: [name], set: { tieStrength: 3 } }],
    ['contacts:bulk-update', wire(`{"ids": [${JSON.stringify(real.contact)}], "set": {${key}: 3}}`)],
    ['contacts:bulk-delete', { ids: [name] }],
    ['ties:create', { a: name, b: real.contact }],
    ['ties:delete', { id: name }],
    ['interactions:create', { contactIds: [name], date: today, channel: 'coffee' }],
    ['interactions:create', { contactIds: [real.contact], date: today, channel: 'coffee', eventId: name }],
    ['interactions:update', { id: name, patch: { summary: 'Coffee' } }],
    ['interactions:update', { id: real.interaction, patch: { eventId: name } }],
    ['interactions:delete', { id: name }],
    ['events:create', { name: 'Meetup', kind: 'conference', startOn: today, contactIds: [name] }],
    ['events:update', { id: name, patch: { notes: 'Moved' } }],
    ['events:update', wire(`{"id": ${JSON.stringify(real.event)}, "patch": {${key}: "Moved"}}`)],
    ['events:delete', { id: name }],
    ['follow-ups:complete', { id: name, done: true }],
    ['follow-ups:delete', { id: name }],
    ['me:update', wire(`{${key}: "Robin"}`)],
    ['settings:update', wire(`{"cadenceDaysByCategory": {${key}: 30}}`)],
    ['settings:update', wire(`{"insightThresholds": {${key}: 1}}`)],
    ['layout:pin', { layout: 'orbit', pins: [{ id: name, x: 1, y: 2 }] }],
    ['layout:pin', { layout: name, pins: [{ id: real.contact, x: 1, y: 2 }] }],
    ['layout:reset', { layout: name }],
    ['gaps:dismiss', { id: name }],
    ['gaps:restore', { id: name }],
    ['store:restore', { name }],
  ]
}

describe('ids and keys that name inherited properties', () => {
  it.each(INHERITED)('%s is refused in plain words by every call that takes an id or key, writing nothing', async (name) => {
    const dir = tempDir()
    const backend = await openTestBackend(dir)
    const sample = await call<NetworkFile>(backend, 'sample:load')
    // A hidden gap, so the gap decisions are not empty and there is an undo step to keep.
    await call(backend, 'gaps:dismiss', { id: 'no-hub' })
    const real = { contact: sample.contacts[0]!.id, interaction: sample.interactions[0]!.id, event: sample.events[0]!.id }
    const bytes = fileBytes(dir)
    const history = await backend.dispatch('history:status', {})
    expect(history).toEqual({ ok: true, value: { undo: 'dismissing a gap', redo: null } })

    for (const [channel, input] of callsNaming(name, real)) {
      const result = await backend.dispatch(channel, input)
      const what = `${channel} ${JSON.stringify(input)}`
      expect(result.ok, `${what} was accepted`).toBe(false)
      if (!result.ok) {
        expect(result.error.code, what).not.toBe('INTERNAL')
        // A sentence a user can read: capital first, a full stop last, no leaked internals.
        expect(result.error.message, what).toMatch(/^[A-Z0-9“].*[.?!]$/u)
        expect(result.error.message, what).not.toMatch(/undefined|\[object|function|TypeError/)
      }
      expect(fileBytes(dir).equals(bytes), `${what} changed kith.json`).toBe(true)
      expect(await backend.dispatch('history:status', {}), `${what} changed the undo history`).toEqual(history)
    }
    await backend.close()
  })
})
