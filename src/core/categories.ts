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
 * What each category means, in one sentence: shown beside the category's checkbox, and for the map's
 * legend and help, so the eight kinds of people are explained the same way everywhere.
 */
export const CATEGORY_DESCRIPTIONS: Readonly<Record<Category, string>> = {
  department: 'The people in your own team or department, whom you work beside most weeks.',
  'cross-function': 'People in other teams and functions of your organization, whatever their job title.',
  'other-industry': 'People who work in a field unlike yours; new ideas and openings often come through them.',
  author: 'Writers and bloggers whose work touches yours and makes you think.',
  existing: 'People you already know and trust: ties worth tending, not only new ones to make.',
  association: 'People you know through a professional body, society or network in your field.',
  leader: 'Prominent people in your field; approach them with a clear question and a short ask.',
  social: 'People you know mostly online; meeting them in person or by video turns them into real contacts.',
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
