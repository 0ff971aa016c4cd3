import { z } from 'zod'
import { CATEGORIES, Category } from './categories'
import { IsoDate } from './dates'
import { PlanMonth } from './plan-schema'
import { ContactId } from './schema'

/*
 * What `insights:get` answers, and the two things the store keeps for it (format 4): the user's decisions
 * about gaps, and one snapshot of the headline metrics per day.
 */

export const GAP_RULES = [
  'no-cross-industry',
  'neglected-relationships',
  'missing-category',
  'silo',
  'unconverted-weak-ties',
  'laid-off-list',
  'one-way-relationships',
  'no-events',
  'no-hub',
  'stale-profile',
  'follow-ups-overdue',
  'closed-network',
  'plan-behind',
] as const
export const GapRule = z.enum(GAP_RULES)
export type GapRule = z.infer<typeof GapRule>

/** What a rule that finds several gaps adds to their ids (`missing-category:author`); the others have none. */
export const GAP_ID_SUFFIXES: Readonly<Partial<Record<GapRule, readonly string[]>>> = {
  'missing-category': CATEGORIES,
  silo: ['organization', 'department'],
}

/** Whether `id` names a gap the rules can find: a rule, with one of its suffixes where it has them. */
export function isGapId(id: string): boolean {
  const [rule, suffix, ...rest] = id.split(':')
  if (rest.length > 0 || !(GAP_RULES as readonly string[]).includes(rule ?? '')) return false
  const suffixes = GAP_ID_SUFFIXES[rule as GapRule]
  return suffix === undefined ? suffixes === undefined : (suffixes?.includes(suffix) ?? false)
}

export const SEVERITIES = ['high', 'medium', 'low'] as const
export const Severity = z.enum(SEVERITIES)
export type Severity = z.infer<typeof Severity>

/** A gap's id: its rule, plus what it is about when one rule can find several (`missing-category:author`). */
export const GapId = z.string().regex(/^[a-z-]+(:[a-z0-9-]+)?$/, 'That is not the id of a gap.').max(80)

/** Where a gap's action button takes the user. */
export const GapTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('add-contact'), category: Category.nullable() }),
  z.object({ kind: z.literal('contacts'), band: z.enum(['overdue', 'dormant']).nullable(), laidOff: z.boolean(), category: Category.nullable() }),
  z.object({ kind: z.literal('log'), contactIds: z.array(ContactId) }),
  z.object({ kind: z.literal('events') }),
  z.object({ kind: z.literal('profile') }),
  z.object({ kind: z.literal('follow-ups') }),
  z.object({ kind: z.literal('map'), contactIds: z.array(ContactId) }),
  /** Since the plan: open the plan at this month (`YYYY-MM`). */
  z.object({ kind: z.literal('plan'), month: PlanMonth }),
])
export type GapTarget = z.infer<typeof GapTarget>

export const Gap = z.object({
  id: GapId,
  rule: GapRule,
  severity: Severity,
  title: z.string(),
  /** The evidence, in numbers. */
  detail: z.string(),
  /** The people it concerns, most urgent first (may be empty). */
  contactIds: z.array(ContactId),
  /** What to do next, in one sentence. */
  action: z.string(),
  /** The label of the action button and where it goes. */
  actionLabel: z.string(),
  target: GapTarget,
  /** `missing-category` only. */
  category: Category.optional(),
  /** `silo` only: where most of the network sits, and what share of it. */
  place: z.string().optional(),
  share: z.number().optional(),
})
export type Gap = z.infer<typeof Gap>

/** The user hid a gap: for good (`until` null) or until a day. */
export const GapDecision = z.object({ decidedOn: IsoDate, until: IsoDate.nullable() })
export type GapDecision = z.infer<typeof GapDecision>
export const GapDecisions = z.record(GapId, GapDecision)
export type GapDecisions = z.infer<typeof GapDecisions>

/** The headline numbers of one day, for the trend lines. */
export const Snapshot = z.object({
  date: IsoDate,
  score: z.number().min(0).max(100),
  contacts: z.number().int().nonnegative(),
  categoriesCovered: z.number().int().min(0).max(8),
  /** Contacts past their cadence (overdue or dormant). */
  pastCadence: z.number().int().nonnegative(),
  laidOffReady: z.number().int().nonnegative(),
  gaps: z.number().int().nonnegative(),
})
export type Snapshot = z.infer<typeof Snapshot>

const Count = z.number().int().nonnegative()
const Share = z.number().min(0).max(1)

export const HealthPart = z.object({
  id: z.string(),
  label: z.string(),
  /** Points this part can give; all parts add up to 100. */
  weight: z.number(),
  /** How far along this part is, 0–1. */
  value: Share,
  points: z.number(),
  explanation: z.string(),
})
export type HealthPart = z.infer<typeof HealthPart>

export const Metrics = z.object({
  contacts: Count,
  categoryCounts: z.record(Category, Count),
  categoriesCovered: Count,
  /** Blau's index of category memberships: 0 = all in one category, 0.875 = spread evenly over all eight. */
  blauIndex: Share,
  /** The Blau index divided by its largest possible value (1 − 1/8). */
  blauNormalized: Share,
  industries: Count,
  organizations: Count,
  largestOrganization: z.object({ name: z.string(), count: Count, share: Share }).nullable(),
  bands: z.object({ new: Count, fresh: Count, 'due-soon': Count, overdue: Count, dormant: Count }),
  weakTies: z.object({ social: Count, converted: Count, rate: Share.nullable() }),
  /** Interactions of the last 12 months by who helped whom. */
  reciprocity: z.object({ gave: Count, received: Count, mutual: Count, none: Count }),
  laidOff: z.object({ listed: Count, withinCadence: Count, minimum: Count }),
  /** Burt's ego-network measures; null until contact-to-contact ties are recorded. */
  egoNetwork: z
    .object({
      size: Count,
      ties: Count,
      /** Size minus redundancy: n − 2t/n. */
      effectiveSize: z.number(),
      efficiency: Share,
      /** Contacts with at least one recorded tie: the part of the network whose shape is known. */
      mapped: Count,
      constraint: z.number(),
      /** The constraint if none of the contacts knew each other, and if all of them did. */
      minConstraint: z.number(),
      maxConstraint: z.number(),
      /** Where the constraint lies between those two, 0–1. */
      closure: Share,
    })
    .nullable(),
  health: z.object({ score: z.number().min(0).max(100), parts: z.array(HealthPart) }),
})
export type Metrics = z.infer<typeof Metrics>

export const ReachOut = z.object({
  contactId: ContactId,
  name: z.string(),
  /** The strongest reason first. */
  reasons: z.array(z.string()).min(1),
})
export type ReachOut = z.infer<typeof ReachOut>

export const Insights = z.object({
  asOf: IsoDate,
  metrics: Metrics,
  /** Open gaps, most severe first. */
  gaps: z.array(Gap),
  reachOut: z.array(ReachOut),
  /** Gaps the user dismissed or snoozed that would otherwise show. */
  hidden: z.array(z.object({ id: GapId, title: z.string(), until: IsoDate.nullable() })),
  snapshots: z.array(Snapshot),
})
export type Insights = z.infer<typeof Insights>
