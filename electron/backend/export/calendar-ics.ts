import ICAL from 'ical.js'
import { addDays } from '../../../src/core/dates'
import type { CalendarEntry } from '../../../src/core/export/calendar-entries'

/*
 * Calendar entries as iCalendar (RFC 5545) text, built with ical.js so escaping (commas, semicolons,
 * backslashes, line breaks) and line folding at 75 octets are its, not ours. Every entry is an all-day
 * VEVENT that does not block time (TRANSP:TRANSPARENT), so a calendar shows it as a reminder.
 */

const PRODID = '-//Kith//Networking plan//EN'

export function calendarIcsText(entries: readonly CalendarEntry[], now: Date): string {
  const calendar = new ICAL.Component('vcalendar')
  calendar.addPropertyWithValue('prodid', PRODID)
  calendar.addPropertyWithValue('version', '2.0')
  calendar.addPropertyWithValue('calscale', 'GREGORIAN')
  calendar.addPropertyWithValue('x-wr-calname', 'Kith')
  const stamp = ICAL.Time.fromJSDate(now, true)
  for (const entry of entries) {
    const vevent = new ICAL.Component('vevent')
    const event = new ICAL.Event(vevent)
    event.uid = entry.uid
    vevent.addPropertyWithValue('dtstamp', stamp)
    event.startDate = ICAL.Time.fromDateString(entry.date)
    // DTEND of an all-day entry is the next day (exclusive), which every calendar reads as one day.
    event.endDate = ICAL.Time.fromDateString(addDays(entry.date, 1))
    event.summary = entry.summary
    event.description = entry.description
    vevent.addPropertyWithValue('transp', 'TRANSPARENT')
    calendar.addSubcomponent(vevent)
  }
  // ical.js folds after `foldLength` octets and then adds the space that marks a continuation, so a folded
  // line would be 76 octets; one less keeps every line within RFC 5545's 75. Set only while writing.
  const foldLength = ICAL.foldLength
  ICAL.foldLength = 74
  try {
    // ical.js ends lines with CRLF but leaves the last line bare; RFC 5545 ends every line with CRLF.
    return `${calendar.toString()}\r\n`
  } finally {
    ICAL.foldLength = foldLength
  }
}
