import type { ElementDefinition } from 'cytoscape'
import type { NetworkFile } from '../../core/network-file'
import type { Point } from '../../core/orbit-layout'
import { CATEGORY_COLORS, strengthWidth } from './map-style'

export const ME_ID = 'me'

/**
 * The network as cytoscape elements: me, one node per contact, an edge from me to each contact whose
 * width follows tie strength, and the contact–contact ties. Pure, so it is tested without a browser.
 */
export function toCyElements(network: NetworkFile, positions: ReadonlyMap<string, Point>): ElementDefinition[] {
  const elements: ElementDefinition[] = [
    { group: 'nodes', data: { id: ME_ID, kind: 'me', label: network.me.name || 'Me' }, position: { x: 0, y: 0 } },
  ]
  for (const c of network.contacts) {
    const category = c.categories[0] ?? 'department'
    elements.push({
      group: 'nodes',
      data: { id: c.id, kind: 'contact', label: c.name, category, color: CATEGORY_COLORS[category], strength: c.tieStrength },
      position: { ...(positions.get(c.id) ?? { x: 0, y: 0 }) },
    })
    elements.push({
      group: 'edges',
      data: { id: `me→${c.id}`, kind: 'me-tie', source: ME_ID, target: c.id, width: strengthWidth(c.tieStrength) },
    })
  }
  for (const t of network.ties) {
    elements.push({ group: 'edges', data: { id: t.id, kind: 'tie', source: t.a, target: t.b, tieKind: t.kind } })
  }
  return elements
}
