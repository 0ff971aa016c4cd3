import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { orbitAfterRenames, orbitLayout, orbitPositions, sectorShares } from '../../../src/core/orbit-layout'
import type { Category } from '../../../src/core/categories'
import { makeContact } from '../helpers/builders'

const radius = (p: { x: number; y: number } | undefined) => Math.hypot(p!.x, p!.y)
const angle = (p: { x: number; y: number } | undefined) => Math.atan2(p!.y, p!.x)

describe('orbitPositions', () => {
  it('puts stronger ties on inner rings', () => {
    const contacts = [1, 2, 3, 4, 5].map((s) => makeContact({ id: `s${s}`, tieStrength: s }))
    const positions = orbitPositions(contacts)
    const radii = [5, 4, 3, 2, 1].map((s) => radius(positions.get(`s${s}`)))
    expect(radii).toEqual([...radii].sort((a, b) => a - b))
    expect(new Set(radii.map(Math.round)).size).toBe(5)
  })

  it('gives each category its own angular sector', () => {
    const cats: Category[] = ['department', 'department', 'author', 'author', 'social', 'social']
    const contacts = cats.map((c, i) => makeContact({ id: `c${i}`, categories: [c], tieStrength: 3 }))
    const positions = orbitPositions(contacts)
    const sectorOf = (id: string) => Math.floor((((angle(positions.get(id)) + Math.PI / 2) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI) / ((2 * Math.PI) / 3))
    expect(['c0', 'c1'].map(sectorOf)).toEqual([0, 0])
    expect(['c2', 'c3'].map(sectorOf)).toEqual([1, 1])
    expect(['c4', 'c5'].map(sectorOf)).toEqual([2, 2])
  })

  it('is deterministic and keeps neighbours apart on a crowded ring', () => {
    const contacts = Array.from({ length: 300 }, (_, i) => makeContact({ id: `n${i}`, name: `N ${i}`, tieStrength: 2 }))
    const a = orbitPositions(contacts)
    const b = orbitPositions([...contacts].reverse())
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort())
    const points = [...a.values()].sort((p, q) => Math.atan2(p.y, p.x) - Math.atan2(q.y, q.x))
    const gaps = points.map((p, i) => Math.hypot(p.x - points[(i + 1) % points.length]!.x, p.y - points[(i + 1) % points.length]!.y))
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(40)
  })

  it('packs a crowded strength into a band of rings, so 800 imported people of one strength stay close and apart', () => {
    const imported = Array.from({ length: 800 }, (_, i) => makeContact({ id: `i${i}`, name: `I ${i}`, categories: ['social'], tieStrength: 2 }))
    const close = Array.from({ length: 40 }, (_, i) => makeContact({ id: `k${i}`, name: `K ${i}`, categories: ['social'], tieStrength: 3 }))
    const far = Array.from({ length: 5 }, (_, i) => makeContact({ id: `f${i}`, name: `F ${i}`, categories: ['leader'], tieStrength: 1 }))
    const positions = orbitPositions([...imported, ...close, ...far])
    const points = [...positions.values()]
    let nearest = Infinity
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) nearest = Math.min(nearest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y))
    }
    expect(nearest).toBeGreaterThanOrEqual(40)
    const radii = (prefix: string) => [...positions].filter(([id]) => id.startsWith(prefix)).map(([, p]) => radius(p))
    // One ring for 800 people would be about 11,700 units out; a band of rings keeps them within about a tenth of that.
    expect(Math.max(...radii('i'))).toBeLessThan(1500)
    // Stronger ties stay inside weaker ones, band by band.
    expect(Math.max(...radii('k'))).toBeLessThan(Math.min(...radii('i')))
    expect(Math.max(...radii('i'))).toBeLessThan(Math.min(...radii('f')))
  })

  it('keeps a sector, with a label position, for every category, including empty ones', () => {
    const contacts = Array.from({ length: 30 }, (_, i) => makeContact({ id: `d${i}`, categories: ['department'] }))
    const { sectors } = orbitLayout(contacts)
    expect(sectors.map((s) => [s.category, s.count])).toEqual([
      ['department', 30],
      ['cross-function', 0],
      ['other-industry', 0],
      ['author', 0],
      ['existing', 0],
      ['association', 0],
      ['leader', 0],
      ['social', 0],
    ])
    // Empty sectors are spread around the rest of the circle, not stacked on one spot.
    const labels = new Set(sectors.map((s) => `${s.labelPosition.x},${s.labelPosition.y}`))
    expect(labels.size).toBe(8)
  })
})

