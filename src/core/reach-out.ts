import { CATEGORIES, type Category } from './categories'
import type { InsightThresholds } from './insight-thresholds'
import type { Metrics, ReachOut } from './insight-schema'
import type { ContactFacts, NetworkFacts } from './network-facts'
import { humanDays } from './wording'

/** How a contact is the only one of their kind: "your only author contact". */
const ONLY_OF: Readonly<Record<Category, string>> = {
  department: 'colleague in your department',
  'cross-function': 'contact in another function',
  'other-industry': 'contact from another industry',
  author: 'author contact',
  existing: 'long-standing contact you value',
  association: 'contact through an association',
  leader: 'leader in your field',
  social: 'social-media contact',
}

/** How many people the queue holds: a handful a day keeps it doable. */
export const REACH_OUT_SIZE = 5

/**
 * "Reach out today": a short ranked queue of people who are not fresh, each with why now (people added
 * lately with nothing logged wait until their grace period ends: the user has only just met them). A contact
 * earns priority for each reason (laid-off list 3, valued and past cadence 2, the only one of a category
 * 1.5, past cadence 1, met only online 0.5) plus how far past their cadence they are (capped at 3×).
 */
export function reachOutQueue(facts: NetworkFacts, metrics: Metrics, thresholds: InsightThresholds): ReachOut[] {
  // Rank on numbers, keeping only the best few; the sentences are written only for those.
  const ranked: { facts: ContactFacts; priority: number }[] = []
  const before = (a: { facts: ContactFacts; priority: number }, b: { facts: ContactFacts; priority: number }) =>
    a.priority > b.priority || (a.priority === b.priority && a.facts.contact.name < b.facts.contact.name)
  for (const f of facts.contacts) {
    if (f.band === 'fresh' || f.band === 'new') continue
    const weights = reasonsFor(f, metrics, thresholds, false)
    if (weights.length === 0) continue
    const entry = { facts: f, priority: weights.reduce((sum, r) => sum + r.weight, 0) + Math.min(3, Number.isFinite(f.overdueRatio) ? f.overdueRatio : 3) }
    const last = ranked[REACH_OUT_SIZE - 1]
    if (last && !before(entry, last)) continue
    let at = ranked.length
    while (at > 0 && before(entry, ranked[at - 1] as (typeof ranked)[number])) at--
    ranked.splice(at, 0, entry)
    if (ranked.length > REACH_OUT_SIZE) ranked.pop()
  }
  return ranked.map(({ facts: f }) => ({
    contactId: f.contact.id,
    name: f.contact.name,
    reasons: reasonsFor(f, metrics, thresholds, true)
      .sort((a, b) => b.weight - a.weight)
      .map((r) => r.text),
  }))
}

/** Why now, with a weight per reason; `words` false skips writing the sentences. */
function reasonsFor(f: ContactFacts, metrics: Metrics, thresholds: InsightThresholds, words: boolean): { weight: number; text: string }[] {
  const { contact } = f
  const late = f.band === 'overdue' || f.band === 'dormant'
  const since = () => (f.daysSince === null ? 'never contacted' : `last contact ${humanDays(f.daysSince)} ago`)
  const pastCadence = () =>
    f.daysSince === null ? 'never contacted since you added them' : `${f.overdueRatio.toFixed(1)}× past your ${f.cadenceDays}-day cadence`
  const reasons: { weight: number; text: string }[] = []
  if (contact.onLaidOffList) reasons.push({ weight: 3, text: words ? `on your laid-off list, ${since()}` : '' })
  const valued = contact.categories.includes('existing') || contact.tieStrength >= thresholds.valuedStrength
  if (late) reasons.push({ weight: valued ? 2 : 1, text: words ? (valued ? `someone you value, ${pastCadence()}` : pastCadence()) : '' })
  const only = CATEGORIES.find((c) => contact.categories.includes(c) && metrics.categoryCounts[c] === 1)
  if (only) reasons.push({ weight: 1.5, text: words ? `your only ${ONLY_OF[only]}` : '' })
  if (contact.categories.includes('social') && !f.metLive) reasons.push({ weight: 0.5, text: 'met only online so far: suggest a video call' })
  return reasons
}
