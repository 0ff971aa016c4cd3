import { KEYED, type KeyedName, type NetworkDelta } from '../../src/core/network-delta'
import { integrityProblems, type NetworkFile } from '../../src/core/network-file'

/**
 * integrityProblems for a saved change, looking only at what it touched where that is enough.
 *
 * A change that removes or reorders records can orphan a reference anywhere, so it gets the whole check.
 * One that only adds or replaces records can break only those records' references and ids: the check
 * runs over every contact and event (ids and introducers; events are few) but only the ties,
 * interactions and follow-ups it touched, which at 30,000 contacts × 10 interactions is the difference
 * between milliseconds and half a second.
 */
export function changeIntegrityProblems(after: NetworkFile, delta: NetworkDelta): string[] {
  const collections = Object.keys(KEYED) as KeyedName[]
  const removesOrReorders = collections.some((name) => {
    const change = delta[name]
    return change !== undefined && ('all' in change || change.removed.length > 0)
  })
  if (removesOrReorders) return integrityProblems(after)
  const upserted = <K extends 'ties' | 'interactions' | 'followUps'>(name: K): NetworkFile[K] => {
    const change = delta[name]
    return (change && 'upsert' in change ? change.upsert : []) as NetworkFile[K]
  }
  const ties = upserted('ties')
  const interactions = upserted('interactions')
  const followUps = upserted('followUps')
  const problems = integrityProblems({
    me: after.me,
    settings: after.settings,
    contacts: after.contacts,
    events: after.events,
    ties,
    interactions,
    followUps,
    snapshots: after.snapshots,
    ...('plan' in delta ? { plan: after.plan } : {}),
    ...('layoutPins' in delta ? { layoutPins: after.layoutPins } : {}),
  }).filter((problem) => !problem.includes('names a missing interaction'))
  problems.push(...duplicateIds(after.ties, ties, 'Tie'), ...duplicateIds(after.interactions, interactions, 'Interaction'))
  problems.push(...duplicateIds(after.followUps, followUps, 'Follow-up'))
  // A follow-up may name an interaction the change did not touch.
  const wanted = new Set(followUps.map((f) => f.interactionId).filter((id): id is NonNullable<typeof id> => Boolean(id)))
  for (const i of after.interactions) wanted.delete(i.id)
  for (const f of followUps) if (f.interactionId && wanted.has(f.interactionId)) problems.push(`Follow-up ${f.id} names a missing interaction.`)
  return problems
}

/** Ids of `touched` rows that occur more than once in `all`. */
function duplicateIds(all: readonly { readonly id: string }[], touched: readonly { readonly id: string }[], kind: string): string[] {
  if (touched.length === 0) return []
  const counts = new Map(touched.map((row) => [row.id, 0]))
  for (const row of all) {
    const seen = counts.get(row.id)
    if (seen !== undefined) counts.set(row.id, seen + 1)
  }
  return [...counts].filter(([, n]) => n > 1).map(([id]) => `${kind} id ${id} is used twice.`)
}
