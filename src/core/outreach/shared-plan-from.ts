import type { IsoDate } from '../dates'
import type { NetworkFile } from '../network-file'
import { addMonths, monthOf } from '../plan-months'
import type { PlanMonth } from '../plan-schema'
import { monthEntry, monthTarget, planStreak } from '../plan-target'
import type { SharedPlanInput, SharedPlanMonth } from './share-plan'

/*
 * The real plan mapped into what "Share my plan" writes: the current month and the ones after it, last
 * month's results, and the streak, with contact names in place of ids.
 */

/** The current month and the two after it: the span the plan asks the user to look ahead. */
export const SHARED_MONTHS = 3

/** Shown for an item whose person is gone (the file's integrity check should prevent it). */
const UNKNOWN_NAME = 'Someone no longer in Kith'

function sharedMonth(file: NetworkFile, month: PlanMonth, nameOf: (id: string) => string): SharedPlanMonth {
  const entry = monthEntry(file.plan, month)
  return {
    month,
    target: monthTarget(file.plan, month, file.settings),
    busy: entry.busy !== null,
    items: entry.items.map((item) => ({ name: nameOf(item.contactId), purpose: item.purpose, status: item.status, skipReason: item.skipReason })),
  }
}

export function sharedPlanFrom(file: NetworkFile, today: IsoDate, months = SHARED_MONTHS): SharedPlanInput {
  const current = monthOf(today)
  const last = addMonths(current, -1)
  // Only the names the plan needs: a network can hold tens of thousands of people.
  const wanted = new Set(Object.values(file.plan).flatMap((entry) => entry.items.map((i) => i.contactId as string)))
  const names = new Map(file.contacts.filter((c) => wanted.has(c.id)).map((c) => [c.id as string, c.name]))
  const nameOf = (id: string) => names.get(id) ?? UNKNOWN_NAME
  // A month the user never planned has no results to report, so a new plan does not open with "I met 0 of 3".
  const lastMonth = Object.hasOwn(file.plan, last) ? sharedMonth(file, last, nameOf) : null
  return {
    myName: file.me.name,
    partnerName: file.settings.partner?.name ?? null,
    months: Array.from({ length: Math.max(0, months) }, (_, i) => sharedMonth(file, addMonths(current, i), nameOf)),
    lastMonth,
    // Counted up to last month, because the text says it right after last month's result.
    streak: lastMonth ? planStreak(file.plan, last, file.settings) : null,
  }
}
