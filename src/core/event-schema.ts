import { z } from 'zod'
import { IsoDate } from './dates'
import { ContactId, EventId, FollowUpId, InteractionId } from './schema'

/*
 * Events and follow-ups (file format 3). Committees, conferences, volunteering, projects and the groups
 * the user runs are where new relationships start; follow-ups are the promises made along the way.
 */

export const EVENT_KINDS = ['conference', 'committee', 'volunteering', 'project', 'association', 'hub'] as const
export const EventKind = z.enum(EVENT_KINDS, { error: () => `Kind must be one of: ${EVENT_KINDS.join(', ')}.` })
export type EventKind = z.infer<typeof EventKind>

export const EVENT_ROLES = ['attendee', 'speaker', 'volunteer', 'organizer', 'founder'] as const
export const EventRole = z.enum(EVENT_ROLES, { error: () => `Your role must be one of: ${EVENT_ROLES.join(', ')}.` })
export type EventRole = z.infer<typeof EventRole>

const eventFields = {
  name: z.string({ error: 'Name must be text.' }).trim().min(1, 'Give the event a name.').max(200, 'Name is too long (at most 200 characters).'),
  /** `hub` is a group the user runs: a club, circle or online group. */
  kind: EventKind,
  role: EventRole,
  startOn: IsoDate,
  /** Last day; null for a one-day event or something still going on. */
  endOn: IsoDate.nullable(),
  /** People met there or involved. */
  contactIds: z
    .array(ContactId, { error: 'People must be a list.' })
    .max(5000)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each person may appear only once.' }),
  notes: z.string().trim().max(5000, 'Notes are too long (at most 5,000 characters).'),
}
const endsAfterStart = (e: { startOn: string; endOn: string | null }) => e.endOn === null || e.endOn >= e.startOn
const endMessage = { error: 'The end date cannot be before the start date.', path: ['endOn'] }

export const Event = z.object({ id: EventId, ...eventFields }).refine(endsAfterStart, endMessage)
export type Event = z.infer<typeof Event>
export const EventDraft = z
  .strictObject({
    ...eventFields,
    role: eventFields.role.default('attendee'),
    endOn: eventFields.endOn.default(null),
    contactIds: eventFields.contactIds.default([]),
    notes: eventFields.notes.default(''),
  })
  .refine(endsAfterStart, endMessage)
export type EventDraft = z.input<typeof EventDraft>
export type EventDraftValue = z.output<typeof EventDraft>
export const EventPatch = z.strictObject(eventFields).partial()
export type EventPatchValue = z.output<typeof EventPatch>

/** Something promised after an interaction, with a due day; done when `doneOn` is set. */
export const FollowUp = z.object({
  id: FollowUpId,
  title: z.string().trim().min(1).max(200),
  contactIds: z.array(ContactId).min(1),
  /** The interaction it came from; null once that interaction is deleted. */
  interactionId: InteractionId.nullable(),
  dueOn: IsoDate,
  doneOn: IsoDate.nullable(),
})
export type FollowUp = z.infer<typeof FollowUp>
