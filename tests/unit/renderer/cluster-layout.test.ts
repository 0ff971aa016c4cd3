import { describe, expect, it } from 'vitest'
import { layoutClusters, type ClusterContact } from '../../../src/renderer/map/cluster-layout'

const people = (group: string, n: number): ClusterContact[] => Array.from({ length: n }, (_, i) => ({ id: `${group}-${i}`, group }))
const centre = (points: { x: number; y: number }[]) => ({
  x: points.reduce((s, p) => s + p.x, 0) / points.length,
  y: points.reduce((s, p) => s + p.y, 0) / points.length,
})
const spread = (points: { x: number; y: number }[]) => {
  const c = centre(points)
  return Math.max(...points.map((p) => Math.hypot(p.x - c.x, p.y - c.y)))
}

describe('layoutClusters', () => {
  const contacts = [...people('Acme', 12), ...people('Globex', 12), ...people('Initech', 12)]
  const request = { contacts, ties: [['Acme-0', 'Globex-0']] as [string, string][], seed: 7 }

  it('keeps each group together, apart from the others', () => {
    const { positions } = layoutClusters(request)
    const groupPoints = (g: string) => contacts.filter((c) => c.group === g).map((c) => positions[c.id]!)
    const [a, b, c] = ['Acme', 'Globex', 'Initech'].map(groupPoints) as [never[], never[], never[]]
    const gap = Math.min(Math.hypot(centre(a).x - centre(b).x, centre(a).y - centre(b).y), Math.hypot(centre(a).x - centre(c).x, centre(a).y - centre(c).y))
    expect(gap).toBeGreaterThan(Math.max(spread(a), spread(b)))
  })

  it('is repeatable for the same input and seed, and labels each group', () => {
    const first = layoutClusters(request)
    expect(layoutClusters(request)).toEqual(first)
    expect(first.groups.map((g) => g.label).sort()).toEqual(['Acme', 'Globex', 'Initech'])
  })
})
