import type { IsoDate } from '../../core/dates'
import type { Event, FollowUp } from '../../core/event-schema'
import type { Contact, Direction, Interaction, InteractionChannel } from '../../core/schema'
import { formatNumber, plural } from '../shared/format'

/** What the timeline is narrowed to; an empty string means "any". */
export interface TimelineFilter {
  /** A person: their exact label (see `personLabels`) picks them; other text matches names that contain it. */
  readonly person: string
  readonly channel: InteractionChannel | ''
  readonly direction: Direction | ''
  /** First and last day to show, inclusive. */
  readonly from: IsoDate | ''
  readonly to: IsoDate | ''
  /** Words to find in the summary, the names of the people or the event. */
  readonly text: string
}

export const NO_FILTER: TimelineFilter = { person: '', channel: '', direction: '', from: '', to: '', text: '' }

export const isFiltered = (f: TimelineFilter): boolean =>
  f.person.trim() !== '' || f.channel !== '' || f.direction !== '' || f.from !== '' || f.to !== '' || f.text.trim() !== ''

/** Every interaction, newest day first; on the same day, the one logged later comes first. */
export function newestFirst(interactions: readonly Interaction[]): Interaction[] {
  return interactions
    .map((interaction, index) => ({ interaction, index }))
    .sort((a, b) => (a.interaction.date === b.interaction.date ? b.index - a.index : a.interaction.date < b.interaction.date ? 1 : -1))
    .map((entry) => entry.interaction)
}

/** Open follow-ups per interaction they came from. */
export function openFollowUpsByInteraction(followUps: readonly FollowUp[]): ReadonlyMap<string, FollowUp[]> {
  const byInteraction = new Map<string, FollowUp[]>()
  for (const f of followUps) {
    if (f.doneOn !== null || f.interactionId === null) continue
    const list = byInteraction.get(f.interactionId)
    if (list) list.push(f)
    else byInteraction.set(f.interactionId, [f])
  }
  return byInteraction
}

/**
 * A name for each contact that tells people apart: "Sam Lee", or "Sam Lee (Northside Clinic)" when two
 * share a name. Sorted by label.
 */
export function personLabels(contacts: readonly Contact[]): { id: string; label: string }[] {
  const seen = new Map<string, number>()
  for (const c of contacts) seen.set(c.name, (seen.get(c.name) ?? 0) + 1)
  return contacts
    .map((c) => ({ id: c.id, label: (seen.get(c.name) ?? 0) > 1 && c.organization !== '' ? `${c.name} (${c.organization})` : c.name }))
    .sort((a, b) => a.label.localeCompare(b.label))
}

/** The contacts a person filter stands for: the one whose label it is exactly, else everyone whose name contains it. */
export function matchingPeople(labels: readonly { id: string; label: string }[], person: string): ReadonlySet<string> | null {
  const needle = person.trim().toLowerCase()
  if (needle === '') return null
  const exact = labels.filter((p) => p.label.toLowerCase() === needle)
  return new Set((exact.length > 0 ? exact : labels.filter((p) => p.label.toLowerCase().includes(needle))).map((p) => p.id))
}

/**
 * The interactions that pass every filter, in the order given: one pass, no copies of the contacts.
 * A `to` before `from` matches nothing, as asked.
 */
export function filterTimeline(
  sorted: readonly Interaction[],
  filter: TimelineFilter,
  contacts: ReadonlyMap<string, Contact>,
  events: ReadonlyMap<string, Event>,
  people: ReadonlySet<string> | null,
): readonly Interaction[] {
  if (!isFiltered(filter)) return sorted
  const needle = filter.text.trim().toLowerCase()
  const words = needle === '' ? [] : needle.split(/\s+/)
  const matchesText = (i: Interaction): boolean => {
    const parts = [i.summary]
    for (const id of i.contactIds) parts.push(contacts.get(id)?.name ?? '')
    if (i.eventId !== null) parts.push(events.get(i.eventId)?.name ?? '')
    const haystack = parts.join(' ').toLowerCase()
    return words.every((w) => haystack.includes(w))
  }
  return sorted.filter(
    (i) =>
      (people === null || i.contactIds.some((id) => people.has(id))) &&
      (filter.channel === '' || i.channel === filter.channel) &&
      (filter.direction === '' || i.direction === filter.direction) &&
      (filter.from === '' || i.date >= filter.from) &&
      (filter.to === '' || i.date <= filter.to) &&
      (words.length === 0 || matchesText(i)),
  )
}

/** "12 of 50 shown" while filtered, else "50 interactions" or "1 interaction". */
export function shownCount(shown: number, total: number, filtered: boolean): string {
  if (!filtered) return plural(total, 'interaction')
  return `${formatNumber(shown)} of ${formatNumber(total)} shown`
}
