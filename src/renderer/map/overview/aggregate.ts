import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../../core/categories'
import type { LayoutId, Point } from '../../../core/layouts'
import type { Contact } from '../../../core/schema'
import { STALENESS_BANDS, type ContactStatus, type StalenessBand } from '../../../core/staleness'
import { isExpanded, type Expansion } from './expansion'

/**
 * Above this many visible contacts the map opens as an overview of groups. Measured here (2 cores, no GPU):
 * the map of individuals draws its first frame in about 0.9 s at 1,000 contacts and 2.4 s at 5,000
 * (docs/performance.md), so 500 keeps the first map near half a second; and past a few hundred people the
 * orbit's nodes touch at the zoom that fits them on one screen, so individuals stop reading as such anyway.
 */
export const OVERVIEW_ABOVE = 500

/** A group of one is shown as that person: a bubble would say less. */
const MIN_BUBBLE = 2

/** Bubble diameter per √person, map units, at most: area stays near half the room members take on the orbit (46 units apart). */
const MAX_SCALE = 36
/** …and at least, so a bubble never shrinks to a dot even where two groups sit close. */
const MIN_SCALE = 6
/** Room kept between two bubbles, map units. */
const BUBBLE_GAP = 12

/** One group drawn as a single node. */
export interface Bubble {
  readonly id: string
  readonly key: string
  /** The group's name: "Author · strength 3", an organization, or a category. */
  readonly name: string
  readonly category: Category
  /** The people inside it (visible, not shown on their own). */
  readonly memberIds: readonly string[]
  readonly bands: Readonly<Record<StalenessBand, number>>
  readonly meanStrength: number
  readonly position: Point
  readonly diameter: number
}

/** Where an opened group can be folded back: a label beside its people. */
export interface CollapseHandle {
  readonly id: string
  readonly key: string
  readonly label: string
  readonly position: Point
}

export interface Overview {
  readonly bubbles: readonly Bubble[]
  /** Contacts drawn as their own node. */
  readonly individuals: ReadonlySet<string>
  /** Every visible contact inside a bubble, with that bubble's id. */
  readonly bubbleOf: ReadonlyMap<string, string>
  /** Group key of every contact (visible or not), to open the group of someone the user jumps to. */
  readonly groupOf: ReadonlyMap<string, string>
  readonly handles: readonly CollapseHandle[]
}

export interface OverviewInputs {
  readonly contacts: readonly Contact[]
  readonly layout: LayoutId
  readonly visibleIds: ReadonlySet<string>
  readonly statuses: ReadonlyMap<string, ContactStatus>
  readonly positions: ReadonlyMap<string, Point>
  readonly mePosition: Point
  /** People who stay individual whatever happens (see standouts.ts). */
  readonly standouts: ReadonlySet<string>
  readonly expansion: Expansion
  readonly threshold?: number
}

const mainCategory = (c: Contact): Category => c.categories[0] ?? CATEGORIES[0]

/**
 * The group a contact belongs to in a layout: a sector × ring of the orbit (main category × tie strength),
 * or the cluster it is drawn in (its organization, or its main category), as use-map-layout groups them.
 */
export function groupKey(contact: Contact, layout: LayoutId): string {
  if (layout === 'orbit') return `orbit:${mainCategory(contact)}:${contact.tieStrength}`
  if (layout === 'by-organization') return `by-organization:${contact.organization.trim() || 'No organization'}`
  return `by-category:${mainCategory(contact)}`
}

function groupName(key: string, layout: LayoutId): string {
  const rest = key.slice(layout.length + 1)
  if (layout === 'by-organization') return rest
  if (layout === 'by-category') return CATEGORY_LABELS[rest as Category]
  const [category, strength] = rest.split(':') as [Category, string]
  return `${CATEGORY_LABELS[category]} · strength ${strength}`
}

export const bubbleId = (key: string): string => `bubble:${key}`
export const handleId = (key: string): string => `collapse:${key}`

interface Group {
  readonly key: string
  readonly all: Contact[]
  readonly collapsed: Contact[]
}

/**
 * Which groups the map draws as bubbles and who stays individual. At or below `threshold` visible people,
 * or after "Expand all", everyone visible is individual. Above it each group is one bubble holding its
 * visible people, except stand-outs and opened groups, whose people are drawn one by one. Pure and linear
 * in the contacts, plus a pass over pairs of bubbles (a few dozen) to keep them apart.
 */
