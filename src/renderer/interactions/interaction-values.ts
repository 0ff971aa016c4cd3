import type { InputOf } from '../../core/contract'
import type { ContactId, Direction, EventId, Interaction, InteractionChannel } from '../../core/schema'

/** What the interaction form holds, for logging a new interaction and for correcting one. */
export interface InteractionValues {
  readonly contactIds: readonly string[]
  readonly date: string
  readonly channel: InteractionChannel
  readonly direction: Direction
  readonly summary: string
  /** The event's id, or '' for none (as the select holds it). */
  readonly eventId: string
}

export type InteractionPatch = InputOf<'interactions:update'>['patch']

/** "Who helped whom" in the form, the default first: most conversations are no help either way. */
export const FORM_DIRECTIONS: readonly Direction[] = ['none', 'gave', 'received', 'mutual']

/** A new interaction: with the given people, today, over coffee, and no help either way until the user says so. */
export function blankValues(contactIds: readonly string[], today: string): InteractionValues {
  return { contactIds: [...contactIds], date: today, channel: 'coffee', direction: 'none', summary: '', eventId: '' }
}

/** A logged interaction as the form shows it. */
export function valuesOf(interaction: Interaction): InteractionValues {
  return {
    contactIds: [...interaction.contactIds],
    date: interaction.date,
    channel: interaction.channel,
    direction: interaction.direction,
    summary: interaction.summary,
    eventId: interaction.eventId ?? '',
  }
}

/** The same people, whatever the order they were ticked in. */
export function samePeople(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const set = new Set(a)
  return b.every((id) => set.has(id))
}

/**
 * Only what the user changed, for `interactions:update`. The summary is compared as the backend stores
 * it (trimmed), so a stray space is no change; the people are compared as a set.
 */
export function interactionPatch(original: Interaction, values: InteractionValues): InteractionPatch {
  const patch: { -readonly [K in keyof InteractionPatch]: InteractionPatch[K] } = {}
  if (!samePeople(original.contactIds, values.contactIds)) patch.contactIds = values.contactIds as ContactId[]
  if (values.date !== original.date) patch.date = values.date
  if (values.channel !== original.channel) patch.channel = values.channel
  if (values.direction !== original.direction) patch.direction = values.direction
  if (values.summary.trim() !== original.summary) patch.summary = values.summary.trim()
  const eventId = values.eventId === '' ? null : (values.eventId as EventId)
  if (eventId !== original.eventId) patch.eventId = eventId
  return patch
}

export const hasChanges = (patch: InteractionPatch): boolean => Object.keys(patch).length > 0
