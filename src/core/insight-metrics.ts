import { CATEGORIES, categoryCounts as countCategories, type Category } from './categories'
import type { IsoDate } from './dates'
import type { EgoNetwork } from './ego-network'
import type { Event } from './event-schema'
import type { InsightThresholds } from './insight-thresholds'
import type { HealthPart, Metrics } from './insight-schema'
import { eventInWindow } from './event-timing'
import type { NetworkFacts } from './network-facts'
import type { Me } from './schema'
import { percent, plural, pluralWord } from './wording'


/** A group of contacts sharing a text field (organization, department, industry), and the exact spellings in it. */
export interface Group {
  readonly name: string
  readonly count: number
  readonly spellings: ReadonlySet<string>
}

/**
 * The groups of a text field, counted case-insensitively and ignoring surrounding spaces, largest first.
 * Values are counted as written first and folded afterwards: there are few distinct spellings, and
 * lower-casing every contact's value on each recompute was a measurable cost at 30,000 contacts.
 */
export function groupCounts(values: readonly string[]): Group[] {
  const raw = new Map<string, number>()
  for (const value of values) raw.set(value, (raw.get(value) ?? 0) + 1)
  const groups = new Map<string, { name: string; count: number; spellings: Set<string> }>()
  for (const [value, count] of raw) {
    const key = value.trim().toLowerCase()
    if (key === '') continue
    const group = groups.get(key)
    if (group) {
      group.count += count
      group.spellings.add(value)
    } else groups.set(key, { name: value.trim(), count, spellings: new Set([value]) })
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/**
 * Blau's index of heterogeneity, 1 − Σ p_k², over category memberships (a contact in two categories counts
 * once in each). 0 when everyone is in one category; 1 − 1/8 when spread evenly over all eight.
 */
export function blauIndex(counts: Readonly<Record<Category, number>>): number {
  const total = CATEGORIES.reduce((sum, c) => sum + counts[c], 0)
  if (total === 0) return 0
  return 1 - CATEGORIES.reduce((sum, c) => sum + (counts[c] / total) ** 2, 0)
}

export interface MetricInputs {
  readonly me: Me
  readonly events: readonly Event[]
  readonly thresholds: InsightThresholds
  readonly asOf: IsoDate
  readonly organizations: readonly Group[]
  /** Burt's measures, computed once by the caller (the closed-network rule uses them too). */
  readonly ego: EgoNetwork | null
}

export function computeMetrics(facts: NetworkFacts, { me, events, thresholds, asOf, organizations, ego }: MetricInputs): Metrics {
  const people = facts.contacts
  const categoryCounts = countCategories(people.map((f) => f.contact))
  const bands = { new: 0, fresh: 0, 'due-soon': 0, overdue: 0, dormant: 0 }
  let social = 0
  let converted = 0
  let listed = 0
  let listedWithin = 0
  for (const f of people) {
    bands[f.band]++
    if (f.contact.categories.includes('social')) {
      social++
      if (f.metLive) converted++
    }
    if (f.contact.onLaidOffList) {
      listed++
      if (f.band === 'fresh' || f.band === 'due-soon') listedWithin++
    }
  }
  const withOrganization = organizations.reduce((sum, g) => sum + g.count, 0)
  const largest = organizations[0]
  const blau = blauIndex(categoryCounts)
  const metrics: Omit<Metrics, 'health'> = {
    contacts: people.length,
    categoryCounts,
    categoriesCovered: CATEGORIES.filter((c) => categoryCounts[c] > 0).length,
    blauIndex: blau,
    blauNormalized: blau / (1 - 1 / CATEGORIES.length),
    industries: groupCounts(people.map((f) => f.contact.industry)).length,
    organizations: organizations.length,
    largestOrganization: largest ? { name: largest.name, count: largest.count, share: largest.count / withOrganization } : null,
    bands,
    weakTies: { social, converted, rate: social === 0 ? null : converted / social },
    reciprocity: { ...facts.reciprocity },
    laidOff: { listed, withinCadence: listedWithin, minimum: thresholds.laidOffMinimum },
    egoNetwork: ego && egoSummary(ego),
  }
  const home = me.organization.trim().toLowerCase()
  const outside = home !== ''
    ? withOrganization - (organizations.find((g) => g.name.toLowerCase() === home)?.count ?? 0)
    : withOrganization - (largest?.count ?? 0)
  const active = events.filter((e) => eventInWindow(e, asOf, thresholds.eventsWindowDays))
  return { ...metrics, health: healthScore(metrics, { outside, activeEvents: active.length, runsHub: active.some(isOwnHub) }) }
}

/** Burt's measures without the per-contact degrees, which only the closed-network rule needs. */
function egoSummary({ degree: _perContact, ...summary }: EgoNetwork): NonNullable<Metrics['egoNetwork']> {
  return summary
}

/** A group the user runs, as opposed to one they attend. */
export const isOwnHub = (event: Event): boolean => event.kind === 'hub' || (event.kind === 'association' && (event.role === 'founder' || event.role === 'organizer'))

/** What the reach part says: only a share of known employers means anything. */
function reachWords(contacts: number, organizations: number, outside: number): string {
  if (contacts === 0) return 'No contacts yet.'
  if (organizations === 0) return 'No contact has an organization recorded yet, so Kith cannot tell who works elsewhere.'
  return `${percent(outside / contacts)} of contacts work outside your organization (full marks from ${percent(0.5)}).`
}

/**
 * The network-health score, 0–100: seven parts, each worth a fixed number of points times how far along
 * it is (0–1), so a user can see exactly where points were lost.
 * - breadth 20: categories with at least one contact, of 8;
 * - diversity 10: the Blau index over categories, relative to its maximum;
 * - freshness 25: share of contacts within their keep-in-touch cadence (new, fresh or due soon: someone just
 *   added is not late yet);
 * - laid-off readiness 15: people on the laid-off list within their cadence, of the minimum (default 5);
 * - reach 10: share of contacts outside the user's organization, full marks from one half;
 * - reciprocity 10: help given vs received in the last year, the smaller over the larger (mutual counts both ways);
 * - participation 10: an event, committee or talk in the window (6) and a group the user runs (4).
 */
export function healthScore(
  m: Omit<Metrics, 'health'>,
  extra: { readonly outside: number; readonly activeEvents: number; readonly runsHub: boolean },
): Metrics['health'] {
  const n = m.contacts
  const within = m.bands.new + m.bands.fresh + m.bands['due-soon']
  const given = m.reciprocity.gave + m.reciprocity.mutual
  const got = m.reciprocity.received + m.reciprocity.mutual
  const balance = given + got === 0 ? 0 : Math.min(given, got) / Math.max(given, got)
  const part = (id: string, label: string, weight: number, value: number, explanation: string): HealthPart => {
    const clamped = Math.max(0, Math.min(1, Number.isFinite(value) ? value : 0))
    return { id, label, weight, value: clamped, points: Math.round(weight * clamped * 10) / 10, explanation }
  }
  const parts = [
    part('breadth', 'Breadth', 20, m.categoriesCovered / 8, `${m.categoriesCovered} of 8 categories ${pluralWord(m.categoriesCovered, 'has', 'have')} someone in them.`),
    part(
      'diversity',
      'Variety',
      10,
      m.blauNormalized,
      n === 0 ? 'No contacts yet.' : `Variety across categories is ${m.blauIndex.toFixed(2)} of a possible 0.88 (0 when everyone is in one).`,
    ),
    part('freshness', 'Freshness', 25, n === 0 ? 0 : within / n, n === 0 ? 'No contacts yet.' : `${within} of ${plural(n, 'contact')} ${pluralWord(within, 'is', 'are')} within their keep-in-touch cadence.`),
    part(
      'laid-off',
      'Laid-off readiness',
      15,
      m.laidOff.withinCadence / m.laidOff.minimum,
      `${plural(m.laidOff.withinCadence, 'person', 'people')} on your laid-off list ${pluralWord(m.laidOff.withinCadence, 'is', 'are')} in touch; you aimed for ${m.laidOff.minimum}.`,
    ),
    part('reach', 'Reach', 10, n === 0 ? 0 : extra.outside / n / 0.5, reachWords(n, m.organizations, extra.outside)),
    part(
      'reciprocity',
      'Reciprocity',
      10,
      balance,
      given + got === 0 ? 'No help given or received was logged in the last year.' : `In the last year you helped ${plural(given, 'time')} and were helped ${plural(got, 'time')} (mutual help counts both ways).`,
    ),
    part(
      'participation',
      'Participation',
      10,
      (extra.activeEvents > 0 ? 0.6 : 0) + (extra.runsHub ? 0.4 : 0),
      `${plural(extra.activeEvents, 'event')} in the last year; ${extra.runsHub ? 'you run a group' : 'you run no group of your own'}.`,
    ),
  ]
  const score = Math.round(parts.reduce((sum, p) => sum + p.points, 0))
  return { score, parts }
}
