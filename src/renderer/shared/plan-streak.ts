import { plural } from './format'

/**
 * The streak of months on target in words, for the plan's header and the insights (one wording for both).
 * Zero says how to start one rather than scolding.
 */
export function streakText(months: number): string {
  if (months === 0) return 'No month on target yet: meeting this month’s people starts a streak.'
  if (months === 1) return '1 month on target.'
  return `${plural(months, 'month')} in a row on target.`
}
