import type { Contact, Tie } from './schema'

/*
 * Burt's structural-holes measures for the user's ego network (Burt 1992, "Structural Holes"; effective
 * size in Borgatti's 1997 form for unvalued ties).
 *
 * - effective size = n − 2t / n, over all n contacts and the t recorded ties among them: how many
 *   non-redundant contacts the user has.
 * - constraint C = Σ_j (p_ij + Σ_q p_iq · p_qj)², where p_xy is the share of x's tie weight that goes to y.
 *   High when the user's contacts mostly know each other, so everything reaches the user through one group.
 *
 * Weights: the user's tie to a contact is its strength 1–5; a contact-to-contact tie is unrated and counts
 * as a 3, the middle of the scale. Contacts without recorded ties count as knowing no one else.
 *
 * Constraint depends on size (a clique of 40 scores lower than two strangers), so Kith also reports where
 * it lies between its least (nobody knows anybody: Σ p_ij²) and its most (everybody knows everybody) for
 * the same people and strengths: `closure`, 0–1, which the closed-network rule compares with its threshold.
 */

export const UNRATED_TIE_WEIGHT = 3

export interface EgoNetwork {
  readonly size: number
  readonly ties: number
  readonly effectiveSize: number
  readonly efficiency: number
  /** Contacts with at least one recorded tie. */
  readonly mapped: number
  readonly constraint: number
  readonly minConstraint: number
  readonly maxConstraint: number
  readonly closure: number
}

/** Null when no contact-to-contact ties are recorded: the shape of the network is then unknown. */
export function egoNetwork(contacts: readonly Contact[], ties: readonly Tie[]): EgoNetwork | null {
  if (ties.length === 0 || contacts.length === 0) return null
  const strength = new Map<string, number>(contacts.map((c) => [c.id, c.tieStrength]))
  const neighbours = new Map<string, Set<string>>()
  for (const { a, b } of ties) {
    if (!strength.has(a) || !strength.has(b) || a === b) continue
    if (!neighbours.has(a)) neighbours.set(a, new Set())
    if (!neighbours.has(b)) neighbours.set(b, new Set())
    neighbours.get(a)?.add(b)
    neighbours.get(b)?.add(a)
  }
  const pairs = [...neighbours.values()].reduce((sum, set) => sum + set.size, 0) / 2
  if (pairs === 0) return null
  const n = contacts.length
  const egoTotal = contacts.reduce((sum, c) => sum + c.tieStrength, 0)
  const pEgo = (id: string) => (strength.get(id) as number) / egoTotal
  /** Share of contact q's tie weight that goes to one of its `degree` contacts. */
  const pFrom = (q: string, degree: number) => UNRATED_TIE_WEIGHT / ((strength.get(q) as number) + UNRATED_TIE_WEIGHT * degree)
  // In the everybody-knows-everybody case, every q is a path to every j: one sum serves all j.
  const cliqueIndirect = contacts.reduce((sum, c) => sum + pEgo(c.id) * pFrom(c.id, n - 1), 0)
  let constraint = 0
  let minConstraint = 0
  let maxConstraint = 0
  for (const { id: j } of contacts) {
    let indirect = 0
    for (const q of neighbours.get(j) ?? []) indirect += pEgo(q) * pFrom(q, neighbours.get(q)?.size ?? 0)
    constraint += (pEgo(j) + indirect) ** 2
    minConstraint += pEgo(j) ** 2
    maxConstraint += (pEgo(j) + cliqueIndirect - (n > 1 ? pEgo(j) * pFrom(j, n - 1) : 0)) ** 2
  }
  const effectiveSize = n - (2 * pairs) / n
  const range = maxConstraint - minConstraint
  return {
    size: n,
    ties: pairs,
    effectiveSize,
    efficiency: effectiveSize / n,
    mapped: neighbours.size,
    constraint,
    minConstraint,
    maxConstraint,
    closure: range > 0 ? Math.max(0, Math.min(1, (constraint - minConstraint) / range)) : 0,
  }
}
