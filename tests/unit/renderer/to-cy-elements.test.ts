import { describe, expect, it } from 'vitest'
import { orbitPositions } from '../../../src/core/orbit-layout'
import { CATEGORY_COLORS, strengthWidth } from '../../../src/renderer/shared/encodings'
import { ME_ID, toCyElements } from '../../../src/renderer/map/to-cy-elements'
import { makeContact, makeNetwork, makeTie } from '../helpers/builders'

describe('toCyElements', () => {
  const network = makeNetwork({
    contacts: [
      makeContact({ id: 'a', name: 'Ana', categories: ['author', 'social'], tieStrength: 5 }),
      makeContact({ id: 'b', name: 'Ben', categories: ['leader'], tieStrength: 1 }),
    ],
    ties: [makeTie('t1', 'a', 'b')],
  })
  const elements = toCyElements({ network, statuses: new Map(), positions: orbitPositions(network.contacts), mePosition: { x: 0, y: 0 } })

  it('draws me, each contact, an edge from each to me, and the ties between contacts', () => {
    expect(elements.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual([ME_ID, 'a', 'b'])
    expect(elements.filter((e) => e.data.kind === 'me-tie').map((e) => [e.data.source, e.data.target])).toEqual([
      // Each edge starts at the contact: cytoscape's cost of adding an edge grows with its source's edges.
      ['a', ME_ID],
      ['b', ME_ID],
    ])
    expect(elements.filter((e) => e.data.kind === 'tie').map((e) => [e.data.source, e.data.target])).toEqual([['a', 'b']])
  })

  it('colours a node by its first category and sizes the edge by strength', () => {
    const ana = elements.find((e) => e.data.id === 'a')
    expect(ana?.data.color).toBe(CATEGORY_COLORS.author)
    const widths = elements.filter((e) => e.data.kind === 'me-tie').map((e) => e.data.width as number)
    expect(widths).toEqual([strengthWidth(5), strengthWidth(1)])
    expect(widths[0]).toBeGreaterThan(widths[1]!)
  })

  it('labels me "Me" until the user gives a name', () => {
    expect(elements[0]?.data.label).toBe('Me')
  })

  it('draws several categories as equal pie slices, and carries the staleness band and laid-off marker as classes', () => {
    const net = makeNetwork({ contacts: [makeContact({ id: 'x', categories: ['author', 'social'], onLaidOffList: true })] })
    const statuses = new Map([['x', { lastContact: null, daysSince: null, cadenceDays: 90, band: 'overdue' as const, dueOn: '2026-01-01' }]])
    const [, x] = toCyElements({ network: net, statuses, positions: new Map(), mePosition: { x: 0, y: 0 } })
    expect(x?.classes).toBe('band-overdue laid-off multi')
    expect([x?.data.p1c, x?.data.p1s, x?.data.p2c, x?.data.p2s, x?.data.p3s]).toEqual([CATEGORY_COLORS.author, 50, CATEGORY_COLORS.social, 50, 0])
  })
})
