import type { ElementDefinition } from 'cytoscape'
import { CATEGORIES } from '../../core/categories'
import type { Point } from '../../core/layouts'
import type { NetworkFile } from '../../core/network-file'
import type { ContactStatus } from '../../core/staleness'
import { CATEGORY_COLORS, strengthWidth } from '../shared/encodings'

export const ME_ID = 'me'

/** A label drawn over a cluster (clusters layouts only). */
export interface GroupLabel {
  readonly id: string
  readonly label: string
  readonly position: Point
  /** Who is in the group, so the label hides when a filter hides all of them. */
  readonly memberIds: readonly string[]
  /** An orbit sector with nobody in it: labelled as a gap. */
  readonly empty?: boolean
}

export interface ElementInputs {
  readonly network: NetworkFile
  readonly statuses: ReadonlyMap<string, ContactStatus>
  readonly positions: ReadonlyMap<string, Point>
  readonly mePosition: Point
  readonly groups?: readonly GroupLabel[]
  /** Only these contacts are drawn (the overview's individuals), with only the ties between them; all when absent. */
  readonly shown?: ReadonlySet<string>
}

/**
 * The network as cytoscape elements: me, one node per contact, an edge from me to each contact whose
 * width follows tie strength, the contact–contact ties, and cluster labels. Encodings travel as data and
 * classes (see map-style.ts). Pure, so it is tested without a browser.
 */
export function toCyElements({ network, statuses, positions, mePosition, groups = [], shown }: ElementInputs): ElementDefinition[] {
  const elements: ElementDefinition[] = [
    { group: 'nodes', data: { id: ME_ID, kind: 'me', label: network.me.name || 'Me' }, position: { ...mePosition }, grabbable: false },
  ]
  for (const c of network.contacts) {
    if (shown && !shown.has(c.id)) continue
    const category = c.categories[0] ?? 'department'
    const band = statuses.get(c.id)?.band ?? 'dormant'
    const data: Record<string, unknown> = {
      id: c.id,
      kind: 'contact',
      label: c.name,
      category,
      color: CATEGORY_COLORS[category],
      strength: c.tieStrength,
      band,
    }
    const multi = c.categories.length > 1
    if (multi) {
      // Equal pie slices, one per category, in the contact's own order; every slice field is set
      // (unused ones empty) because the stylesheet maps all eight.
      const share = 100 / c.categories.length
      for (let i = 0; i < CATEGORIES.length; i++) {
        const cat = c.categories[i]
        data[`p${i + 1}c`] = cat ? CATEGORY_COLORS[cat] : '#ffffff'
        data[`p${i + 1}s`] = cat ? share : 0
      }
    }
    elements.push({
      group: 'nodes',
      data,
      classes: [`band-${band}`, c.onLaidOffList ? 'laid-off' : '', multi ? 'multi' : ''].filter(Boolean).join(' '),
      position: { ...(positions.get(c.id) ?? mePosition) },
    })
    elements.push({
      group: 'edges',
      // From the contact to me, not the other way: cytoscape looks for parallel edges among the source's
      // edges whenever one is added, so 30,000 edges leaving "me" made "Expand all" quadratic (40 s).
      data: { id: `me→${c.id}`, kind: 'me-tie', source: c.id, target: ME_ID, width: strengthWidth(c.tieStrength) },
    })
  }
  for (const t of network.ties) {
    if (shown && !(shown.has(t.a) && shown.has(t.b))) continue
    elements.push({ group: 'edges', data: { id: t.id, kind: 'tie', source: t.a, target: t.b, tieKind: t.kind } })
  }
  for (const g of groups) {
    elements.push({
      group: 'nodes',
      data: { id: g.id, kind: 'group', label: g.label },
      classes: g.empty ? 'empty-group' : '',
      position: { ...g.position },
      grabbable: false,
      selectable: false,
    })
  }
  return elements
}
