import { CATEGORIES } from './categories'
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

/**
 * Positions for the orbit map: the user at (0, 0), contacts on rings by tie strength (strongest inside)
 * and in angular sectors by main category, so a category with few people shows as a thin sector.
 *
 * Linear in the number of contacts (plus a sort), deterministic for the same contacts.
 */
export function orbitPositions(contacts: readonly Contact[]): Map<string, Point> {
  const order = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]))
  const mainCategory = (c: Contact) => order.get(c.categories[0] ?? CATEGORIES[0]) ?? 0
  const sorted = [...contacts].sort(
    (a, b) => mainCategory(a) - mainCategory(b) || b.tieStrength - a.tieStrength || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  )

  // Each category's sector is proportional to its share of contacts.
  const perCategory = new Array<number>(CATEGORIES.length).fill(0)
  for (const c of sorted) perCategory[mainCategory(c)]! += 1
  const sectorStart: number[] = []
  let angle = -Math.PI / 2
  for (const count of perCategory) {
    sectorStart.push(angle)
    angle += (count / Math.max(1, sorted.length)) * 2 * Math.PI
  }

  const radii = ringRadii(sorted)
  // Count per (category, ring) so each ring's arc within a sector is shared evenly.
  const slots = new Map<string, number>()
  for (const c of sorted) slots.set(`${mainCategory(c)}:${c.tieStrength}`, (slots.get(`${mainCategory(c)}:${c.tieStrength}`) ?? 0) + 1)
  const used = new Map<string, number>()

  const positions = new Map<string, Point>()
  for (const c of sorted) {
    const category = mainCategory(c)
    const key = `${category}:${c.tieStrength}`
    const index = used.get(key) ?? 0
    used.set(key, index + 1)
    const width = (perCategory[category]! / sorted.length) * 2 * Math.PI
    // Rings are offset by half a slot in turn, so neighbours on adjacent rings do not line up radially.
    const offset = c.tieStrength % 2 === 0 ? 0.5 : 0.35
    const theta = sectorStart[category]! + ((index + offset) / slots.get(key)!) * width
    const r = radii.get(c.tieStrength)!
    positions.set(c.id, { x: Math.round(r * Math.cos(theta)), y: Math.round(r * Math.sin(theta)) })
  }
  return positions
}

/** Ring radius per strength, grown where a ring holds too many people to keep MIN_SPACING. */
function ringRadii(contacts: readonly Contact[]): Map<number, number> {
  const counts = new Map<number, number>()
  for (const c of contacts) counts.set(c.tieStrength, (counts.get(c.tieStrength) ?? 0) + 1)
  const radii = new Map<number, number>()
  let previous = 0
  for (let strength = 5; strength >= 1; strength--) {
    const needed = ((counts.get(strength) ?? 0) * MIN_SPACING) / (2 * Math.PI)
    const r = Math.max(FIRST_RING + (5 - strength) * RING_GAP, previous + RING_GAP, needed)
    radii.set(strength, r)
    previous = r
  }
  return radii
}
