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
  /** Recorded ties per contact, by position in the contacts given. */
  readonly degree: Int32Array
}

/**
 * Null when no contact-to-contact ties are recorded: the shape of the network is then unknown. `index` maps
 * contact ids to their position in `contacts` (passed in when the caller has one already).
 */
export function egoNetwork(contacts: readonly Contact[], ties: readonly Tie[], index?: ReadonlyMap<string, number>): EgoNetwork | null {
  const n = contacts.length
  if (ties.length === 0 || n === 0) return null
  const position = index ?? new Map(contacts.map((c, i) => [c.id, i]))
  // Neighbours in flat typed arrays (offsets + targets), built without a Set or an array per contact: this
  // runs on every change, and allocations were most of its cost.
  const from = new Int32Array(ties.length)
  const to = new Int32Array(ties.length)
  let count = 0
  const degree = new Int32Array(n)
  for (const { a, b } of ties) {
    const i = position.get(a)
    const j = position.get(b)
    if (i === undefined || j === undefined || i === j) continue
    from[count] = i
    to[count] = j
    count++
    degree[i] = (degree[i] as number) + 1
    degree[j] = (degree[j] as number) + 1
  }
  if (count === 0) return null
  const offset = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) offset[i + 1] = (offset[i] as number) + (degree[i] as number)
  const fill = offset.slice(0, n)
  const neighbours = new Int32Array(2 * count)
  for (let k = 0; k < count; k++) {
    const i = from[k] as number
    const j = to[k] as number
    neighbours[fill[i] as number] = j
    fill[i] = (fill[i] as number) + 1
    neighbours[fill[j] as number] = i
    fill[j] = (fill[j] as number) + 1
  }
  // A pair recorded twice counts once: mark each neighbour with the contact being scanned.
  const marker = new Int32Array(n).fill(-1)
  const duplicate = new Uint8Array(2 * count)
  let ends = 0
  for (let i = 0; i < n; i++) {
    let unique = 0
    for (let k = offset[i] as number; k < (offset[i + 1] as number); k++) {
      const j = neighbours[k] as number
      if (marker[j] === i) duplicate[k] = 1
      else {
        marker[j] = i
        unique++
      }
    }
    degree[i] = unique
    ends += unique
  }
  const pairs = ends / 2

  const egoTotal = contacts.reduce((sum, c) => sum + c.tieStrength, 0)
  const pEgo = new Float64Array(n)
  /** p_iq · p_qj for each q: the same for every j that q knows. */
  const through = new Float64Array(n)
  // In the everybody-knows-everybody case, every q is a path to every j: one sum serves all j.
  const cliqueThrough = new Float64Array(n)
  let cliqueIndirect = 0
  for (let q = 0; q < n; q++) {
    const strength = (contacts[q] as Contact).tieStrength
    const p = strength / egoTotal
    pEgo[q] = p
    through[q] = p * (UNRATED_TIE_WEIGHT / (strength + UNRATED_TIE_WEIGHT * (degree[q] as number)))
    cliqueThrough[q] = p * (UNRATED_TIE_WEIGHT / (strength + UNRATED_TIE_WEIGHT * (n - 1)))
    cliqueIndirect += cliqueThrough[q] as number
  }
  let constraint = 0
  let minConstraint = 0
  let maxConstraint = 0
  let mapped = 0
  for (let j = 0; j < n; j++) {
    let indirect = 0
    if ((degree[j] as number) > 0) mapped++
    for (let k = offset[j] as number; k < (offset[j + 1] as number); k++) {
      if (duplicate[k] === 0) indirect += through[neighbours[k] as number] as number
    }
    const p = pEgo[j] as number
    constraint += (p + indirect) ** 2
    minConstraint += p ** 2
    maxConstraint += (p + cliqueIndirect - (n > 1 ? (cliqueThrough[j] as number) : 0)) ** 2
  }
  const effectiveSize = n - (2 * pairs) / n
  const range = maxConstraint - minConstraint
  return {
    size: n,
    ties: pairs,
    effectiveSize,
    efficiency: effectiveSize / n,
    mapped,
    constraint,
    minConstraint,
    maxConstraint,
    closure: range > 0 ? Math.max(0, Math.min(1, (constraint - minConstraint) / range)) : 0,
    degree,
  }
}
