import { addMonths } from './plan-months'
import { BUSY_TARGETS, EMPTY_MONTH, type Plan, type PlanItem, type PlanMonth, type PlanMonthEntry } from './plan-schema'
import type { Settings } from './schema'

/*
 * What a month of the plan asks for and how far it got. Shared by the suggestions, the plan-behind gap
 * rule and the streak, so all three count the same way.
 */

export const monthEntry = (plan: Plan, month: PlanMonth): PlanMonthEntry => (Object.hasOwn(plan, month) ? (plan[month] ?? EMPTY_MONTH) : EMPTY_MONTH)

/** How many people the month aims for: the target from settings, or 1 / 0 in a busy month. */
export function monthTarget(plan: Plan, month: PlanMonth, settings: Pick<Settings, 'monthlyTarget'>): number {
  const { busy } = monthEntry(plan, month)
  return busy === null ? settings.monthlyTarget : BUSY_TARGETS[busy]
}

/** Items that still count toward the month: everything but the skipped ones. */
export const plannedItems = (entry: PlanMonthEntry): PlanItem[] => entry.items.filter((i) => i.status !== 'skipped')

/** People actually met this month: a meeting happened (`met`, or `thanked` after it). */
export const metItems = (entry: PlanMonthEntry): PlanItem[] => entry.items.filter((i) => i.status === 'met' || i.status === 'thanked')

export interface MonthProgress {
  readonly month: PlanMonth
  readonly target: number
  readonly planned: number
  readonly met: number
  /** At least the target met; a month with a target of 0 counts as met. */
  readonly reached: boolean
}

export function monthProgress(plan: Plan, month: PlanMonth, settings: Pick<Settings, 'monthlyTarget'>): MonthProgress {
  const entry = monthEntry(plan, month)
  const target = monthTarget(plan, month, settings)
  const met = metItems(entry).length
  return { month, target, planned: plannedItems(entry).length, met, reached: met >= target }
}

/**
 * Months in a row that met their target, counting back from `current`: the current month counts once it
 * is reached and never breaks the streak while it is still going. A month marked off (target 0) neither
 * adds to the streak nor breaks it: resting by choice is part of a sustainable routine.
 */
export function planStreak(plan: Plan, current: PlanMonth, settings: Pick<Settings, 'monthlyTarget'>): number {
  let streak = 0
  const now = monthProgress(plan, current, settings)
  if (now.reached && now.target > 0) streak++
  for (let month = addMonths(current, -1); ; month = addMonths(month, -1)) {
    const progress = monthProgress(plan, month, settings)
    if (progress.target === 0) continue
    if (!progress.reached) return streak
    streak++
  }
}
