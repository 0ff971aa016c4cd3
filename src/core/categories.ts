import { z } from 'zod'

/**
 * The eight kinds of people a balanced professional network includes.
 *
 * Order matters: it is the order of legends, sectors and forms everywhere.
 */
export const CATEGORIES = [
  'department',
  'cross-function',
  'other-industry',
  'author',
  'existing',
  'association',
  'leader',
  'social',
] as const

export const Category = z.enum(CATEGORIES, {
  error: () => `Choose categories from: ${CATEGORIES.join(', ')}.`,
})
export type Category = z.infer<typeof Category>

/** Short names for the UI. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  department: 'My department',
  'cross-function': 'Other functions',
  'other-industry': 'Other industries',
  author: 'Authors & bloggers',
  existing: 'People I value',
  association: 'Associations',
  leader: 'Leaders in my field',
  social: 'Social media',
}

/**
 * Default keep-in-touch interval per category, in days.
 *
 * Close colleagues and valued ties need attention more often than distant or aspirational ones.
 */
export const DEFAULT_CADENCE_DAYS: Readonly<Record<Category, number>> = {
  department: 30,
  'cross-function': 60,
  'other-industry': 90,
  author: 120,
  existing: 60,
  association: 90,
  leader: 120,
  social: 90,
}

/**
 * People per category, each counted once in every category they are in (a pie of three slices counts three
 * times). The legend and the insights both count this way, so they never disagree.
 */
export function categoryCounts(contacts: Iterable<{ readonly categories: readonly Category[] }>): Record<Category, number> {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>
  for (const contact of contacts) for (const c of new Set(contact.categories)) counts[c]++
  return counts
}