export function aggregate(inputs: OverviewInputs): Overview {
  const { contacts, layout, visibleIds, statuses, positions, mePosition, standouts, expansion } = inputs
  const threshold = inputs.threshold ?? OVERVIEW_ABOVE
  const groupOf = new Map<string, string>()
  const groups = new Map<string, Group>()
  for (const c of contacts) {
    const key = groupKey(c, layout)
    groupOf.set(c.id, key)
    if (!visibleIds.has(c.id)) continue
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { key, all: [], collapsed: [] }))
    group.all.push(c)
  }
  const overview = visibleIds.size > threshold && !expansion.all
  const individuals = new Set<string>()
  const bubbleOf = new Map<string, string>()
  const sized: { group: Group; position: Point; category: Category }[] = []
  const handles: CollapseHandle[] = []
  for (const group of groups.values()) {
    const opened = isExpanded(expansion, group.key)
    for (const c of group.all) {
      if (!overview || opened || standouts.has(c.id)) individuals.add(c.id)
      else group.collapsed.push(c)
    }
    if (!overview) continue
    if (group.collapsed.length < MIN_BUBBLE) {
      for (const c of group.collapsed) individuals.add(c.id)
      group.collapsed.length = 0
    }
    const place = groupPlace(group.all, positions, mePosition, layout)
    if (opened && group.all.length >= MIN_BUBBLE) {
      handles.push({ id: handleId(group.key), key: group.key, label: `Collapse ${groupName(group.key, layout)}`, position: place.handle })
    }
    if (group.collapsed.length === 0) continue
    for (const c of group.collapsed) bubbleOf.set(c.id, bubbleId(group.key))
    sized.push({ group, position: place.centre, category: layout === 'orbit' || layout === 'by-category' ? mainCategory(group.all[0]!) : commonest(group.collapsed) })
  }
  const scale = bubbleScale(sized.map((s) => ({ position: s.position, count: s.group.collapsed.length })))
  const bubbles = sized.map(({ group, position, category }): Bubble => {
    const bands = Object.fromEntries(STALENESS_BANDS.map((b) => [b, 0])) as Record<StalenessBand, number>
    let strength = 0
    for (const c of group.collapsed) {
      bands[statuses.get(c.id)?.band ?? 'dormant'] += 1
      strength += c.tieStrength
    }
    return {
      id: bubbleId(group.key),
      key: group.key,
      name: groupName(group.key, layout),
      category,
      memberIds: group.collapsed.map((c) => c.id),
      bands,
      meanStrength: strength / group.collapsed.length,
      position,
      diameter: Math.round(scale * Math.sqrt(group.collapsed.length)),
    }
  })
  return { bubbles, individuals, bubbleOf, groupOf, handles }
}

/**
 * Where a group sits. On the orbit, members lie on arcs around me, so their plain average can fall far inside
 * a wide sector: the bubble goes to their mean direction at their mean distance. In clusters, the average.
 * The collapse handle goes just outside the group: beyond its outermost member on the orbit, below it in clusters.
 */
function groupPlace(members: readonly Contact[], positions: ReadonlyMap<string, Point>, me: Point, layout: LayoutId): { centre: Point; handle: Point } {
  let sx = 0
  let sy = 0
  let sr = 0
  let maxR = 0
  let maxY = -Infinity
  for (const c of members) {
    const p = positions.get(c.id) ?? me
    const dx = p.x - me.x
    const dy = p.y - me.y
    const r = Math.hypot(dx, dy)
    if (layout === 'orbit') {
      if (r > 0) {
        sx += dx / r
        sy += dy / r
      }
    } else {
      sx += p.x
      sy += p.y
    }
    sr += r
    maxR = Math.max(maxR, r)
    maxY = Math.max(maxY, p.y)
  }
  const n = Math.max(members.length, 1)
  if (layout !== 'orbit') {
    const centre = { x: Math.round(sx / n), y: Math.round(sy / n) }
    return { centre, handle: { x: centre.x, y: Math.round(maxY + 40) } }
  }
  const angle = Math.atan2(sy, sx)
  const at = (r: number): Point => ({ x: Math.round(me.x + r * Math.cos(angle)), y: Math.round(me.y + r * Math.sin(angle)) })
  return { centre: at(sr / n), handle: at(maxR + 40) }
}

/** The main category most of `contacts` have (the first in the app's order on a tie). */
function commonest(contacts: readonly Contact[]): Category {
  const counts = new Map<Category, number>()
  for (const c of contacts) counts.set(mainCategory(c), (counts.get(mainCategory(c)) ?? 0) + 1)
  let best: Category = CATEGORIES[0]
  for (const category of CATEGORIES) if ((counts.get(category) ?? 0) > (counts.get(best) ?? 0)) best = category
  return best
}

/**
 * Diameter per √person, the same for every bubble so areas compare honestly: as large as MAX_SCALE allows
 * while no two bubbles overlap (BUBBLE_GAP apart), never below MIN_SCALE.
 */
export function bubbleScale(bubbles: readonly { position: Point; count: number }[]): number {
  let scale = MAX_SCALE
  for (let i = 0; i < bubbles.length; i++) {
    for (let j = i + 1; j < bubbles.length; j++) {
      const a = bubbles[i]!
      const b = bubbles[j]!
      const room = Math.hypot(a.position.x - b.position.x, a.position.y - b.position.y) - BUBBLE_GAP
      scale = Math.min(scale, (2 * Math.max(room, 0)) / (Math.sqrt(a.count) + Math.sqrt(b.count)))
    }
  }
  return Math.max(MIN_SCALE, scale)
}
