import { CATEGORIES, CATEGORY_LABELS } from './categories'
import { daysBetween, type IsoDate } from './dates'
import type { Event, FollowUp } from './event-schema'
import type { InsightThresholds } from './insight-thresholds'
import type { Gap, GapRule, Metrics } from './insight-schema'
import type { EgoNetwork } from './ego-network'
import { groupCounts, isOwnHub, type Group } from './insight-metrics'
import { eventInWindow } from './event-timing'
import type { ContactFacts, NetworkFacts } from './network-facts'
import { monthGone, monthOf } from './plan-months'
import type { Plan } from './plan-schema'
import { monthProgress } from './plan-target'
import { profileReview } from './profile-review'
import type { ContactId, Me } from './schema'
import { humanDays, nameList, percent, plural, pluralWord } from './wording'

/*
 * The gap rules: each looks at the network as of one day and returns the gaps it finds (none, one, or for
 * `missing-category` and `silo` several). Thresholds come from settings (see insight-thresholds.ts).
 */

export interface RuleContext {
  readonly facts: NetworkFacts
  readonly metrics: Metrics
  readonly me: Me
  readonly events: readonly Event[]
  readonly followUps: readonly FollowUp[]
  readonly ego: EgoNetwork | null
  /** Organizations with their contact counts, largest first (see groupCounts). */
  readonly organizations: readonly Group[]
  readonly thresholds: InsightThresholds
  readonly asOf: IsoDate
  /** The monthly plan and the target from settings, for plan-behind. */
  readonly plan: Plan
  readonly monthlyTarget: number
}

type Rule = (ctx: RuleContext) => Gap[]

const ids = (list: readonly ContactFacts[]) => list.map((f) => f.contact.id as ContactId)
const names = (list: readonly ContactFacts[]) => list.map((f) => f.contact.name)
const mostOverdueFirst = (a: ContactFacts, b: ContactFacts) => b.overdueRatio - a.overdueRatio || a.contact.name.localeCompare(b.contact.name)

/** "2.3× past the 90-day cadence", or "never contacted". */
export function overdueWords(f: ContactFacts): string {
  if (f.daysSince === null) return 'never contacted'
  return `${f.overdueRatio.toFixed(1)}× past the ${f.cadenceDays}-day cadence (last contact ${humanDays(f.daysSince)} ago)`
}

const noCrossIndustry: Rule = ({ facts, me }) => {
  const people = facts.contacts
  const myIndustry = me.industry.trim()
  const tagged = people.some((f) => f.contact.categories.includes('other-industry'))
  // Without the user's industry, only the category can say who is from elsewhere.
  if (people.length === 0 || tagged || myIndustry === '') return []
  const mine = myIndustry.toLowerCase()
  const outside = people.some((f) => {
    const industry = f.contact.industry.trim()
    return industry !== '' && industry.toLowerCase() !== mine
  })
  if (outside) return []
  return [
    {
      id: 'no-cross-industry',
      rule: 'no-cross-industry',
      severity: 'high',
      title: 'Nobody from another industry',
      detail:
        people.length === 1
          ? `Your one contact is not recorded as working outside ${myIndustry.toLowerCase()}, and is not in “${CATEGORY_LABELS['other-industry']}”.`
          : `0 of ${people.length} contacts work outside ${myIndustry.toLowerCase()}, and none is in “${CATEGORY_LABELS['other-industry']}”.`,
      contactIds: [],
      action: 'Add one person from a different industry: ideas and job leads from outside your field reach you through them.',
      actionLabel: 'Add someone from another industry',
      target: { kind: 'add-contact', category: 'other-industry' },
    },
  ]
}

