import type { IsoDate } from './dates'
import { egoNetwork } from './ego-network'
import { RULES, type RuleContext } from './gap-rules'
import { computeMetrics, groupCounts } from './insight-metrics'
import { GAP_RULES, SEVERITIES, type Gap, type Insights, type Snapshot } from './insight-schema'
import { gatherFacts } from './network-facts'
import type { NetworkFile } from './network-file'
import { reachOutQueue } from './reach-out'

/** How many daily snapshots the store keeps: a bit over a year of trend. */
export const SNAPSHOT_LIMIT = 400

const bySeverity = (a: Gap, b: Gap) =>
  SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || GAP_RULES.indexOf(a.rule) - GAP_RULES.indexOf(b.rule)

/** Every gap the rules find as of `asOf`, most severe first, ignoring what the user hid. */
function analyse(file: NetworkFile, asOf: IsoDate) {
  const facts = gatherFacts(file, asOf)
  const thresholds = file.settings.insightThresholds
  const events = file.events.filter((e) => e.startOn <= asOf)
  const organizations = groupCounts(file.contacts.map((c) => c.organization))
  const ego = egoNetwork(file.contacts, file.ties, facts.index)
  const metrics = computeMetrics(facts, { me: file.me, events, thresholds, asOf, organizations, ego })
  const ctx: RuleContext = {
    facts,
    metrics,
    me: file.me,
    events,
    followUps: file.followUps,
    ego,
    organizations,
    thresholds,
    asOf,
    plan: file.plan,
    monthlyTarget: file.settings.monthlyTarget,
  }
  const gaps = GAP_RULES.flatMap((rule) => RULES[rule](ctx)).sort(bySeverity)
  return { facts, metrics, gaps, thresholds }
}

/** The insights view's whole answer: metrics, open gaps, the reach-out queue and the trend so far. */
export function computeInsights(file: NetworkFile, asOf: IsoDate): Insights {
  const { facts, metrics, gaps, thresholds } = analyse(file, asOf)
  const decisionOn = (id: string) => (Object.hasOwn(file.gapDecisions, id) ? file.gapDecisions[id] : undefined)
  const hiddenNow = (id: string) => {
    const decision = decisionOn(id)
    // A decision hides a gap from the day it was taken until its snooze ends.
    return decision !== undefined && decision.decidedOn <= asOf && (decision.until === null || decision.until > asOf)
  }
  return {
    asOf,
    metrics,
    gaps: gaps.filter((g) => !hiddenNow(g.id)),
    reachOut: reachOutQueue(facts, metrics, thresholds),
    hidden: gaps.filter((g) => hiddenNow(g.id)).map((g) => ({ id: g.id, title: g.title, until: decisionOn(g.id)?.until ?? null })),
    snapshots: file.snapshots.filter((s) => s.date <= asOf),
  }
}

export function snapshotOf(file: NetworkFile, asOf: IsoDate): Snapshot {
  const { metrics, gaps } = analyse(file, asOf)
  return {
    date: asOf,
    score: metrics.health.score,
    contacts: metrics.contacts,
    categoriesCovered: metrics.categoriesCovered,
    pastCadence: metrics.bands.overdue + metrics.bands.dormant,
    laidOffReady: metrics.laidOff.withinCadence,
    gaps: gaps.length,
  }
}

/** The same headline numbers as snapshotOf, read off a day's insights (the gaps the user hid count too). */
export function snapshotFromInsights(insights: Insights): Snapshot {
  const { metrics } = insights
  return {
    date: insights.asOf,
    score: metrics.health.score,
    contacts: metrics.contacts,
    categoriesCovered: metrics.categoriesCovered,
    pastCadence: metrics.bands.overdue + metrics.bands.dormant,
    laidOffReady: metrics.laidOff.withinCadence,
    gaps: insights.gaps.length + insights.hidden.length,
  }
}

const sameSnapshot = (a: Snapshot | undefined, b: Snapshot) =>
  a !== undefined && (Object.keys(b) as (keyof Snapshot)[]).every((key) => a[key] === b[key])

/**
 * Keeps today's headline numbers in the file: one snapshot per day, the latest of the day winning.
 * Returns the same file when nothing changed, so callers can skip the write. An empty network has no trend.
 * `insights`, when given, must be computeInsights(file, today).
 */
export function recordSnapshot(file: NetworkFile, today: IsoDate, insights?: Insights): NetworkFile {
  if (file.contacts.length === 0) return file
  // The caller may already hold today's insights of this file (the backend keeps them per revision).
  const snapshot = insights ? snapshotFromInsights(insights) : snapshotOf(file, today)
  const others = file.snapshots.filter((s) => s.date !== today)
  if (sameSnapshot(file.snapshots.find((s) => s.date === today), snapshot)) return file
  const snapshots = [...others, snapshot].sort((a, b) => a.date.localeCompare(b.date)).slice(-SNAPSHOT_LIMIT)
  return { ...file, snapshots }
}
