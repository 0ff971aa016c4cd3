import { SEVERITIES, type Severity } from '../../core/insight-schema'

/*
 * Some rules find the same problem from two sides: nobody from another industry, and nobody in the
 * "Other industries" category. The insights API keeps both gaps (each can be snoozed, each has its own
 * evidence); the view shows one card per problem, led by the more specific rule, which names the other.
 */

/** Gap ids that describe one problem: the lead's card stands for both. */
export const SAME_PROBLEM: readonly { readonly lead: string; readonly covers: string }[] = [
  // Nobody from another industry, and an empty "Other industries": one missing kind of person.
  { lead: 'no-cross-industry', covers: 'missing-category:other-industry' },
  // Inside your organization you mostly know one department, and nobody is in "Other functions".
  { lead: 'silo:department', covers: 'missing-category:cross-function' },
]

export interface GapGroup<G> {
  /** The lead's id: stable, so React keys and busy states follow the card. */
  readonly key: string
  /** The gap whose title, evidence and action the card shows. */
  readonly lead: G
  /** The other gaps the card stands for (usually none). */
  readonly also: readonly G[]
  /** Every id in the group, lead first: snoozing, dismissing or restoring the card acts on all of them. */
  readonly ids: readonly string[]
}

/**
 * One group per problem, in the order the gaps came (most severe first), each where its first member was.
 * A gap whose partner is not in the list (closed, hidden, or never found) stands alone.
 */
export function groupGaps<G extends { readonly id: string }>(gaps: readonly G[]): GapGroup<G>[] {
  const byId = new Map(gaps.map((g) => [g.id, g]))
  const leadOf = new Map<string, string>()
  for (const { lead, covers } of SAME_PROBLEM) if (byId.has(lead) && byId.has(covers)) leadOf.set(covers, lead)
  const groups = new Map<string, { lead: G; also: G[] }>()
  for (const gap of gaps) {
    const leadId = leadOf.get(gap.id) ?? gap.id
    const group = groups.get(leadId) ?? { lead: byId.get(leadId) as G, also: [] }
    if (gap.id !== leadId) group.also.push(gap)
    groups.set(leadId, group)
  }
  return [...groups.entries()].map(([key, { lead, also }]) => ({ key, lead, also, ids: [lead.id, ...also.map((g) => g.id)] }))
}

/** The most severe of a group's gaps: a card is as urgent as the worst thing it stands for. */
export function groupSeverity(group: GapGroup<{ readonly severity: Severity }>): Severity {
  const all = [group.lead, ...group.also]
  return SEVERITIES.find((s) => all.some((g) => g.severity === s)) ?? group.lead.severity
}
