import { CATEGORY_DESCRIPTIONS, CATEGORY_LABELS, type Category } from '../../core/categories'
import { formatDay } from './format'

/* What the UI calls the core's values: categories, strengths, channels, directions. */

export const categoryLabel = (c: Category): string => CATEGORY_LABELS[c]

/** What a category means, in one sentence (the same beside a checkbox, in the welcome and in the legend). */
export const categoryDescription = (c: Category): string => CATEGORY_DESCRIPTIONS[c]

/** Tie strengths, weakest first. */
export const STRENGTHS: readonly number[] = [1, 2, 3, 4, 5]

export const STRENGTH_LABELS: Readonly<Record<number, string>> = {
  1: '1 · weak',
  2: '2 · acquaintance',
  3: '3 · working relationship',
  4: '4 · strong',
  5: '5 · close',
}

export const strengthLabel = (strength: number): string => STRENGTH_LABELS[strength] ?? String(strength)

// Channels and directions are worded in the core, so the interactions CSV says them the same way.
export { CHANNEL_LABELS, DIRECTION_LABELS } from '../../core/interaction-labels'

/** "the interaction on 14 Mar 2026 with Ana Silva, Ben Ode", for buttons that act on one interaction. */
export function interactionName(date: string, names: readonly string[]): string {
  return `the interaction on ${formatDay(date)} with ${names.join(', ')}`
}
