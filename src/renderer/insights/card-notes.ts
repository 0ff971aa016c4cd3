import type { Metrics } from '../../core/insight-schema'
import { plural, pluralWord } from '../shared/format'
import { lossSentence } from './health-breakdown'

/*
 * What the insights cards say about the network as a whole, written so each sentence is true with no
 * contacts, one, or many: a claim about "everyone" needs someone to be about.
 */

type Counts = Pick<Metrics, 'contacts' | 'bands'>

/** Everyone is within their cadence (fresh or due soon); false with nobody to be within it. */
const allWithin = ({ contacts, bands }: Counts) => contacts > 0 && bands.fresh + bands['due-soon'] === contacts

/** "All 3 contacts are", "Your one contact is". */
const everyone = (contacts: number) => (contacts === 1 ? 'Your one contact is' : `All ${contacts} contacts are`)

/** Under the reach-out heading when nobody is in the queue. */
export function reachOutEmptyNote(m: Counts): string {
  if (m.contacts === 0) return 'Once you have added people, this lists who most needs a message today, and why.'
  if (allWithin(m)) return `Nobody needs a nudge today. ${everyone(m.contacts)} within their keep-in-touch cadence.`
  return 'Nobody needs a nudge today.'
}

/** Above the staleness chart. */
export function cadenceNote(m: Counts): string {
  if (m.contacts === 0) return 'No contacts yet: each one you add shows here by how long ago you were last in touch.'
  const past = m.bands.overdue + m.bands.dormant
  if (past > 0) return `${past} of ${plural(m.contacts, 'contact')} ${pluralWord(past, 'is', 'are')} past their keep-in-touch cadence.`
  if (allWithin(m)) return `${everyone(m.contacts)} within their keep-in-touch cadence.`
  return 'Nobody is past their keep-in-touch cadence.'
}

/** Under the health score's heading: where the points went, or why there are none to lose yet. */
export function healthSummary(health: Metrics['health'], contacts: number): string {
  if (contacts === 0) return 'Most of the score counts the people in your network, so it starts to move once you add your first contact.'
  return lossSentence(health.parts)
}

/** The score in a word, and not a verdict before there is anyone to judge. */
export const healthHeading = (word: string, contacts: number): string => (contacts === 0 ? 'Network health: not scored yet' : `Network health: ${word}`)
