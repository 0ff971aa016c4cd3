import { describe, expect, it } from 'vitest'
import type { Event, FollowUp } from '../../../src/core/event-schema'
import {
  filterTimeline,
  isFiltered,
  matchingPeople,
  newestFirst,
  NO_FILTER,
  openFollowUpsByInteraction,
  personLabels,
  shownCount,
  type TimelineFilter,
} from '../../../src/renderer/timeline/timeline-filter'
import { indexById } from '../../../src/renderer/shared/index-by-id'
import { makeContact, makeInteraction } from '../helpers/builders'

const contacts = [
  makeContact({ id: 'a', name: 'Ana Silva', organization: 'North Clinic' }),
  makeContact({ id: 'b', name: 'Ben Ode' }),
  makeContact({ id: 'c', name: 'Ana Silva', organization: 'South Clinic' }),
]
const conference = { id: 'e1', name: 'Flow Summit' } as Event
const interactions = [
  makeInteraction('i1', ['a'], '2026-10-01', { channel: 'coffee', direction: 'gave', summary: 'Talked about discharge planning' }),
  makeInteraction('i2', ['b'], '2026-11-20', { channel: 'email', direction: 'received' }),
  makeInteraction('i3', ['a', 'b'], '2026-10-01', { channel: 'event', eventId: 'e1' as Event['id'] }),
  makeInteraction('i4', ['c'], '2026-09-15', { channel: 'coffee' }),
]
const sorted = newestFirst(interactions)
const labels = personLabels(contacts)
const run = (patch: Partial<TimelineFilter>) => {
  const filter = { ...NO_FILTER, ...patch }
  return filterTimeline(sorted, filter, indexById(contacts), indexById([conference]), matchingPeople(labels, filter.person)).map((i) => i.id)
}

describe('timeline', () => {
  it('lists newest first, and on the same day the one logged later first', () => {
    expect(sorted.map((i) => i.id)).toEqual(['i2', 'i3', 'i1', 'i4'])
  })

  it('tells apart people who share a name by their organization', () => {
    expect(labels.map((p) => p.label)).toEqual(['Ana Silva (North Clinic)', 'Ana Silva (South Clinic)', 'Ben Ode'])
  })

  it('filters by an exact person, or by part of a name', () => {
    expect(run({ person: 'Ana Silva (South Clinic)' })).toEqual(['i4'])
    expect(run({ person: 'ana' })).toEqual(['i3', 'i1', 'i4'])
    expect(run({ person: 'Nobody' })).toEqual([])
  })

  it('combines channel, direction, dates and words', () => {
    expect(run({ channel: 'coffee' })).toEqual(['i1', 'i4'])
    expect(run({ channel: 'coffee', direction: 'gave' })).toEqual(['i1'])
    expect(run({ from: '2026-10-01', to: '2026-10-31' })).toEqual(['i3', 'i1'])
    expect(run({ from: '2026-11-01', to: '2026-10-01' })).toEqual([])
    expect(run({ text: 'summit' })).toEqual(['i3'])
    expect(run({ text: 'discharge ana' })).toEqual(['i1'])
  })

  it('says when it is filtered and how many are shown', () => {
    expect(isFiltered(NO_FILTER)).toBe(false)
    expect(isFiltered({ ...NO_FILTER, text: '  ' })).toBe(false)
    expect(isFiltered({ ...NO_FILTER, channel: 'email' })).toBe(true)
    expect(run({})).toHaveLength(4)
    expect(shownCount(12, 50, true)).toBe('12 of 50 shown')
    expect(shownCount(50, 50, false)).toBe('50 interactions')
    expect(shownCount(1, 1, false)).toBe('1 interaction')
    expect(shownCount(1200, 10000, true)).toBe('1,200 of 10,000 shown')
  })

  it('groups open follow-ups by the interaction they came from', () => {
    const f = (id: string, interactionId: string | null, doneOn: string | null) => ({ id, interactionId, doneOn }) as FollowUp
    const byInteraction = openFollowUpsByInteraction([f('f1', 'i1', null), f('f2', 'i1', '2026-11-01'), f('f3', null, null), f('f4', 'i2', null)])
    expect([...byInteraction].map(([id, list]) => [id, list.map((x) => x.id)])).toEqual([
      ['i1', ['f1']],
      ['i2', ['f4']],
    ])
  })

  it('filters 10,000 interactions quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, n) =>
      makeInteraction(`m${n}`, [n % 2 ? 'a' : 'b'], `2026-${String((n % 12) + 1).padStart(2, '0')}-01`, { channel: n % 3 ? 'email' : 'coffee' }),
    )
    const started = performance.now()
    const all = newestFirst(many)
    const filter = { ...NO_FILTER, person: 'Ben', channel: 'coffee' as const }
    const found = filterTimeline(all, filter, indexById(contacts), new Map(), matchingPeople(labels, filter.person))
    expect(found.length).toBe(many.filter((_, n) => n % 2 === 0 && n % 3 === 0).length)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
