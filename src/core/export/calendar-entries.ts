import { addDays, dayNumber, type IsoDate } from '../dates'
import type { NetworkFile } from '../network-file'
import { firstDay, monthOf, monthsBetween } from '../plan-months'
import type { PlanItem, PlanStatus } from '../plan-schema'
import { nameList, writtenMonth } from '../wording'

/*
 * What the calendar export (.ics) holds, as plain entries; the backend writes them as iCalendar.
 *
 * A planned meeting has no date of its own, only a month. It becomes an all-day reminder on the month's
 * first working day (Monday to Friday): calendars show an all-day entry in a strip at the top of the day
 * without blocking time, whereas a month-long entry would sit across every day of the month. In the
 * current month, once that day has passed, the reminder is today, so it is not lost in the past.
 * Open follow-ups are all-day entries on their due day. UIDs come from the item and follow-up ids, so
 * exporting again updates the same entries in a calendar rather than adding copies.
 */

export interface CalendarEntry {
  /** Stable across exports: the same plan item or follow-up always has the same UID. */
  readonly uid: string
  /** An all-day entry on this day. */
  readonly date: IsoDate
  readonly summary: string
  readonly description: string
}

type OpenStatus = Extract<PlanStatus, 'planned' | 'contacted' | 'scheduled'>

/** Statuses still waiting for a meeting; met, thanked and skipped items need no reminder. */
const isOpen = (status: PlanStatus): status is OpenStatus => status === 'planned' || status === 'contacted' || status === 'scheduled'

const SUMMARIES: Readonly<Record<OpenStatus, (name: string) => string>> = {
  planned: (name) => `Ask ${name} to meet`,
  contacted: (name) => `Meet ${name} (asked, waiting for a reply)`,
  scheduled: (name) => `Meet ${name} (meeting booked)`,
}

/** After the @ of every UID, so Kith's entries do not collide with other programs' in the same calendar. */
const UID_DOMAIN = 'kith'

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
const weekday = (date: IsoDate): number => (((dayNumber(date) + 4) % 7) + 7) % 7

export function firstWorkingDay(month: string): IsoDate {
  let day = firstDay(month)
  while (weekday(day) === 0 || weekday(day) === 6) day = addDays(day, 1)
  return day
}

function planEntry(item: PlanItem & { status: OpenStatus }, month: string, name: string, today: IsoDate): CalendarEntry {
  const first = firstWorkingDay(month)
  const lines = [`On your networking plan for ${writtenMonth(month)}.`]
  if (item.purpose.trim()) lines.push(`Purpose: ${item.purpose.trim()}`)
  if (item.note.trim()) lines.push(`Note: ${item.note.trim()}`)
  return {
    uid: `plan-${item.id}@${UID_DOMAIN}`,
    date: monthOf(today) === month && first < today ? today : first,
    summary: SUMMARIES[item.status](name),
    description: lines.join('\n'),
  }
}

/** Planned meetings of this month and later that are still open, and every open follow-up, by day. */
export function calendarEntries(file: NetworkFile, today: IsoDate): CalendarEntry[] {
  const current = monthOf(today)
  const names = new Map(file.contacts.map((c) => [c.id as string, c.name]))
  const nameOf = (id: string) => names.get(id) ?? 'someone no longer in Kith'
  const entries: CalendarEntry[] = []
  for (const [month, entry] of Object.entries(file.plan)) {
    if (monthsBetween(current, month) < 0) continue
    for (const item of entry.items) if (isOpen(item.status)) entries.push(planEntry({ ...item, status: item.status }, month, nameOf(item.contactId), today))
  }
  for (const f of file.followUps) {
    if (f.doneOn !== null) continue
    entries.push({
      uid: `follow-up-${f.id}@${UID_DOMAIN}`,
      date: f.dueOn,
      summary: f.title,
      description: `A follow-up with ${nameList(f.contactIds.map(nameOf), 5)}, from Kith.`,
    })
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1))
}

/** The export's file name, e.g. kith-calendar-2026-11-26.ics. */
export const calendarFileName = (today: IsoDate): string => `kith-calendar-${today}.ics`
