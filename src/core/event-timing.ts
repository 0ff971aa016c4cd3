import { addDays, type IsoDate } from './dates'
import type { Event } from './event-schema'

/*
 * When an event happens, for every view and rule that asks. An open end means two things depending on the
 * kind: a conference without an end day lasted that one day; anything else (a committee, volunteering, a
 * project, an association, a group the user runs) is still going on.
 */

/** Still going on: no end day, and not a one-day conference. */
export const isOngoing = (event: Pick<Event, 'kind' | 'endOn'>): boolean => event.endOn === null && event.kind !== 'conference'

/** The event's last day as of `asOf`: its end, its start for a one-day conference, or `asOf` while it goes on. */
export function lastDayOf(event: Pick<Event, 'kind' | 'startOn' | 'endOn'>, asOf: IsoDate): IsoDate {
  if (event.endOn !== null) return event.endOn
  return isOngoing(event) ? asOf : event.startOn
}

/** Whether an event kept the user active in the `windowDays` ending `asOf`: it overlaps that window. */
export function eventInWindow(event: Pick<Event, 'kind' | 'startOn' | 'endOn'>, asOf: IsoDate, windowDays: number): boolean {
  if (event.startOn > asOf) return false
  return lastDayOf(event, asOf) >= addDays(asOf, -windowDays)
}
