import { CATEGORIES, type Category } from './categories'
import type { Contact } from './schema'

export interface Point {
  readonly x: number
  readonly y: number
}

/** Radius of the innermost ring (strength 5) and the gap between rings, in map units. */
const FIRST_RING = 150
const RING_GAP = 95
/** Neighbours on one ring stay at least this far apart; crowded rings grow outward. */
const MIN_SPACING = 46

/** Every category keeps at least this share of the circle, so an empty one shows as an empty wedge wide enough for its label. */
const MIN_SECTOR_SHARE = 1 / 14

const CATEGORY_INDEX = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]))
/** The sector a contact is drawn in: their main category's. */
const categoryOf = (contact: Contact): number => CATEGORY_INDEX.get(contact.categories[0] ?? CATEGORIES[0]) ?? 0
/** The same order as `localeCompare`, without building a collator per comparison. */
const byName = new Intl.Collator().compare
const byNameThenId = (a: Contact, b: Contact): number => byName(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
/** Tie strengths run 1–5; one counter per (category, strength), indexed by `slot`. */
const SLOTS_PER_CATEGORY = 6
const slot = (category: number, strength: number): number => category * SLOTS_PER_CATEGORY + strength

/** One category's wedge of the orbit, with where to write its name. */
export interface OrbitSector {
  readonly category: Category
  readonly count: number
  readonly memberIds: readonly string[]
  readonly labelPosition: Point
}

export interface OrbitLayout {
  readonly positions: Map<string, Point>
  readonly sectors: readonly OrbitSector[]
}

/** Positions for the orbit map; see orbitLayout. */
export const orbitPositions = (contacts: readonly Contact[]): Map<string, Point> => orbitLayout(contacts).positions

/**
 * The orbit map: the user at (0, 0), contacts on rings by tie strength (strongest inside; a crowded strength
 * gets a band of several rings) and in angular sectors by main category. Every category gets a sector, at least a fourteenth of the circle, so a
 * missing category is visible as an empty wedge.
 *
 * Linear in the number of contacts (plus a sort), deterministic for the same contacts. `previous`, a layout of
 * nearly the same contacts, only makes it faster: the result is the same with or without it.
 */
export function orbitLayout(contacts: readonly Contact[], previous?: OrbitLayout): OrbitLayout {
  // Sort keys are worked out once per contact: at 30,000 people a comparator that looks them up costs more than the sort.
  const sorted = inPreviousOrder(contacts, previous).map((contact) => ({ contact, category: categoryOf(contact) }))
  sorted.sort((a, b) => a.category - b.category || b.contact.tieStrength - a.contact.tieStrength || byNameThenId(a.contact, b.contact))

  // Each category's sector follows its share of contacts, with a floor so none disappears.
  const perCategory = new Array<number>(CATEGORIES.length).fill(0)
  const memberIds = CATEGORIES.map((): string[] => [])
  // Count per (category, strength) so each band's arcs within a sector are shared evenly.
  const slots = new Array<number>(CATEGORIES.length * SLOTS_PER_CATEGORY).fill(0)
  for (const { contact, category } of sorted) {
    perCategory[category]! += 1
    memberIds[category]!.push(contact.id)
    slots[slot(category, contact.tieStrength)]! += 1
  }
  const sectorWidth = sectorShares(perCategory).map((share) => share * 2 * Math.PI)
  const sectorStart: number[] = []
  let angle = -Math.PI / 2
  for (const width of sectorWidth) {
    sectorStart.push(angle)
    angle += width
  }

  const bands = strengthBands(slots, sectorWidth)
  const placements = new Map<number, { radii: readonly number[]; counts: readonly number[] }>()
  const used = new Array<number>(slots.length).fill(0)

  const positions = new Map<string, Point>()
  for (const { contact: c, category } of sorted) {
    const key = slot(category, c.tieStrength)
    const width = sectorWidth[category]!
    let placement = placements.get(key)
    if (!placement) {
      placement = placeInBand(bands.get(c.tieStrength)!, width, slots[key]!)
      placements.set(key, placement)
    }
    let index = used[key]!
    used[key] = index + 1
    let ring = 0
    while (index >= placement.counts[ring]!) index -= placement.counts[ring++]!
    // Rings are offset by half a slot in turn, so neighbours on adjacent rings do not line up radially.
    const offset = (c.tieStrength + ring) % 2 === 0 ? 0.5 : 0.35
    const theta = sectorStart[category]! + ((index + offset) / placement.counts[ring]!) * width
    const r = placement.radii[ring]!
    positions.set(c.id, { x: Math.round(r * Math.cos(theta)), y: Math.round(r * Math.sin(theta)) })
  }
  const labelRadius = (bands.get(1)?.at(-1) ?? FIRST_RING) + 70
  const sectors = CATEGORIES.map((category, i) => {
    const mid = sectorStart[i]! + sectorWidth[i]! / 2
    return {
      category,
      count: perCategory[i]!,
      memberIds: memberIds[i]!,
      labelPosition: { x: Math.round(labelRadius * Math.cos(mid)), y: Math.round(labelRadius * Math.sin(mid)) },
    }
  })
  return { positions, sectors }
}

/**
 * The contacts in the order of a previous layout of them (its sectors list everyone in sorted order), newcomers
 * last. The result of the sort does not depend on it, but the time does: after one edit the list is almost
 * sorted, and the engine's merge sort finishes such a list in about one comparison per person.
 */
function inPreviousOrder(contacts: readonly Contact[], previous: OrbitLayout | undefined): readonly Contact[] {
  if (!previous) return contacts
  const byId = new Map<string, Contact>(contacts.map((c) => [c.id, c]))
  if (byId.size !== contacts.length) return contacts
  const ordered: Contact[] = []
  for (const sector of previous.sectors) {
    for (const id of sector.memberIds) {
      const contact = byId.get(id)
      if (!contact) continue
      ordered.push(contact)
      byId.delete(id)
    }
  }
  for (const contact of byId.values()) ordered.push(contact)
  return ordered
}

/** Most renamed people orbitAfterRenames places by itself; past that a full layout is as quick. */
const MAX_RENAMED = 64

/**
 * The orbit after edits that changed only names, from the orbit of `previous`; `layout` itself when no name,
 * main category or strength changed (most edits: a note, a logged coffee); null when anything else moved
 * (someone added, removed, reordered, or given another main category or strength). A name only orders people
 * within their sector × strength: the places there stay the same, and only who sits where changes. Each
 * renamed person is taken out of their run and put back where their new name sorts, so a rename in a run of
 * 24,000 costs a few comparisons instead of a sort. The result equals orbitLayout(next).
 */
export function orbitAfterRenames(previous: readonly Contact[], layout: OrbitLayout, next: readonly Contact[]): OrbitLayout | null {
  if (previous.length !== next.length) return null
  const renamed: Contact[] = []
  for (let i = 0; i < next.length; i++) {
    const a = previous[i]!
    const b = next[i]!
    if (a === b) continue
    if (a.id !== b.id || a.tieStrength !== b.tieStrength || a.categories[0] !== b.categories[0]) return null
    if (a.name !== b.name) renamed.push(b)
  }
  if (renamed.length === 0) return layout
  if (renamed.length > MAX_RENAMED) return null
  const byId = new Map<string, Contact>(next.map((c) => [c.id, c]))
  const positions = new Map(layout.positions)
  const sectors = [...layout.sectors]
  for (const category of new Set(renamed.map(categoryOf))) {
    const sector = sectors[category]!
    const members = sector.memberIds.map((id) => byId.get(id)!)
    const inSector = renamed.filter((c) => categoryOf(c) === category)
    for (const strength of new Set(inSector.map((c) => c.tieStrength))) {
      // A sector lists its people by strength, strongest first, then by name: one strength is one run.
      const start = members.findIndex((c) => c.tieStrength === strength)
      let end = start
      while (end < members.length && members[end]!.tieStrength === strength) end++
      const places = members.slice(start, end).map((c) => layout.positions.get(c.id)!)
      const moved = new Set(inSector.filter((c) => c.tieStrength === strength))
      const run = members.slice(start, end).filter((c) => !moved.has(c))
      for (const contact of moved) run.splice(insertionPoint(run, contact), 0, contact)
      // A loop rather than splice(...run): a run can hold tens of thousands, too many to pass as arguments.
      run.forEach((c, i) => {
        positions.set(c.id, places[i]!)
        members[start + i] = c
      })
    }
    sectors[category] = { ...sector, memberIds: members.map((c) => c.id) }
  }
  return { positions, sectors }
}

/** Where `contact` goes in `run`, which is sorted by name then id. */
function insertionPoint(run: readonly Contact[], contact: Contact): number {
  let low = 0
  let high = run.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (byNameThenId(run[mid]!, contact) < 0) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * Each category's share of the circle: proportional to its contacts, but never below MIN_SECTOR_SHARE of
 * the whole circle (the floor is applied before the rest is shared out, so it is not diluted afterwards).
 */
export function sectorShares(counts: readonly number[]): number[] {
  const floored = new Set<number>()
  for (;;) {
    const free = 1 - floored.size * MIN_SECTOR_SHARE
    const rest = counts.reduce((sum, count, i) => (floored.has(i) ? sum : sum + count), 0)
    const open = counts.length - floored.size
    const shares = counts.map((count, i) => (floored.has(i) ? MIN_SECTOR_SHARE : rest === 0 ? free / open : (count / rest) * free))
    const below = shares.flatMap((share, i) => (!floored.has(i) && share < MIN_SECTOR_SHARE ? [i] : []))
    if (below.length === 0) return shares
    for (const i of below) floored.add(i)
  }
}

/** How many people fit on a ring of radius `r` across a sector `width` radians wide, MIN_SPACING apart. */
const ringCapacity = (r: number, width: number): number => Math.max(1, Math.floor((width * r) / MIN_SPACING))

/**
 * The rings of each strength's band, innermost first. A band is one ring until a sector holds more people of
 * that strength than the ring has room for; then it gains rings MIN_SPACING apart. Room grows with the area, so
 * 800 people of one strength need a band about 20 rings deep, not one ring 25 times as wide.
 */
function strengthBands(slots: readonly number[], sectorWidth: readonly number[]): Map<number, number[]> {
  const bands = new Map<number, number[]>()
  let previous = 0
  for (let strength = 5; strength >= 1; strength--) {
    const base = Math.max(FIRST_RING + (5 - strength) * RING_GAP, previous + RING_GAP)
    const rings = [base]
    const room = sectorWidth.map((width) => ringCapacity(base, width))
    const crowded = () => sectorWidth.some((_, category) => slots[slot(category, strength)]! > room[category]!)
    while (crowded()) {
      const r = base + rings.length * MIN_SPACING
      rings.push(r)
      sectorWidth.forEach((width, category) => (room[category]! += ringCapacity(r, width)))
    }
    bands.set(strength, rings)
    previous = rings.at(-1)!
  }
  return bands
}

/**
 * Which of a band's rings a sector's `count` people sit on, and how many on each: as few rings as hold them,
 * from the inside out, each filled in proportion to its room.
 */
function placeInBand(band: readonly number[], width: number, count: number): { radii: readonly number[]; counts: readonly number[] } {
  const radii: number[] = []
  const room: number[] = []
  let total = 0
  for (const r of band) {
    if (total >= count) break
    radii.push(r)
    room.push(ringCapacity(r, width))
    total += room.at(-1)!
  }
  const counts = room.map((cap) => Math.floor((count * cap) / total))
  let left = count - counts.reduce((sum, n) => sum + n, 0)
  for (let ring = counts.length - 1; left > 0; ring = (ring + counts.length - 1) % counts.length) {
    if (counts[ring]! < room[ring]!) {
      counts[ring]! += 1
      left -= 1
    }
  }
  // An empty ring cannot hold the proportional share rounding gave it nothing of: drop it.
  return { radii: radii.filter((_, ring) => counts[ring]! > 0), counts: counts.filter((n) => n > 0) }
}
