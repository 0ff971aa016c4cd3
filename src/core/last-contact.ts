import type { IsoDate } from './dates'
import type { Interaction } from './schema'

/**
 * The latest interaction day per contact id, in one pass over all interactions.
 *
 * Filtering interactions per contact instead is quadratic and takes minutes at 30,000 contacts.
 */
export function lastContactIndex(interactions: readonly Interaction[]): Map<string, IsoDate> {
  const last = new Map<string, IsoDate>()
  for (const interaction of interactions) {
    for (const id of interaction.contactIds) {
      const seen = last.get(id)
      // ISO dates compare correctly as strings.
      if (seen === undefined || interaction.date > seen) last.set(id, interaction.date)
    }
  }
  return last
}
