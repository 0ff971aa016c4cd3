import type { EventDraftValue, EventPatchValue, Event, FollowUp } from './event-schema'
import type { IsoDate } from './dates'
import type { NetworkFile } from './network-file'
import type { Change, ChangeContext } from './network-ops'
import { fail, ok, type Result } from './result'
import { EventId, type FollowUpId } from './schema'

/* Events and follow-ups as pure changes; see network-ops.ts for the conventions. */

function missingPeople(file: NetworkFile, ids: readonly string[]): boolean {
  const known = new Set<string>(file.contacts.map((c) => c.id))
  return ids.some((id) => !known.has(id))
}

export function createEvent(file: NetworkFile, draft: EventDraftValue, ctx: ChangeContext): Result<Change<Event>> {
  if (missingPeople(file, draft.contactIds)) return fail('DANGLING_REFERENCE', 'One of the chosen people no longer exists.')
  const event: Event = { id: EventId.parse(ctx.newId()), ...draft }
  return ok({ file: { ...file, events: [...file.events, event] }, value: event })
}

export function updateEvent(file: NetworkFile, id: EventId, patch: EventPatchValue): Result<Change<Event>> {
  const current = file.events.find((e) => e.id === id)
  if (!current) return fail('NOT_FOUND', 'That event no longer exists.')
  const updated: Event = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) }
  if (updated.endOn !== null && updated.endOn < updated.startOn) {
    return fail('INVALID_INPUT', 'The end date cannot be before the start date.', [{ path: 'endOn', message: 'The end date cannot be before the start date.' }])
  }
  if (missingPeople(file, updated.contactIds)) return fail('DANGLING_REFERENCE', 'One of the chosen people no longer exists.')
  return ok({ file: { ...file, events: file.events.map((e) => (e.id === id ? updated : e)) }, value: updated })
}

/** Deletes an event; interactions logged at it stay, without the link. */
export function deleteEvent(file: NetworkFile, id: EventId): Result<Change<{ id: EventId }>> {
  if (!file.events.some((e) => e.id === id)) return fail('NOT_FOUND', 'That event no longer exists.')
  const interactions = file.interactions.map((i) => (i.eventId === id ? { ...i, eventId: null } : i))
  return ok({ file: { ...file, events: file.events.filter((e) => e.id !== id), interactions }, value: { id } })
}

/** Marks a follow-up done today, or open again. */
export function completeFollowUp(file: NetworkFile, id: FollowUpId, done: boolean, today: IsoDate): Result<Change<FollowUp>> {
  const current = file.followUps.find((f) => f.id === id)
  if (!current) return fail('NOT_FOUND', 'That follow-up no longer exists.')
  const updated: FollowUp = { ...current, doneOn: done ? today : null }
  return ok({ file: { ...file, followUps: file.followUps.map((f) => (f.id === id ? updated : f)) }, value: updated })
}

export function deleteFollowUp(file: NetworkFile, id: FollowUpId): Result<Change<{ id: FollowUpId }>> {
  if (!file.followUps.some((f) => f.id === id)) return fail('NOT_FOUND', 'That follow-up no longer exists.')
  return ok({ file: { ...file, followUps: file.followUps.filter((f) => f.id !== id) }, value: { id } })
}
