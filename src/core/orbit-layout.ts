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
 * The orbit map: the user at (0, 0), contacts on rings by tie strength (strongest inside) and in angular
 * sectors by main category. Every category gets a sector, at least a fourteenth of the circle, so a
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

  // Count per (category, ring) so each ring's arc within a sector is shared evenly.
  const slots = new Map<string, number>()
  for (const c of sorted) slots.set(`${mainCategory(c)}:${c.tieStrength}`, (slots.get(`${mainCategory(c)}:${c.tieStrength}`) ?? 0) + 1)
  const radii = ringRadii(slots, sectorWidth)
  const used = new Map<string, number>()

  const positions = new Map<string, Point>()
  for (const c of sorted) {
    const category = mainCategory(c)
    const key = `${category}:${c.tieStrength}`
    const index = used.get(key) ?? 0
    used.set(key, index + 1)
    const width = sectorWidth[category]!
    // Rings are offset by half a slot in turn, so neighbours on adjacent rings do not line up radially.
    const offset = c.tieStrength % 2 === 0 ? 0.5 : 0.35
    const theta = sectorStart[category]! + ((index + offset) / slots.get(key)!) * width
    const r = radii.get(c.tieStrength)!
    positions.set(c.id, { x: Math.round(r * Math.cos(theta)), y: Math.round(r * Math.sin(theta)) })
  }
  const labelRadius = (radii.get(1) ?? FIRST_RING) + 70
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

/** Ring radius per strength, grown where a sector's arc on that ring is too short to keep MIN_SPACING. */
function ringRadii(slots: ReadonlyMap<string, number>, sectorWidth: readonly number[]): Map<number, number> {
  const radii = new Map<number, number>()
  let previous = 0
  for (let strength = 5; strength >= 1; strength--) {
    let needed = 0
    sectorWidth.forEach((width, category) => {
      needed = Math.max(needed, ((slots.get(`${category}:${strength}`) ?? 0) * MIN_SPACING) / width)
    })
    const r = Math.max(FIRST_RING + (5 - strength) * RING_GAP, previous + RING_GAP, needed)
    radii.set(strength, r)
    previous = r
  }
  return radii
}
