import type { Core, ElementDefinition } from 'cytoscape'
import type { Point } from '../../core/layouts'

/**
 * Brings the graph in line with `defs` by id: removes what is gone, adds what is new, updates data,
 * classes and positions that changed. Returns target positions to animate to, when `animate` is set.
 */
export function syncElements(cy: Core, defs: readonly ElementDefinition[], animate: boolean): Map<string, Point> {
  const wanted = new Set(defs.map((d) => d.data.id as string))
  const targets = new Map<string, Point>()
  cy.batch(() => {
    cy.elements()
      .filter((e) => !wanted.has(e.id()))
      .remove()
    const added: ElementDefinition[] = []
    for (const def of defs) {
      const ele = cy.getElementById(def.data.id as string)
      if (ele.empty()) {
        added.push(def)
        continue
      }
      const current = ele.data() as Record<string, unknown>
      const stale = Object.keys(current).filter((k) => !(k in def.data) && k !== 'source' && k !== 'target')
      if (stale.length > 0) ele.removeData(stale.join(' '))
      if (Object.entries(def.data).some(([k, v]) => current[k] !== v)) ele.data(def.data)
      const classes = def.classes ?? ''
      if ((ele.classes() as unknown as string[]).filter((c) => BASE_CLASS.test(c)).join(' ') !== classes) {
        ele.classes(classes)
      }
      const p = def.position
      if (p && ele.isNode() && (ele.position().x !== p.x || ele.position().y !== p.y)) {
        if (animate) targets.set(ele.id(), p)
        else ele.position({ ...p })
      }
    }
    cy.add(added)
  })
  return targets
}

/** Classes set by to-cy-elements (the rest are highlights that use-map-highlights manages). */
const BASE_CLASS = /^(band-|laid-off$|multi$|empty-group$|bubble$)/