const neglected: Rule = ({ facts, thresholds }) => {
  const valued = facts.contacts.filter((f) => f.contact.categories.includes('existing') || f.contact.tieStrength >= thresholds.valuedStrength)
  const late = valued.filter((f) => f.band === 'overdue' || f.band === 'dormant').sort(mostOverdueFirst)
  const first = late[0]
  if (!first) return []
  return [
    {
      id: 'neglected-relationships',
      rule: 'neglected-relationships',
      severity: late.length >= 3 || first.band === 'dormant' ? 'high' : 'medium',
      title: 'People you value are drifting away',
      detail: `${late.length} of ${plural(valued.length, 'person', 'people')} you value (in “${CATEGORY_LABELS.existing}” or rated ${thresholds.valuedStrength} or more) ${pluralWord(late.length, 'is', 'are')} past their keep-in-touch cadence; ${first.contact.name} is ${overdueWords(first)}.`,
      contactIds: ids(late),
      action: `Reach out to ${first.contact.name} first: a short note about something you share is enough to restart.`,
      actionLabel: `Log contact with ${first.contact.name}`,
      target: { kind: 'log', contactIds: [first.contact.id] },
    },
  ]
}

/** Categories whose absence leaves the most important holes. */
const KEY_CATEGORIES = new Set(['other-industry', 'existing', 'leader'])

const missingCategory: Rule = ({ facts, metrics }) => {
  if (facts.contacts.length === 0) return []
  return CATEGORIES.filter((c) => metrics.categoryCounts[c] === 0).map(
    (category): Gap => ({
      id: `missing-category:${category}`,
      rule: 'missing-category',
      severity: KEY_CATEGORIES.has(category) ? 'medium' : 'low',
      title: `No one in “${CATEGORY_LABELS[category]}”`,
      detail: `${facts.contacts.length === 1 ? 'Your one contact is not' : `0 of ${facts.contacts.length} contacts are`} in this category; ${metrics.categoriesCovered} of 8 categories ${pluralWord(metrics.categoriesCovered, 'has', 'have')} someone.`,
      contactIds: [],
      action: `Think of one person who fits “${CATEGORY_LABELS[category]}” and add them.`,
      actionLabel: 'Add a contact',
      target: { kind: 'add-contact', category },
      category,
    }),
  )
}

/** At least this many people with a known place before a share of them means anything. */
const SILO_MINIMUM = 5

const silo: Rule = ({ facts, me, thresholds, organizations: orgs }) => {
  const gaps: Gap[] = []
  const withOrg = orgs.reduce((sum, g) => sum + g.count, 0)
  const top = orgs[0]
  if (top && withOrg >= SILO_MINIMUM && top.count / withOrg > thresholds.siloShare) {
    const share = top.count / withOrg
    const inside = facts.contacts.filter((f) => top.spellings.has(f.contact.organization))
    gaps.push({
      id: 'silo:organization',
      rule: 'silo',
      severity: share > 0.8 ? 'high' : 'medium',
      title: `Most of your network is at ${top.name}`,
      detail: `${top.count} of ${withOrg} contacts with a known organization (${percent(share)}) work at ${top.name}; the limit you set is ${percent(thresholds.siloShare)}.`,
      contactIds: ids(inside),
      action: 'Add people from other organizations: one restructuring should not be able to take most of your network with it.',
      actionLabel: 'Add someone from elsewhere',
      target: { kind: 'add-contact', category: 'cross-function' },
      place: top.name,
      share,
    })
  }
  if (me.organization.trim() !== '') {
    const home = orgs.find((g) => g.name.toLowerCase() === me.organization.trim().toLowerCase())
    const colleagues = home ? facts.contacts.filter((f) => home.spellings.has(f.contact.organization)) : []
    const departments = groupCounts(colleagues.map((f) => f.contact.department))
    const withDept = departments.reduce((sum, g) => sum + g.count, 0)
    const topDept = departments[0]
    if (topDept && withDept >= SILO_MINIMUM && topDept.count / withDept > thresholds.siloShare) {
      const share = topDept.count / withDept
      gaps.push({
        id: 'silo:department',
        rule: 'silo',
        severity: 'medium',
        title: `Inside ${me.organization.trim()}, you mostly know ${topDept.name}`,
        detail: `${topDept.count} of ${withDept} colleagues with a known department (${percent(share)}) are in ${topDept.name}.`,
        contactIds: ids(colleagues.filter((f) => topDept.spellings.has(f.contact.department))),
        action: 'Get to know people in other functions: they see decisions and openings before your own team does.',
        actionLabel: 'Add someone from another function',
        target: { kind: 'add-contact', category: 'cross-function' },
        place: topDept.name,
        share,
      })
    }
  }
  return gaps
}

