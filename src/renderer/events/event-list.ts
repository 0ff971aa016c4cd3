import type { IsoDate } from '../../core/dates'
import { isOngoing } from '../../core/event-timing'
import type { Event, EventKind, EventRole } from '../../core/event-schema'
import type { ContactId, Interaction } from '../../core/schema'
import { formatDay, formatDayRange } from '../shared/format'

export const EVENT_KIND_LABELS: Readonly<Record<EventKind, string>> = {
  conference: 'Conference',
  committee: 'Committee',
  volunteering: 'Volunteering',
  project: 'Project',
  association: 'Association',
  hub: 'Hub',
}

export const EVENT_ROLE_LABELS: Readonly<Record<EventRole, string>> = {
  attendee: 'Attendee',
  speaker: 'Speaker',
  volunteer: 'Volunteer',
  organizer: 'Organizer',
  founder: 'Founder',
}

/** "12–14 Mar 2026", "Since 3 Jan 2026" for one still going on, "14 Mar 2026" for a one-day conference. */
export function eventDates(event: Pick<Event, 'kind' | 'startOn' | 'endOn'>): string {
  if (isOngoing(event)) return `Since ${formatDay(event.startOn)}`
  return formatDayRange(event.startOn, event.endOn)
}

/** Newest first by start day, then by name. */
export const eventsNewestFirst = (events: readonly Event[]): Event[] =>
  [...events].sort((a, b) => b.startOn.localeCompare(a.startOn) || a.name.localeCompare(b.name))

/** Interactions logged at each event, newest first. */
export function interactionsByEvent(interactions: readonly Interaction[]): ReadonlyMap<string, Interaction[]> {
  const byEvent = new Map<string, Interaction[]>()
  for (const interaction of interactions) {
    if (interaction.eventId === null) continue
    const list = byEvent.get(interaction.eventId)
    if (list) list.push(interaction)
    else byEvent.set(interaction.eventId, [interaction])
  }
  for (const list of byEvent.values()) list.sort((a, b) => b.date.localeCompare(a.date))
  return byEvent
}

/** The form's fields as the user left them; dates are '' when empty. */
export interface EventFormState {
  readonly name: string
  readonly kind: EventKind
  readonly role: EventRole
  readonly startOn: string
  readonly endOn: string
  readonly contactIds: readonly string[]
  readonly notes: string
}

export const newEventForm = (today: IsoDate): EventFormState => ({ name: '', kind: 'conference', role: 'attendee', startOn: today, endOn: '', contactIds: [], notes: '' })

export const eventForm = (event: Event): EventFormState => ({
  name: event.name,
  kind: event.kind,
  role: event.role,
  startOn: event.startOn,
  endOn: event.endOn ?? '',
  contactIds: event.contactIds,
  notes: event.notes,
})

/** What the backend receives, for both adding and editing: an empty end is "no end". */
export function eventInput(form: EventFormState) {
  return {
    name: form.name,
    kind: form.kind,
    role: form.role,
    startOn: form.startOn,
    endOn: form.endOn === '' ? null : form.endOn,
    contactIds: form.contactIds as ContactId[],
    notes: form.notes,
  }
}
