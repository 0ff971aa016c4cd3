import { CATEGORIES, CATEGORY_LABELS, categoryCounts, type Category } from './categories'
import type { IsoDate } from './dates'
import { gatherFacts, type ContactFacts } from './network-facts'
import type { NetworkFile } from './network-file'
import { addMonths, monthNumber } from './plan-months'
import type { PlanMonth } from './plan-schema'
import { monthEntry, monthTarget, plannedItems } from './plan-target'
import type { ContactId, InteractionChannel } from './schema'
import { humanDays } from './wording'

/*
 * The balanced proposal for one month of the plan: who to meet, and why, in words a user understands.
 * Candidates come from the same facts as the insights (staleness bands, met live, valued ties), so a
 * suggestion never disagrees with a gap.
 */

/** The kinds of candidate, in the order a month's round starts from (rotated by month, see below). */
export const SUGGESTION_KINDS = ['valued-overdue', 'laid-off-overdue', 'broaden', 'meet-live', 'aim-high'] as const
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number]

export interface Suggestion {
  readonly contactId: ContactId
  readonly reason: string
  readonly kind: SuggestionKind
}

export interface PlanSuggestions {
  readonly target: number
  readonly suggestions: readonly Suggestion[]
}

/** Someone planned this many months before or after is not proposed again: a meeting every few months is plenty. */
export const NEARBY_MONTHS = 2

/** A category with this many people or fewer (but some) is thin: one more meeting there broadens the network most. */
export const THIN_CATEGORY = 2
/** Below this many contacts every category is small, so none stands out as thin. */
export const THIN_MINIMUM_CONTACTS = 10

/** The last contact as a user would name it: "last lunch", "last call". */
const LAST_WORDS: Readonly<Record<InteractionChannel, string>> = {
  email: 'last e-mail',
  phone: 'last call',
  video: 'last video call',
  coffee: 'last coffee',
  lunch: 'last lunch',
  meeting: 'last meeting',
  event: 'last seen at an event',
  comment: 'last comment on their work',
  social: 'last message online',
  other: 'last contact',
}

const late = (f: ContactFacts) => f.band === 'overdue' || f.band === 'dormant'
const mostOverdueFirst = (a: ContactFacts, b: ContactFacts) => b.overdueRatio - a.overdueRatio || a.contact.name.localeCompare(b.contact.name)
const strongestFirst = (a: ContactFacts, b: ContactFacts) => b.contact.tieStrength - a.contact.tieStrength || mostOverdueFirst(a, b)

/** What suggestions for any month rest on: the same for every month of one network on one day, so callers may keep it. */
export interface SuggestionBasis {
  readonly facts: ReturnType<typeof gatherFacts>
  readonly lastChannel: ReturnType<typeof lastChannels>
}

export const suggestionBasis = (file: NetworkFile, today: IsoDate): SuggestionBasis => ({ facts: gatherFacts(file, today), lastChannel: lastChannels(file, today) })

/**
 * Proposes up to (target − already planned) people for `month`, best first; `today` decides staleness.
 * `basis` must come from the same file and day (the plan itself is read from `file`).
 */