const unconvertedWeakTies: Rule = ({ facts }) => {
  const social = facts.contacts.filter((f) => f.contact.categories.includes('social'))
  const unmet = social.filter((f) => !f.metLive).sort((a, b) => b.contact.tieStrength - a.contact.tieStrength || a.contact.name.localeCompare(b.contact.name))
  if (unmet.length === 0) return []
  return [
    {
      id: 'unconverted-weak-ties',
      rule: 'unconverted-weak-ties',
      severity: unmet.length >= 5 ? 'medium' : 'low',
      title: 'Online ties never met',
      detail: `${unmet.length} of ${plural(social.length, 'social-media contact')} ${pluralWord(unmet.length, 'was', 'were')} never met in person or by video (${nameList(names(unmet))}).`,
      contactIds: ids(unmet),
      action: `Suggest a short video call to ${unmet[0]?.contact.name}: a face turns a follower into a contact.`,
      actionLabel: 'Show them on the map',
      target: { kind: 'map', contactIds: ids(unmet) },
    },
  ]
}

const laidOffList: Rule = ({ facts, thresholds }) => {
  if (facts.contacts.length === 0) return []
  const listed = facts.contacts.filter((f) => f.contact.onLaidOffList)
  const late = listed.filter((f) => f.band === 'overdue' || f.band === 'dormant').sort(mostOverdueFirst)
  const short = listed.length < thresholds.laidOffMinimum
  if (!short && late.length === 0) return []
  const parts = [`${plural(listed.length, 'person', 'people')} on your laid-off list; you aimed for at least ${thresholds.laidOffMinimum}`]
  if (late.length > 0) parts.push(`${late.length} of them ${pluralWord(late.length, 'is', 'are')} past their cadence (${nameList(names(late))})`)
  return [
    {
      id: 'laid-off-list',
      rule: 'laid-off-list',
      severity: listed.length < thresholds.laidOffMinimum / 2 || late.length > 0 ? 'high' : 'medium',
      title: short ? 'Too few people to call if you lost your job' : 'Your laid-off list is going cold',
      detail: `${parts.join('; ')}.`,
      contactIds: ids(late.length > 0 ? late : listed),
      action: short
        ? `Choose ${plural(thresholds.laidOffMinimum - listed.length, 'more person', 'more people')} you would call the day after losing your job, and mark them.`
        : `Get back in touch with ${late[0]?.contact.name} before you need to.`,
      actionLabel: short ? 'Pick them in Contacts' : `Log contact with ${late[0]?.contact.name}`,
      target: short ? { kind: 'contacts', band: null, laidOff: false, category: null } : { kind: 'log', contactIds: late[0] ? [late[0].contact.id] : [] },
    },
  ]
}

const oneWay: Rule = ({ facts, thresholds }) => {
  const { gave, received } = facts.reciprocity
  const lopsided = (g: number, r: number) => r >= thresholds.oneWayMinimum && r >= thresholds.oneWayRatio * Math.max(g, 1)
  const people = facts.contacts.filter((f) => lopsided(f.gave, f.received)).sort((a, b) => b.received - b.gave - (a.received - a.gave))
  const overall = lopsided(gave, received)
  if (!overall && people.length === 0) return []
  const { mutual } = facts.reciprocity
  const both = mutual > 0 ? ` (and helped each other ${plural(mutual, 'time')})` : ''
  const detail = [`In the last 12 months you were helped ${plural(received, 'time')} and helped others ${plural(gave, 'time')}${both}`]
  if (people.length > 0) detail.push(`most one-sided with ${nameList(names(people))}`)
  return [
    {
      id: 'one-way-relationships',
      rule: 'one-way-relationships',
      severity: overall ? 'medium' : 'low',
      title: 'You take more help than you give',
      detail: `${detail.join('; ')}.`,
      contactIds: ids(people),
      action: people[0]
        ? `Offer ${people[0].contact.name} something useful: an introduction, an article, your time.`
        : 'Offer something before you next ask: an introduction, an article, your time.',
      actionLabel: people[0] ? `Log help for ${people[0].contact.name}` : 'Log help you gave',
      target: { kind: 'log', contactIds: people[0] ? [people[0].contact.id] : [] },
    },
  ]
}

