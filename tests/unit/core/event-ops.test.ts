import { describe, expect, it } from 'vitest'
import * as events from '../../../src/core/event-ops'
import { EventDraft } from '../../../src/core/event-schema'
import * as ops from '../../../src/core/network-ops'
import { InteractionDraft, type EventId, type FollowUpId, type InteractionId } from '../../../src/core/schema'
import { cid, fixedContext, makeContact, makeNetwork, TODAY } from '../helpers/builders'

const two = () => makeNetwork({ contacts: [makeContact({ id: 'a', name: 'Ana' }), makeContact({ id: 'b', name: 'Ben' })] })
const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}
const conference = EventDraft.parse({ name: 'Ops Summit', kind: 'conference', role: 'speaker', startOn: '2026-10-01', endOn: '2026-10-02', contactIds: ['a'] })

describe('events', () => {
  it('creates, edits and deletes an event; interactions at it keep their place without the link', () => {
    const created = value(events.createEvent(two(), conference, fixedContext()))
    expect(created.value).toMatchObject({ id: 'id-1', name: 'Ops Summit', role: 'speaker', contactIds: ['a'] })
    const logged = value(
      ops.createInteraction(created.file, InteractionDraft.parse({ contactIds: ['a'], date: '2026-10-01', channel: 'event', eventId: 'id-1' }), fixedContext({ newId: () => 'i-1' })),
    )
    const edited = value(events.updateEvent(logged.file, 'id-1' as EventId, { contactIds: [cid('a'), cid('b')] }))
    expect(edited.value.contactIds).toEqual(['a', 'b'])
    const deleted = value(events.deleteEvent(edited.file, 'id-1' as EventId)).file
    expect(deleted.events).toEqual([])
    expect(deleted.interactions[0]?.eventId).toBeNull()
  })

  it('refuses an end before the start, a missing person and a missing event on an interaction', () => {
    expect(EventDraft.safeParse({ ...conference, endOn: '2026-09-01' }).error?.issues[0]?.message).toBe('The end date cannot be before the start date.')
    const created = value(events.createEvent(two(), conference, fixedContext())).file
    expect(events.updateEvent(created, 'id-1' as EventId, { endOn: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(events.createEvent(two(), { ...conference, contactIds: [cid('ghost')] }, fixedContext())).toMatchObject({ ok: false, error: { code: 'DANGLING_REFERENCE' } })
    const draft = InteractionDraft.parse({ contactIds: ['a'], date: TODAY, channel: 'event', eventId: 'e-ghost' })
    expect(ops.createInteraction(two(), draft, fixedContext())).toMatchObject({ ok: false, error: { code: 'DANGLING_REFERENCE' } })
  })
})

describe('follow-ups', () => {
  const withFollowUp = () => {
    const draft = InteractionDraft.parse({ contactIds: ['a', 'b'], date: TODAY, channel: 'coffee', followUp: { title: 'Send a thank-you', dueOn: '2026-11-28' } })
    return value(ops.createInteraction(two(), draft, fixedContext()))
  }

  it('are created with the interaction, for everyone in it', () => {
    const { file, value: interaction } = withFollowUp()
    expect(file.followUps).toEqual([{ id: 'id-2', title: 'Send a thank-you', contactIds: ['a', 'b'], interactionId: interaction.id, dueOn: '2026-11-28', doneOn: null }])
  })

  it('are marked done today and reopened; deleting the interaction keeps them', () => {
    const { file, value: interaction } = withFollowUp()
    const done = value(events.completeFollowUp(file, 'id-2' as FollowUpId, true, TODAY))
    expect(done.value.doneOn).toBe(TODAY)
    expect(value(events.completeFollowUp(done.file, 'id-2' as FollowUpId, false, TODAY)).value.doneOn).toBeNull()
    const without = value(ops.deleteInteraction(file, interaction.id as InteractionId)).file
    expect(without.followUps[0]).toMatchObject({ interactionId: null, title: 'Send a thank-you' })
    expect(value(events.deleteFollowUp(file, 'id-2' as FollowUpId)).file.followUps).toEqual([])
  })

  it('lose a deleted contact, and go when nobody is left', () => {
    const { file } = withFollowUp()
    const withoutAna = value(ops.deleteContact(file, cid('a'))).file
    expect(withoutAna.followUps[0]?.contactIds).toEqual(['b'])
    expect(value(ops.deleteContact(withoutAna, cid('b'))).file.followUps).toEqual([])
  })
})