export function suggestPlan(file: NetworkFile, month: PlanMonth, today: IsoDate, basis?: SuggestionBasis): PlanSuggestions {
  const target = monthTarget(file.plan, month, file.settings)
  const room = Math.max(0, target - plannedItems(monthEntry(file.plan, month)).length)
  if (room === 0) return { target, suggestions: [] }

  const { facts, lastChannel } = basis ?? suggestionBasis(file, today)
  const nearby = plannedNearby(file, month)
  const open = facts.contacts.filter((f) => !nearby.has(f.contact.id))
  const since = (f: ContactFacts) =>
    f.daysSince === null ? 'never contacted' : `${LAST_WORDS[lastChannel.get(f.contact.id) ?? 'other']} ${humanDays(f.daysSince)} ago`

  const thresholds = file.settings.insightThresholds
  const counts = categoryCounts(file.contacts)
  const thin = new Set(file.contacts.length < THIN_MINIMUM_CONTACTS ? [] : CATEGORIES.filter((c) => counts[c] > 0 && counts[c] <= THIN_CATEGORY))
  const myIndustry = file.me.industry.trim().toLowerCase()
  const elsewhere = (f: ContactFacts) => {
    const industry = f.contact.industry.trim().toLowerCase()
    return f.contact.categories.includes('other-industry') || (myIndustry !== '' && industry !== '' && industry !== myIndustry)
  }
  const thinCategory = (f: ContactFacts): Category | undefined => f.contact.categories.find((c) => thin.has(c))

  const pools: Record<SuggestionKind, { facts: ContactFacts[]; reason: (f: ContactFacts) => string }> = {
    'valued-overdue': {
      facts: open.filter((f) => late(f) && (f.contact.categories.includes('existing') || f.contact.tieStrength >= thresholds.valuedStrength)).sort(mostOverdueFirst),
      reason: (f) => `${f.contact.tieStrength >= 5 ? 'Close tie' : 'Someone you value'}, ${since(f)}`,
    },
    'laid-off-overdue': {
      facts: open.filter((f) => late(f) && f.contact.onLaidOffList).sort(mostOverdueFirst),
      reason: (f) => `On your laid-off list, ${since(f)}`,
    },
    broaden: {
      // Someone recently in touch needs no meeting to broaden anything.
      facts: open.filter((f) => f.band !== 'fresh' && f.band !== 'new' && (elsewhere(f) || thinCategory(f) !== undefined)).sort(mostOverdueFirst),
      reason: (f) => {
        const industry = f.contact.industry.trim()
        if (elsewhere(f)) return `Brings another industry${industry === '' ? '' : ` (${industry})`}, ${since(f)}`
        const category = thinCategory(f) as Category
        const label = CATEGORY_LABELS[category]
        return `${counts[category] === 1 ? `Your only contact in “${label}”` : `One of only ${counts[category]} in “${label}”`}, ${since(f)}`
      },
    },
    'meet-live': {
      facts: open.filter((f) => f.contact.categories.includes('social') && !f.metLive).sort(strongestFirst),
      reason: () => 'Known online only: a first coffee or video call makes them a real contact',
    },
    'aim-high': {
      facts: open.filter((f) => f.contact.categories.includes('leader') && f.band !== 'fresh').sort(strongestFirst),
      reason: (f) => `Aim high: a leader in your field, ${since(f)}`,
    },
  }

  // Take one from each kind in turn so no single kind fills the month; the kind that leads rotates with the
  // month, so over a few months each kind gets the first place. Aim high stays at one: quality over quantity.
  const start = monthNumber(month) % SUGGESTION_KINDS.length
  const order = SUGGESTION_KINDS.map((_, i) => SUGGESTION_KINDS[(start + i) % SUGGESTION_KINDS.length] as SuggestionKind)
  const taken = new Set<string>()
  const cursor = Object.fromEntries(SUGGESTION_KINDS.map((k) => [k, 0])) as Record<SuggestionKind, number>
  const suggestions: Suggestion[] = []
  let progressed = true
  while (suggestions.length < room && progressed) {
    progressed = false
    for (const kind of order) {
      if (suggestions.length >= room) break
      if (kind === 'aim-high' && suggestions.some((s) => s.kind === 'aim-high')) continue
      const pool = pools[kind]
      let next = pool.facts[cursor[kind]]
      while (next && taken.has(next.contact.id)) next = pool.facts[++cursor[kind]]
      if (!next) continue
      cursor[kind]++
      taken.add(next.contact.id)
      suggestions.push({ contactId: next.contact.id, reason: pool.reason(next), kind })
      progressed = true
    }
  }
  return { target, suggestions }
}

/** Everyone with an item, whatever its status, within NEARBY_MONTHS of `month` (the month itself included). */
function plannedNearby(file: NetworkFile, month: PlanMonth): Set<string> {
  const ids = new Set<string>()
  for (let n = -NEARBY_MONTHS; n <= NEARBY_MONTHS; n++) {
    for (const item of monthEntry(file.plan, addMonths(month, n)).items) ids.add(item.contactId)
  }
  return ids
}

/** The channel of each contact's latest interaction up to `today`, in one pass. */
function lastChannels(file: NetworkFile, today: IsoDate): Map<string, InteractionChannel> {
  const latest = new Map<string, { date: IsoDate; channel: InteractionChannel }>()
  for (const { date, channel, contactIds } of file.interactions) {
    if (date > today) continue
    for (const id of contactIds) {
      const seen = latest.get(id)
      if (!seen || date > seen.date) latest.set(id, { date, channel })
    }
  }
  return new Map([...latest].map(([id, { channel }]) => [id, channel]))
}
