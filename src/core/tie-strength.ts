import { daysBetween, type IsoDate } from './dates'
import { LIVE_CHANNELS, type Contact, type Interaction, type InteractionChannel } from './schema'

/*
 * A suggested tie strength from the interaction history of the last year.
 *
 * Granovetter (1973, "The Strength of Weak Ties") describes a tie's strength as a combination of the time
 * spent together, its emotional intensity, its intimacy and the reciprocal services it carries. Marsden and
 * Campbell (1984, "Measuring Tie Strength") found closeness best measured by intensity, with frequency and
 * recency of contact as weaker but useful indicators. A log of interactions sees only some of that, so the
 * suggestion combines four observable parts, each from 0 to 1:
 *
 *   frequency   = min(1, interactions in the last 365 days / 12)           (monthly contact counts as full)
 *   recency     = 1 within 30 days, falling linearly to 0 at 365 days
 *   intensity   = mean channel weight: in person 1, video 0.8, phone 0.6, e-mail 0.35,
 *                 social media / comments 0.2, other 0.3  (a stand-in for time and intimacy)
 *   reciprocity = 1 if help went both ways (or any interaction was mutual), 0.5 if only one way, 0 if none
 *
 *   score = 0.35·frequency + 0.25·recency + 0.25·intensity + 0.15·reciprocity
 *   suggested strength = 1 + round(4 · score)                                 (1 … 5)
 *
 * With no interaction in the last year the suggestion is 1. It is advice beside the user's own rating,
 * never a replacement for it.
 */

export const CHANNEL_WEIGHTS: Readonly<Record<InteractionChannel, number>> = {
  coffee: 1,
  lunch: 1,
  meeting: 1,
  event: 1,
  video: 0.8,
  phone: 0.6,
  email: 0.35,
  other: 0.3,
  comment: 0.2,
  social: 0.2,
}

export interface StrengthSuggestion {
  readonly suggested: number
  readonly score: number
  readonly parts: { readonly frequency: number; readonly recency: number; readonly intensity: number; readonly reciprocity: number }
  /** Interactions of the last 365 days the suggestion is based on. */
  readonly basedOn: number
}

/** The suggestion for one contact from its own interactions (`history` must be that contact's). */
export function suggestStrength(history: readonly Interaction[], today: IsoDate): StrengthSuggestion {
  const recent = history.filter((i) => {
    const age = daysBetween(i.date, today)
    return age >= 0 && age <= 365
  })
  if (recent.length === 0) {
    return { suggested: 1, score: 0, parts: { frequency: 0, recency: 0, intensity: 0, reciprocity: 0 }, basedOn: 0 }
  }
  const newest = Math.min(...recent.map((i) => daysBetween(i.date, today)))
  const frequency = Math.min(1, recent.length / 12)
  const recency = newest <= 30 ? 1 : Math.max(0, 1 - (newest - 30) / 335)
  const intensity = recent.reduce((sum, i) => sum + CHANNEL_WEIGHTS[i.channel], 0) / recent.length
  const gave = recent.some((i) => i.direction === 'gave' || i.direction === 'mutual')
  const received = recent.some((i) => i.direction === 'received' || i.direction === 'mutual')
  const reciprocity = gave && received ? 1 : gave || received ? 0.5 : 0
  const score = 0.35 * frequency + 0.25 * recency + 0.25 * intensity + 0.15 * reciprocity
  return { suggested: 1 + Math.round(4 * score), score, parts: { frequency, recency, intensity, reciprocity }, basedOn: recent.length }
}

/**
 * A social-media contact counts as converted into a real relationship once any interaction with them
 * happened in person or by video. Null for contacts outside the `social` category.
 */
export function isConverted(contact: Contact, history: readonly Interaction[]): boolean | null {
  if (!contact.categories.includes('social')) return null
  return history.some((i) => LIVE_CHANNELS.has(i.channel))
}

/** Each contact's interactions, in one pass. */
export function interactionsByContact(interactions: readonly Interaction[]): Map<string, Interaction[]> {
  const index = new Map<string, Interaction[]>()
  for (const interaction of interactions) {
    for (const id of interaction.contactIds) {
      const list = index.get(id)
      if (list) list.push(interaction)
      else index.set(id, [interaction])
    }
  }
  return index
}
