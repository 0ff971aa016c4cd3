import { describe, expect, it } from 'vitest'
import { EventDraft, type Event } from '../../../src/core/event-schema'
import { eventDates, eventForm, eventInput, eventsNewestFirst, interactionsByEvent, newEventForm } from '../../../src/renderer/events/event-list'
import { formatDayRange } from '../../../src/renderer/shared/format'
import { makeInteraction } from '../helpers/builders'

const event = (id: string, overrides: Partial<Event> = {}): Event =>
  ({ id, name: `Event ${id}`, kind: 'conference', role: 'attendee', startOn: '2026-03-12', endOn: null, contactIds: [], notes: '', ...overrides }) as Event

describe('events', () => {
  it('show their dates: a range, one day, or "since" for something still going on', () => {
    expect(eventDates(event('a', { endOn: '2026-03-14' }))).toBe(formatDayRange('2026-03-12', '2026-03-14'))
    expect(eventDates(event('a'))).toBe('12 Mar 2026')
    expect(eventDates(event('a', { kind: 'hub' }))).toBe('Since 12 Mar 2026')
    // The same rule as the insights: only a conference without an end is a one-day event.
    expect(eventDates(event('a', { kind: 'volunteering' }))).toBe('Since 12 Mar 2026')
    expect(eventDates(event('a', { kind: 'committee', endOn: '2027-01-31' }))).toBe(formatDayRange('2026-03-12', '2027-01-31'))
  })

  it('list newest first', () => {
    const list = eventsNewestFirst([event('old', { startOn: '2025-01-01' }), event('new', { startOn: '2026-06-01' }), event('mid')])
    expect(list.map((e) => e.id)).toEqual(['new', 'mid', 'old'])
  })

  it('gather the interactions logged at each, newest first', () => {
    const byEvent = interactionsByEvent([
      makeInteraction('i1', ['a'], '2026-03-12', { eventId: 'e' as Event['id'] }),
      makeInteraction('i2', ['a'], '2026-03-14', { eventId: 'e' as Event['id'] }),
      makeInteraction('i3', ['a'], '2026-03-13'),
    ])
    expect(byEvent.get('e')?.map((i) => i.id)).toEqual(['i2', 'i1'])
    expect(byEvent.size).toBe(1)
  })

  it('turn the form into what the backend accepts, an empty end meaning none', () => {
    const fresh = eventInput({ ...newEventForm('2026-11-26'), name: 'Forum' })
    expect(EventDraft.parse(fresh)).toMatchObject({ name: 'Forum', startOn: '2026-11-26', endOn: null, contactIds: [] })
    const edited = eventInput(eventForm(event('a', { endOn: '2026-03-14', contactIds: ['x'] as Event['contactIds'] })))
    expect(edited).toMatchObject({ endOn: '2026-03-14', contactIds: ['x'] })
  })
})
