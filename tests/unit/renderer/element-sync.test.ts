import cytoscape from 'cytoscape'
import { describe, expect, it } from 'vitest'
import { orbitPositions } from '../../../src/core/orbit-layout'
import type { NetworkFile } from '../../../src/core/network-file'
import { syncElements } from '../../../src/renderer/map/element-sync'
import { toCyElements } from '../../../src/renderer/map/to-cy-elements'
import { makeContact, makeNetwork, makeTie } from '../helpers/builders'

const elementsOf = (network: NetworkFile) => toCyElements({ network, statuses: new Map(), positions: orbitPositions(network.contacts), mePosition: { x: 0, y: 0 } })

/** A headless map synced to `network`, recording which elements each later sync touches. */
function mapOf(network: NetworkFile) {
  const cy = cytoscape({ headless: true, styleEnabled: false })
  syncElements(cy, elementsOf(network), false)
  const touched = { data: new Set<string>(), added: new Set<string>(), removed: new Set<string>(), moved: new Set<string>() }
  cy.on('data', (e) => void touched.data.add(e.target.id()))
  cy.on('add', (e) => void touched.added.add(e.target.id()))
  cy.on('remove', (e) => void touched.removed.add(e.target.id()))
  cy.on('position', (e) => void touched.moved.add(e.target.id()))
  return { cy, touched }
}

describe('syncElements', () => {
  const network = makeNetwork({
    contacts: [
      makeContact({ id: 'a', name: 'Ana', categories: ['author'], tieStrength: 3 }),
      makeContact({ id: 'b', name: 'Ben', categories: ['leader'], tieStrength: 2 }),
      makeContact({ id: 'c', name: 'Cem', categories: ['social'], tieStrength: 1 }),
    ],
    ties: [makeTie('t1', 'a', 'b'), makeTie('t2', 'b', 'c')],
  })

  it('updates only the changed contact’s node and its edge from me, adding and removing nothing', () => {
    const { cy, touched } = mapOf(network)
    const renamed = { ...network, contacts: network.contacts.map((c) => (c.id === 'b' ? { ...c, name: 'Benedikt', tieStrength: 2 } : c)) }
    syncElements(cy, elementsOf(renamed), false)
    expect([...touched.data]).toEqual(['b'])
    expect(cy.getElementById('b').data('label')).toBe('Benedikt')
    expect(touched.added.size + touched.removed.size).toBe(0)

    const stronger = { ...renamed, contacts: renamed.contacts.map((c) => (c.id === 'b' ? { ...c, tieStrength: 5 } : c)) }
    touched.data.clear()
    syncElements(cy, elementsOf(stronger), false)
    // Strength changes the node's data and the width of its edge from me; the orbit moves people whose ring changed.
    expect([...touched.data].sort()).toEqual(['b', 'me→b'])
    expect(cy.getElementById('me→b').data('width')).toBeGreaterThan(cy.getElementById('me→a').data('width') as number)
    expect(touched.added.size + touched.removed.size).toBe(0)
  })

  it('removes a deleted contact with its edge from me and its ties, and nothing else', () => {
    const { cy, touched } = mapOf(network)
    const without = { ...network, contacts: network.contacts.filter((c) => c.id !== 'b'), ties: network.ties.filter((t) => t.a !== 'b' && t.b !== 'b') }
    syncElements(cy, elementsOf(without), false)
    expect([...touched.removed].sort()).toEqual(['b', 'me→b', 't1', 't2'])
    expect(touched.added.size).toBe(0)
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['a', 'c', 'me'])
  })

  it('adds a new contact and its edge from me without touching the others’ data', () => {
    const { cy, touched } = mapOf(network)
    const more = { ...network, contacts: [...network.contacts, makeContact({ id: 'd', name: 'Dee', categories: ['author'], tieStrength: 3 })] }
    syncElements(cy, elementsOf(more), false)
    expect([...touched.added].sort()).toEqual(['d', 'me→d'])
    expect(touched.data.size).toBe(0)
    expect(cy.elements().length).toBe(elementsOf(more).length)
  })
})