const ACTIVE_KINDS = new Set(['conference', 'committee', 'volunteering'])

const noEvents: Rule = ({ events, asOf, thresholds, facts }) => {
  if (facts.contacts.length === 0) return []
  const active = events.filter((e) => (ACTIVE_KINDS.has(e.kind) || e.role === 'speaker') && eventInWindow(e, asOf, thresholds.eventsWindowDays))
  if (active.length > 0) return []
  const last = [...events].filter((e) => e.startOn <= asOf).sort((a, b) => b.startOn.localeCompare(a.startOn))[0]
  return [
    {
      id: 'no-events',
      rule: 'no-events',
      severity: 'medium',
      title: 'No conferences, committees or volunteering lately',
      detail: last
        ? `0 events in the last ${thresholds.eventsWindowDays} days; the last was ${last.name}, ${humanDays(daysBetween(last.startOn, asOf))} ago.`
        : `0 events recorded in the last ${thresholds.eventsWindowDays} days.`,
      contactIds: [],
      action: 'Volunteer for a committee or sign up for one conference: both put you beside new people with a shared task.',
      actionLabel: 'Go to events',
      target: { kind: 'events' },
    },
  ]
}

const noHub: Rule = ({ events, asOf, thresholds, facts }) => {
  if (facts.contacts.length === 0) return []
  if (events.some((e) => isOwnHub(e) && eventInWindow(e, asOf, thresholds.eventsWindowDays))) return []
  return [
    {
      id: 'no-hub',
      rule: 'no-hub',
      severity: 'low',
      title: 'You run no group of your own',
      detail:
        events.length === 0
          ? 'No events are recorded, so none is a club, circle or group you organize.'
          : events.length === 1
            ? 'The one event recorded is not a club, circle or group you organize.'
            : `None of the ${plural(events.length, 'event')} recorded is a club, circle or group you organize.`,
      contactIds: [],
      action: 'Start something small that others can join: a monthly lunch, a reading circle, an online group.',
      actionLabel: 'Add a group you run',
      target: { kind: 'events' },
    },
  ]
}

const staleProfile: Rule = ({ me, asOf, thresholds }) => {
  const { due, ageDays: age } = profileReview(me.profileReviewedOn, asOf, thresholds.profileReviewDays)
  if (!due) return []
  return [
    {
      id: 'stale-profile',
      rule: 'stale-profile',
      severity: age === null ? 'medium' : 'low',
      title: age === null ? 'Your online profile was never reviewed' : 'Your online profile is out of date',
      detail:
        age === null
          ? 'No review of your profile is recorded.'
          : `Last reviewed ${humanDays(age)} ago; you aimed for a look every ${humanDays(thresholds.profileReviewDays)}.`,
      contactIds: [],
      action: 'Check your headline, summary and recent work so people who look you up see who you are now.',
      actionLabel: 'Open your profile',
      target: { kind: 'profile' },
    },
  ]
}

const followUpsOverdue: Rule = ({ followUps, asOf }) => {
  // Asked about an earlier day, a follow-up done since was still open then.
  const late = followUps.filter((f) => (f.doneOn === null || f.doneOn > asOf) && f.dueOn < asOf).sort((a, b) => a.dueOn.localeCompare(b.dueOn))
  const oldest = late[0]
  if (!oldest) return []
  const days = daysBetween(oldest.dueOn, asOf)
  return [
    {
      id: 'follow-ups-overdue',
      rule: 'follow-ups-overdue',
      severity: days > 14 ? 'high' : 'medium',
      title: 'Follow-ups past due',
      detail: `${plural(late.length, 'follow-up')} past due; the oldest, “${oldest.title}”, by ${humanDays(days)}.`,
      contactIds: [...new Set(late.flatMap((f) => f.contactIds))],
      action: 'A late thank-you still beats none: send the oldest today.',
      actionLabel: 'Go to follow-ups',
      target: { kind: 'follow-ups' },
    },
  ]
}

