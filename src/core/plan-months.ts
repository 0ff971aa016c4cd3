import { daysBetween, type IsoDate } from './dates'
import type { PlanMonth } from './plan-schema'

/** The month a day falls in. */
export const monthOf = (date: IsoDate): PlanMonth => date.slice(0, 7)

/** Months since year 0, so months can be counted and compared as numbers. */
export const monthNumber = (month: PlanMonth): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1

/** The month `n` months after `month` (before, when negative). */
export function addMonths(month: PlanMonth, n: number): PlanMonth {
  const total = monthNumber(month) + n
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export const monthsBetween = (from: PlanMonth, to: PlanMonth): number => monthNumber(to) - monthNumber(from)

export const firstDay = (month: PlanMonth): IsoDate => `${month}-01`

/** Days in the month: 28 to 31. */
export const daysIn = (month: PlanMonth): number => daysBetween(firstDay(month), firstDay(addMonths(month, 1)))

/** Share of `month` gone by the end of `today`: 0 before it starts, 1 once it is over. */
export function monthGone(month: PlanMonth, today: IsoDate): number {
  const elapsed = daysBetween(firstDay(month), today) + 1
  return Math.min(1, Math.max(0, elapsed / daysIn(month)))
}
