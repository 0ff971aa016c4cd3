import { CATEGORIES, type Category } from './categories'
import type { Contact, Settings } from './schema'

/**
 * The keep-in-touch interval the categories ask for: the shortest of their defaults.
 *
 * A contact who is both a colleague and someone the user values is kept as close as the closer of the two
 * asks. Written as a loop without arrays because the insights call it for every contact on every change.
 */
export function categoryCadence(categories: readonly Category[], settings: Pick<Settings, 'cadenceDaysByCategory'>): number {
  const byCategory = settings.cadenceDaysByCategory
  let days = Infinity
  for (const c of categories) if (byCategory[c] < days) days = byCategory[c]
  // Contacts always have a category; a list built in a form may not yet.
  return days === Infinity ? byCategory[CATEGORIES[0]] : days
}

/** A contact's keep-in-touch interval in days: their own when set, else what their categories ask for. */
export function effectiveCadence(contact: Pick<Contact, 'cadenceDays' | 'categories'>, settings: Pick<Settings, 'cadenceDaysByCategory'>): number {
  return contact.cadenceDays ?? categoryCadence(contact.categories, settings)
}