describe('sector shares', () => {
  it('give every empty category a fourteenth of the circle, undiluted, and share the rest by contacts', () => {
    const shares = sectorShares([0, 0, 1, 0, 0, 0, 0, 0])
    expect(shares.filter((_, i) => i !== 2).every((s) => Math.abs(s - 1 / 14) < 1e-12)).toBe(true)
    expect(shares[2]).toBeCloseTo(1 - 7 / 14, 12)
    const busy = sectorShares([30, 20, 0, 50, 0, 0, 0, 0])
    expect(busy.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
    expect(busy[0]! / busy[1]!).toBeCloseTo(1.5, 12)
    expect(busy[2]).toBeCloseTo(1 / 14, 12)
  })
})

describe('orbit after an edit', () => {
  const network = () =>
    Array.from({ length: 400 }, (_, i) =>
      makeContact({ id: `p${i}`, name: `Person ${(i * 37) % 400}`, categories: [(['department', 'social', 'author'] as const)[i % 3]!], tieStrength: 1 + (i % 5) }),
    )

  it('lays out the same with or without the previous layout as a hint, whatever the edits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(399), name: fc.string({ maxLength: 8 }), strength: fc.integer({ min: 1, max: 5 }), drop: fc.boolean() }), { maxLength: 6 }),
        (edits) => {
          const before = network()
          const previous = orbitLayout(before)
          let after = before.map((c) => c)
          for (const edit of edits) {
            const target = after[edit.at % after.length]!
            after = edit.drop ? after.filter((c) => c !== target) : after.map((c) => (c === target ? { ...c, name: edit.name, tieStrength: edit.strength } : c))
          }
          after.push(makeContact({ id: 'newcomer', name: 'Newcomer', tieStrength: 3 }))
          const fresh = orbitLayout(after)
          const hinted = orbitLayout(after, previous)
          expect([...hinted.positions]).toEqual([...fresh.positions])
          expect(hinted.sectors).toEqual(fresh.sectors)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('places renamed people where a fresh layout would, by moving them within their run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(399), name: fc.string({ maxLength: 8 }) }), { minLength: 1, maxLength: 6 }),
        (renames) => {
          const before = network()
          const previous = orbitLayout(before)
          let after = before.map((c) => c)
          for (const { at, name } of renames) after = after.map((c, i) => (i === at ? { ...c, name } : c))
          const fresh = orbitLayout(after)
          const renamed = orbitAfterRenames(before, previous, after)
          expect(renamed).not.toBeNull()
          expect([...renamed!.positions].sort()).toEqual([...fresh.positions].sort())
          expect(renamed!.sectors).toEqual(fresh.sectors)
        },
      ),
      { numRuns: 80 },
    )
  })

  it('renames within a run of 30,000 (an import: everyone in social media, strength 1)', () => {
    const before = Array.from({ length: 30_000 }, (_, i) => makeContact({ id: `c${i}`, name: `Person ${i}`, categories: ['social'], tieStrength: 1 }))
    const after = before.map((c, i) => (i === 12_345 ? { ...c, name: 'Aaron First' } : c))
    const renamed = orbitAfterRenames(before, orbitLayout(before), after)
    const fresh = orbitLayout(after)
    expect(renamed!.positions.get('c12345')).toEqual(fresh.positions.get('c12345'))
    expect(renamed!.sectors).toEqual(fresh.sectors)
    expect([...renamed!.positions].sort()).toEqual([...fresh.positions].sort())
  })

  it('keeps the layout when no edit moved anyone, and hands over to a full layout when more than names changed', () => {
    const before = network()
    const previous = orbitLayout(before)
    const note = before.map((c, i) => (i === 7 ? { ...c, notes: 'Met at the harbour talk.' } : c))
    expect(orbitAfterRenames(before, previous, note)).toBe(previous)
    for (const patch of [{ tieStrength: 5 }, { categories: ['leader' as const] }]) {
      const edited = before.map((c, i) => (i === 7 ? { ...c, ...patch } : c))
      expect(orbitAfterRenames(before, previous, edited)).toBeNull()
    }
    expect(orbitAfterRenames(before, previous, before.slice(1))).toBeNull()
    expect(orbitAfterRenames(before, previous, [...before].reverse())).toBeNull()
    // Renaming most of the network is laid out afresh.
    expect(orbitAfterRenames(before, previous, before.map((c) => ({ ...c, name: `${c.name}!` })))).toBeNull()
  })
})