/** Fewer recorded ties than this say too little about who knows whom. */
const CLOSED_NETWORK_MIN_TIES = 3

const closedNetwork: Rule = ({ ego, thresholds, facts }) => {
  if (!ego || ego.ties < CLOSED_NETWORK_MIN_TIES || ego.closure < thresholds.closedNetworkShare) return []
  return [
    {
      id: 'closed-network',
      rule: 'closed-network',
      severity: ego.closure >= 0.75 ? 'high' : 'medium',
      title: 'Your contacts mostly know each other',
      detail: `From the ${plural(ego.ties, 'tie')} you recorded, your reliance on a few is ${ego.constraint.toFixed(2)}: ${percent(ego.closure)} of the way from none of your contacts knowing each other (${ego.minConstraint.toFixed(2)}) to all of them (${ego.maxConstraint.toFixed(2)}).`,
      contactIds: mostConnected(ego.degree, facts),
      action: 'Ask one of them to introduce you to someone outside the group: fresh information travels through such bridges.',
      actionLabel: 'Add someone from another industry',
      target: { kind: 'add-contact', category: 'other-industry' },
    },
  ]
}

/** How many of the best-connected contacts the closed-network gap names: the likeliest introducers. */
const CLOSED_NETWORK_NAMED = 50

/** The best-connected contacts, most ties first (bucketed by degree: linear, no sort). */
function mostConnected(degree: Int32Array, facts: NetworkFacts): ContactId[] {
  const buckets: number[][] = []
  for (let i = 0; i < degree.length; i++) {
    const d = degree[i] as number
    if (d > 0) (buckets[d] ??= []).push(i)
  }
  const named: ContactId[] = []
  for (let d = buckets.length - 1; d > 0 && named.length < CLOSED_NETWORK_NAMED; d--) {
    for (const i of buckets[d] ?? []) if (named.length < CLOSED_NETWORK_NAMED) named.push((facts.contacts[i] as ContactFacts).contact.id)
  }
  return named
}

/**
 * This month has met fewer people than its target and more than half of it is gone. Only for users who
 * plan at all (some month holds something): without a plan, the target is a setting nobody chose to follow.
 */
const planBehind: Rule = ({ plan, monthlyTarget, asOf }) => {
  if (Object.keys(plan).length === 0) return []
  const month = monthOf(asOf)
  const gone = monthGone(month, asOf)
  const { target, met, planned } = monthProgress(plan, month, { monthlyTarget })
  if (met >= target || gone <= 0.5) return []
  const short = target - met
  return [
    {
      id: 'plan-behind',
      rule: 'plan-behind',
      severity: gone >= 0.8 ? 'high' : 'medium',
      title: 'This month’s plan is behind',
      detail: `${met} of ${plural(target, 'meeting')} this month so far, with ${percent(1 - gone)} of the month left; ${plural(planned, 'person', 'people')} planned.`,
      contactIds: [],
      action:
        planned >= target
          ? `Send the requests still waiting today: ${plural(short, 'meeting')} to go.`
          : `Add ${plural(target - planned, 'more person', 'more people')} to this month, or mark it busy if it is a heavy one.`,
      actionLabel: 'Open the plan',
      target: { kind: 'plan', month },
    },
  ]
}

export const RULES: Readonly<Record<GapRule, Rule>> = {
  'no-cross-industry': noCrossIndustry,
  'neglected-relationships': neglected,
  'missing-category': missingCategory,
  silo,
  'unconverted-weak-ties': unconvertedWeakTies,
  'laid-off-list': laidOffList,
  'one-way-relationships': oneWay,
  'no-events': noEvents,
  'no-hub': noHub,
  'stale-profile': staleProfile,
  'follow-ups-overdue': followUpsOverdue,
  'closed-network': closedNetwork,
  'plan-behind': planBehind,
}
