import type { Category } from '../categories'
import type { Contact, ContactId, Tie, TieKind } from '../schema'

/*
 * Introduction paths: who could introduce me to someone, or to anyone at an organization.
 *
 * A path runs me → introducer → … → target through recorded ties and `introducedBy` (an introduction is a
 * tie too). Its strength is its weakest link. The link from me to the first person is that contact's own tie
 * strength; a contact–contact tie has no strength of its own, so it counts as its weaker end: a chain is only
 * as good as the least close person who has to pass the request on. The target's own strength is left out
 * (it is the same for every path to them). In effect: strength = the lowest tie strength among the people
 * between me and the target.
 *
 * Ranking: stronger first, then fewer people in between, then the closer introducer, then by name.
 *
 * The search is bounded: at most MAX_INTERMEDIARIES people in between (three by default; a longer chain is no
 * introduction). It is a layered bottleneck search over an adjacency array: a few passes over the ties, so a
 * 30,000-person network answers at once.
 */

export const MAX_INTERMEDIARIES = 3

export type IntroductionTarget = { readonly kind: 'person'; readonly contactId: ContactId } | { readonly kind: 'organization'; readonly name: string }

/** How two neighbours on a path know each other: a recorded tie, or one introduced the other. */
export type LinkKind = TieKind | 'introduced-by'

export interface PathLink {
  readonly from: ContactId
  readonly to: ContactId
  readonly kind: LinkKind
}

export interface IntroductionPath {
  /** The people in between, the introducer (the one the user asks) first. */
  readonly via: readonly ContactId[]
  /** The person reached: the target, or someone at the organization. */
  readonly target: ContactId
  /** The weakest tie strength along the path, 1–5. */
  readonly strength: number
  /** The links from the introducer to the target, for the map to highlight. */
  readonly links: readonly PathLink[]
}

export interface ClosestPerson {
  readonly contactId: ContactId
  readonly reason: string
}

export interface IntroductionSearch {
  readonly paths: readonly IntroductionPath[]
  /** When there is no path: the closest people at the organization, or in the target's category. */
  readonly closest: readonly ClosestPerson[]
  /** One plain sentence saying what was found. */
  readonly summary: string
}

/** The who-knows-whom graph, built once per network and reused by every search. */
export interface IntroductionGraph {
  readonly contacts: readonly Contact[]
  readonly indexOf: ReadonlyMap<string, number>
  /** Neighbours of contact i are neighbours[offsets[i] … offsets[i + 1]), with the link kind beside each. */
  readonly offsets: Int32Array
  readonly neighbours: Int32Array
  readonly kinds: readonly LinkKind[]
}

export function introductionGraph(contacts: readonly Contact[], ties: readonly Tie[]): IntroductionGraph {
  const indexOf = new Map<string, number>()
  contacts.forEach((c, i) => indexOf.set(c.id, i))
  const pairs: [number, number, LinkKind][] = []
  // A pair as one number (smaller index × n + larger): string keys made the build four times slower at 30,000.
  const seen = new Set<number>()
  const n = contacts.length
  const add = (a: string, b: string, kind: LinkKind) => {
    const i = indexOf.get(a)
    const j = indexOf.get(b)
    if (i === undefined || j === undefined || i === j) return
    const key = i < j ? i * n + j : j * n + i
    if (seen.has(key)) return
    seen.add(key)
    pairs.push([i, j, kind])
  }
  for (const t of ties) add(t.a, t.b, t.kind)
  for (const c of contacts) if (c.introducedBy) add(c.id, c.introducedBy, 'introduced-by')
  const degree = new Int32Array(contacts.length + 1)
  for (const [i, j] of pairs) {
    degree[i + 1]!++
    degree[j + 1]!++
  }
  const offsets = new Int32Array(contacts.length + 1)
  for (let i = 0; i < contacts.length; i++) offsets[i + 1] = offsets[i]! + degree[i + 1]!
  const fill = offsets.slice(0, contacts.length)
  const neighbours = new Int32Array(pairs.length * 2)
  const kinds: LinkKind[] = new Array<LinkKind>(pairs.length * 2)
  for (const [i, j, kind] of pairs) {
    kinds[fill[i]!] = kind
    neighbours[fill[i]!++] = j
    kinds[fill[j]!] = kind
    neighbours[fill[j]!++] = i
  }
  return { contacts, indexOf, offsets, neighbours, kinds }
}

const sameOrganization = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

const byStrengthThenName = (a: Contact, b: Contact): number => b.tieStrength - a.tieStrength || a.name.localeCompare(b.name)

/**
 * Introduction paths to a person or an organization, best first, one per introducer (at most `limit`).
 * `maxIntermediaries` bounds the people in between (1–MAX_INTERMEDIARIES).
 */
