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
 * Linear in the number of contacts (plus a sort), deterministic for the same contacts.
 */
export function orbitLayout(contacts: readonly Contact[]): OrbitLayout {
  const order = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]))
  const mainCategory = (c: Contact) => order.get(c.categories[0] ?? CATEGORIES[0]) ?? 0
  const sorted = [...contacts].sort(
    (a, b) => mainCategory(a) - mainCategory(b) || b.tieStrength - a.tieStrength || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  )

  // Each category's sector follows its share of contacts, with a floor so none disappears.
  const perCategory = new Array<number>(CATEGORIES.length).fill(0)
  for (const c of sorted) perCategory[mainCategory(c)]! += 1
  const sectorWidth = sectorShares(perCategory).map((share) => share * 2 * Math.PI)
  const sectorStart: number[] = []
  let angle = -Math.PI / 2
  for (const width of sectorWidth) {
    sectorStart.push(angle)
    angle += width
  }

  // Count per (category, strength) so each band's arcs within a sector are shared evenly.
  const slots = new Map<string, number>()
  for (const c of sorted) slots.set(`${mainCategory(c)}:${c.tieStrength}`, (slots.get(`${mainCategory(c)}:${c.tieStrength}`) ?? 0) + 1)
  const bands = strengthBands(slots, sectorWidth)
  const placements = new Map<string, { radii: readonly number[]; counts: readonly number[] }>()
  const used = new Map<string, number>()

  const positions = new Map<string, Point>()
  for (const c of sorted) {
    const category = mainCategory(c)
    const key = `${category}:${c.tieStrength}`
    const width = sectorWidth[category]!
    let placement = placements.get(key)
    if (!placement) {
      placement = placeInBand(bands.get(c.tieStrength)!, width, slots.get(key)!)
      placements.set(key, placement)
    }
    let index = used.get(key) ?? 0
    used.set(key, index + 1)
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
      memberIds: sorted.filter((c) => mainCategory(c) === i).map((c) => c.id),
      labelPosition: { x: Math.round(labelRadius * Math.cos(mid)), y: Math.round(labelRadius * Math.sin(mid)) },
    }
  })
  return { positions, sectors }
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
function strengthBands(slots: ReadonlyMap<string, number>, sectorWidth: readonly number[]): Map<number, number[]> {
  const bands = new Map<number, number[]>()
  let previous = 0
  for (let strength = 5; strength >= 1; strength--) {
    const base = Math.max(FIRST_RING + (5 - strength) * RING_GAP, previous + RING_GAP)
    const rings = [base]
    const room = sectorWidth.map((width) => ringCapacity(base, width))
    const crowded = () => sectorWidth.some((_, category) => (slots.get(`${category}:${strength}`) ?? 0) > room[category]!)
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
