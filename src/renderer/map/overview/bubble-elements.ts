import type { ElementDefinition } from 'cytoscape'
import { STALENESS_BANDS } from '../../../core/staleness'
import { CATEGORY_COLORS, strengthWidth } from '../../shared/encodings'
import { formatNumber } from '../../shared/format'
import { ME_ID } from '../to-cy-elements'
import type { Overview } from './aggregate'

/**
 * The overview's own elements: a node per bubble (its count as label, its staleness mix as ring slices
 * s1…s5 in STALENESS_BANDS order, percent), one edge from me to each bubble in place of one per person
 * inside it, and a "Collapse …" label beside each opened group.
 */
export function overviewElements(overview: Overview): ElementDefinition[] {
  const elements: ElementDefinition[] = []
  for (const b of overview.bubbles) {
    const count = b.memberIds.length
    const data: Record<string, unknown> = {
      id: b.id,
      kind: 'bubble',
      label: formatNumber(count),
      name: b.name,
      count,
      category: b.category,
      color: CATEGORY_COLORS[b.category],
      size: b.diameter,
    }
    STALENESS_BANDS.forEach((band, i) => (data[`s${i + 1}`] = (100 * b.bands[band]) / count))
    elements.push({ group: 'nodes', data, classes: 'bubble', position: { ...b.position }, grabbable: false, selectable: false })
    elements.push({
      group: 'edges',
      data: { id: `me→${b.id}`, kind: 'me-group', source: ME_ID, target: b.id, width: strengthWidth(Math.round(b.meanStrength)) },
    })
  }
  for (const h of overview.handles) {
    elements.push({ group: 'nodes', data: { id: h.id, kind: 'group-handle', label: h.label }, position: { ...h.position }, grabbable: false, selectable: false })
  }
  return elements
}