export function introductionPaths(
  graph: IntroductionGraph,
  target: IntroductionTarget,
  options: { readonly limit?: number; readonly maxIntermediaries?: number } = {},
): IntroductionSearch {
  const limit = options.limit ?? 5
  const depth = Math.max(1, Math.min(MAX_INTERMEDIARIES, options.maxIntermediaries ?? MAX_INTERMEDIARIES))
  const { contacts, offsets, neighbours } = graph
  const n = contacts.length

  const isTarget = new Uint8Array(n)
  let targetName: string
  if (target.kind === 'person') {
    const t = graph.indexOf.get(target.contactId)
    if (t === undefined) return { paths: [], closest: [], summary: 'That person is not in your network.' }
    isTarget[t] = 1
    targetName = contacts[t]!.name
  } else {
    targetName = target.name.trim()
    contacts.forEach((c, i) => {
      if (targetName !== '' && sameOrganization(c.organization, targetName)) isTarget[i] = 1
    })
  }

  // best[k][i]: the strongest bottleneck from contact i to a target with exactly k + 1 people in between
  // (i first); next[k][i]: the neighbour it continues to. 0 = no such chain.
  const best: Int8Array[] = []
  const next: Int32Array[] = []
  for (let k = 0; k < depth; k++) {
    const layer = new Int8Array(n)
    const step = new Int32Array(n).fill(-1)
    for (let i = 0; i < n; i++) {
      if (isTarget[i]) continue
      const own = contacts[i]!.tieStrength
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
        const j = neighbours[e]!
        const onward = k === 0 ? (isTarget[j] ? 5 : 0) : isTarget[j] ? 0 : best[k - 1]![j]!
        const value = Math.min(own, onward)
        if (value > layer[i]!) {
          layer[i] = value
          step[i] = j
        }
      }
    }
    best.push(layer)
    next.push(step)
  }

  // Rank every introducer first and build only the paths shown: at an organization of thousands, nearly
  // everyone has a path, and building them all took most of the search.
  const candidates: { i: number; strength: number; hops: number }[] = []
  for (let i = 0; i < n; i++) {
    let strength = 0
    let hops = 0
    for (let k = 0; k < depth; k++) {
      if (best[k]![i]! > strength) {
        strength = best[k]![i]!
        hops = k + 1
      }
    }
    if (strength > 0) candidates.push({ i, strength, hops })
  }
  candidates.sort(
    (a, b) =>
      b.strength - a.strength ||
      a.hops - b.hops ||
      contacts[b.i]!.tieStrength - contacts[a.i]!.tieStrength ||
      contacts[a.i]!.name.localeCompare(contacts[b.i]!.name),
  )
  const paths: IntroductionPath[] = candidates.slice(0, limit).map(({ i, strength, hops }) => {
    const via: ContactId[] = []
    const links: PathLink[] = []
    let at = i
    for (let k = hops - 1; k >= 0; k--) {
      via.push(contacts[at]!.id)
      const to = next[k]![at]!
      links.push({ from: contacts[at]!.id, to: contacts[to]!.id, kind: linkKind(graph, at, to) })
      at = to
    }
    return { via, target: contacts[at]!.id, strength, links }
  })
  if (paths.length > 0) {
    const first = contacts[candidates[0]!.i]!.name
    return { paths, closest: [], summary: `${first} could introduce you to ${target.kind === 'person' ? targetName : `someone at ${targetName}`}.` }
  }
  return noPath(graph, target, targetName, isTarget)
}

function linkKind(graph: IntroductionGraph, from: number, to: number): LinkKind {
  for (let e = graph.offsets[from]!; e < graph.offsets[from + 1]!; e++) if (graph.neighbours[e] === to) return graph.kinds[e]!
  return 'knows'
}

const CLOSEST_SHOWN = 5

function noPath(graph: IntroductionGraph, target: IntroductionTarget, targetName: string, isTarget: Uint8Array): IntroductionSearch {
  const { contacts } = graph
  if (target.kind === 'organization') {
    const there = contacts.filter((_, i) => isTarget[i]).sort(byStrengthThenName)
    if (there.length === 0) return { paths: [], closest: [], summary: `Nobody at ${targetName || 'that organization'} is in your network yet.` }
    return {
      paths: [],
      closest: there.slice(0, CLOSEST_SHOWN).map((c) => ({ contactId: c.id, reason: `Works at ${c.organization}; tie strength ${c.tieStrength} of 5.` })),
      summary: `No one you know is tied to ${targetName}, but you already know people there.`,
    }
  }
  const person = contacts[graph.indexOf.get(target.contactId)!]!
  const colleagues = person.organization.trim() === '' ? [] : contacts.filter((c) => c.id !== person.id && sameOrganization(c.organization, person.organization))
  if (colleagues.length > 0) {
    return {
      paths: [],
      closest: colleagues
        .sort(byStrengthThenName)
        .slice(0, CLOSEST_SHOWN)
        .map((c) => ({ contactId: c.id, reason: `Also at ${c.organization}; tie strength ${c.tieStrength} of 5.` })),
      summary: `No recorded tie leads to ${targetName}. These people work at ${person.organization} too.`,
    }
  }
  const category: Category | undefined = person.categories[0]
  const alike = contacts.filter((c) => c.id !== person.id && category !== undefined && c.categories.includes(category)).sort(byStrengthThenName)
  return {
    paths: [],
    closest: alike.slice(0, CLOSEST_SHOWN).map((c) => ({ contactId: c.id, reason: `In the same category; tie strength ${c.tieStrength} of 5.` })),
    summary: `No recorded tie leads to ${targetName}.${alike.length > 0 ? ' These people are in the same category and may know them.' : ''}`,
  }
}
