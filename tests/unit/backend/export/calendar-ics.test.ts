import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { exportData } from '../../../../electron/backend/export/export-data'
import { firstWorkingDay } from '../../../../src/core/export/calendar-entries'
import type { FollowUp } from '../../../../src/core/event-schema'
import type { PlanItemId } from '../../../../src/core/plan-schema'
import { makeContact, makeNetwork } from '../../helpers/builders'
import { makeItem, withPlan } from '../../helpers/plan-builders'

const TODAY = '2026-11-26'
const NOW = new Date('2026-11-26T10:00:00.000Z')
const pid = (id: string) => id as PlanItemId

const followUp = (id: string, contactIds: string[], dueOn: string, overrides: Partial<FollowUp> = {}) =>
  ({ id, title: `Follow-up ${id}`, contactIds, interactionId: null, dueOn, doneOn: null, ...overrides }) as FollowUp

const people = makeNetwork({
  contacts: [
    makeContact({ id: 'ana', name: 'Ana Marín-Ødegård' }),
    makeContact({ id: 'ben', name: 'Ben "Benji" Okafor, PhD' }),
    makeContact({ id: 'cho', name: '조 박' }),
    makeContact({ id: 'dev', name: 'Dev Rao' }),
  ],
})
const network = withPlan(
  {
    ...people,
    followUps: [
      followUp('f1', ['ana', 'ben'], '2026-11-30', { title: 'Send Ana the rota; the budget, and\nthe slides' }),
      followUp('f2', ['cho'], '2026-10-01', { doneOn: '2026-10-02' }),
      followUp('f3', ['dev'], '2026-11-20'),
    ],
  },
  {
    '2026-10': { items: [makeItem('dev', 'planned', { id: pid('old') })] },
    '2026-11': {
      items: [
        makeItem('ana', 'planned', { id: pid('nov-ana'), purpose: 'Ask how she moved; into product, and why', note: 'Line one\nLine two \\ with a backslash' }),
        makeItem('ben', 'met', { id: pid('nov-ben') }),
        makeItem('dev', 'skipped', { id: pid('nov-dev') }),
      ],
    },
    '2026-12': { items: [makeItem('cho', 'contacted', { id: pid('dec-cho') }), makeItem('dev', 'thanked', { id: pid('dec-dev') })] },
    '2027-01': { items: [makeItem('ben', 'scheduled', { id: pid('jan-ben') })] },
  },
)

type Parsed = { uid: string; start: string; end: string; summary: string; description: string; stamp: string; isDate: boolean }
function parseEvents(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent)
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      summary: event.summary,
      description: event.description,
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
      isDate: event.startDate.isDate,
    }
  })
}

describe('calendar export (.ics)', () => {
  it('holds open plan items of this month and later and open follow-ups, read back by a calendar parser', () => {
    const { fileName, mimeType, text } = exportData(network, 'calendar-ics', TODAY, NOW)
    expect(fileName).toBe('kith-calendar-2026-11-26.ics')
    expect(mimeType).toBe('text/calendar')
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    // RFC 5545: no line longer than 75 octets; ical.js folds them.
    expect(Math.max(...text.split('\r\n').map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75)

    const events = parseEvents(text)
    expect(events.map((e) => [e.uid, e.start, e.end, e.summary])).toEqual([
      // Overdue but open: on its own due day.
      ['follow-up-f3@kith', '2026-11-20', '2026-11-21', 'Follow-up f3'],
      // This month's first working day (2 Nov) has passed: the reminder is today.
      ['plan-nov-ana@kith', '2026-11-26', '2026-11-27', 'Ask Ana Marín-Ødegård to meet'],
      ['follow-up-f1@kith', '2026-11-30', '2026-12-01', 'Send Ana the rota; the budget, and\nthe slides'],
      ['plan-dec-cho@kith', '2026-12-01', '2026-12-02', 'Meet 조 박 (asked, waiting for a reply)'],
      // 1 January 2027 is a Friday.
      ['plan-jan-ben@kith', '2027-01-01', '2027-01-02', 'Meet Ben "Benji" Okafor, PhD (meeting booked)'],
    ])
    expect(events.every((e) => e.isDate && e.stamp === '2026-11-26T10:00:00Z')).toBe(true)
    expect(events[1]?.description).toBe(
      'On your networking plan for November 2026.\nPurpose: Ask how she moved; into product, and why\nNote: Line one\nLine two \\ with a backslash',
    )
    expect(events[2]?.description).toBe('A follow-up with Ana Marín-Ødegård and Ben "Benji" Okafor, PhD, from Kith.')
    // The text escapes what iCalendar reserves, so the parser did not simply see it raw.
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Send Ana the rota\\; the budget\\, and\\nthe slides')
  })

  it('keeps the same UIDs when exported again, and an empty calendar is still valid', () => {
    const first = parseEvents(exportData(network, 'calendar-ics', TODAY, NOW).text).map((e) => e.uid)
    const later = parseEvents(exportData(network, 'calendar-ics', TODAY, new Date('2026-11-26T18:00:00Z')).text).map((e) => e.uid)
    expect(later).toEqual(first)
    const empty = exportData(makeNetwork(), 'calendar-ics', TODAY, NOW).text
    expect(new ICAL.Component(ICAL.parse(empty)).getFirstPropertyValue('prodid')).toBe('-//Kith//Networking plan//EN')
    expect(parseEvents(empty)).toEqual([])
  })

  it('puts a month’s reminder on its first working day, past a weekend', () => {
    expect(firstWorkingDay('2026-11')).toBe('2026-11-02') // the 1st is a Sunday
    expect(firstWorkingDay('2026-08')).toBe('2026-08-03') // the 1st is a Saturday
    expect(firstWorkingDay('2026-12')).toBe('2026-12-01') // a Tuesday
  })
})
