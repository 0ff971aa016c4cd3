import cytoscape from 'cytoscape'
import fcose from 'cytoscape-fcose'
import type { Point } from '../../core/layouts'

cytoscape.use(fcose)

/** One contact to place, with the group it clusters in (its organization, or its main category). */
export interface ClusterContact {
  readonly id: string
  readonly group: string
}

export interface ClusterRequest {
  readonly contacts: readonly ClusterContact[]
  readonly ties: readonly (readonly [string, string])[]
  /** Same seed, same input → same positions. */
  readonly seed: number
}

export interface ClusterResult {
  readonly positions: Record<string, Point>
  /** A label per group with two or more people, placed above its cluster. */
  readonly groups: readonly { id: string; label: string; position: Point; memberIds: readonly string[] }[]
  readonly mePosition: Point
}

/** Above this many contacts fcose runs in draft quality: default quality took minutes at 2,000 here. */
const DRAFT_ABOVE = 1500

/**
 * Force-directed clusters (fcose): each group gets an invisible hub its members are tied to, so members
 * pull together, while real ties pull across groups. "Me" is left out of the run (it nearly doubles the
 * cost) and placed at the centre afterwards. Blocks the thread it runs on, so the app runs it in a worker.
 */
export function layoutClusters(request: ClusterRequest): ClusterResult {
  const groupsOf = new Map<string, string[]>()
  for (const c of request.contacts) {
    const members = groupsOf.get(c.group)
    if (members) members.push(c.id)
    else groupsOf.set(c.group, [c.id])
  }
  const hubId = (group: string) => `hub:${group}`
  const elements: cytoscape.ElementDefinition[] = request.contacts.map((c) => ({ data: { id: c.id } }))
  for (const [group, members] of groupsOf) {
    if (members.length < 2) continue
    elements.push({ data: { id: hubId(group) } })
    for (const id of members) elements.push({ data: { id: `${hubId(group)}→${id}`, source: hubId(group), target: id } })
  }
  const known = new Set(request.contacts.map((c) => c.id))
  request.ties.forEach(([a, b], i) => {
    if (known.has(a) && known.has(b)) elements.push({ data: { id: `tie:${i}`, source: a, target: b } })
  })

  const groupSize = new Map([...groupsOf].map(([group, members]) => [hubId(group), members.length]))
  const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 22, height: 22 } }], elements })
  const random = Math.random
  Math.random = seededRandom(request.seed)
  try {
    cy.layout({
      name: 'fcose',
      quality: request.contacts.length > DRAFT_ABOVE ? 'draft' : 'default',
      randomize: true,
      animate: false,
      fit: false,
      uniformNodeDimensions: true,
      packComponents: false,
      tile: true,
      tilingPaddingVertical: 40,
      tilingPaddingHorizontal: 40,
      nodeRepulsion: () => 30000,
      // Members ring their group's hub at a radius that leaves each about 70 units of arc (room for a
      // name beside each); real ties between groups may stretch.
      idealEdgeLength: (edge: cytoscape.EdgeSingular) =>
        edge.id().startsWith('hub:') ? Math.max(80, ((groupSize.get(edge.source().id()) ?? 1) * 70) / (2 * Math.PI)) : 160,
      edgeElasticity: (edge: cytoscape.EdgeSingular) => (edge.id().startsWith('hub:') ? 0.45 : 0.08),
      nodeSeparation: 90,
      numIter: 2500,
    } as cytoscape.LayoutOptions).run()
  } finally {
    Math.random = random
  }

  const positions: Record<string, Point> = {}
  for (const c of request.contacts) {
    const p = cy.getElementById(c.id).position()
    positions[c.id] = { x: Math.round(p.x), y: Math.round(p.y) }
  }
  const groups = [...groupsOf]
    .filter(([, members]) => members.length >= 2)
    .map(([group, members]) => {
      const xs = members.map((id) => positions[id]!.x)
      const top = Math.min(...members.map((id) => positions[id]!.y))
      return {
        id: hubId(group),
        label: group,
        position: { x: Math.round(xs.reduce((a, b) => a + b, 0) / xs.length), y: top - 34 },
        memberIds: members,
      }
    })
  const all = Object.values(positions)
  const middle =
    all.length === 0
      ? { x: 0, y: 0 }
      : {
          x: Math.round((Math.min(...all.map((p) => p.x)) + Math.max(...all.map((p) => p.x))) / 2),
          y: Math.round((Math.min(...all.map((p) => p.y)) + Math.max(...all.map((p) => p.y))) / 2),
        }
  const mePosition = clearSpot(all, middle, ME_CLEARANCE)
  cy.destroy()
  return { positions, groups, mePosition }
}

/** Room me needs from any contact: both discs and a line of name between them, map units. */
const ME_CLEARANCE = 70

/**
 * The point nearest `start` (on rings around it) at least `clearance` from every point, so me never
 * covers a contact. Points are few next to the rings tried, so a plain scan is enough.
 */
export function clearSpot(points: readonly Point[], start: Point, clearance: number): Point {
  const free = (p: Point) => points.every((q) => Math.hypot(q.x - p.x, q.y - p.y) >= clearance)
  if (free(start)) return start
  for (let ring = 1; ring <= 60; ring++) {
    const r = (ring * clearance) / 2
    const steps = 8 * ring
    for (let i = 0; i < steps; i++) {
      const a = (2 * Math.PI * i) / steps
      const p = { x: Math.round(start.x + r * Math.cos(a)), y: Math.round(start.y + r * Math.sin(a)) }
      if (free(p)) return p
    }
  }
  return start
}

/** mulberry32: a small, fast, seeded PRNG, so the force layout is repeatable. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
