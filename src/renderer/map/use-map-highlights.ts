import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape'
import { useEffect, type RefObject } from 'react'
import type { GroupLabel } from './to-cy-elements'
import { ME_ID } from './to-cy-elements'

export interface Highlights {
  /** Passed only so the classes are set again after the elements change. */
  readonly elements: readonly ElementDefinition[]
  readonly groups: readonly GroupLabel[]
  /** Contacts the filter lets through. */
  readonly visibleIds: ReadonlySet<string>
  readonly filterOn: boolean
  /** Contacts the search found. */
  readonly matches: ReadonlySet<string>
  /** Contacts left unfaded (a selection's circle or a requested focus); null when nobody is faded. */
  readonly focus: ReadonlySet<string> | null
  readonly tieSource: string | null
  /** The selected contact or tie. */
  readonly selectedId: string | null
}

/**
 * The working classes on the map: filters hide, search rings, focus fades, tie mode marks its first pick,
 * and the selection follows the panel. Only elements whose classes change are touched: restyling all
 * 20,000 elements of a big map takes seconds.
 */
export function useMapHighlights(cy: RefObject<Core | null>, h: Highlights): void {
  const { elements, groups, visibleIds, filterOn, matches, focus, tieSource, selectedId } = h
  useEffect(() => {
    const map = cy.current
    if (!map) return
    // A group label stays while any of its people shows (and an empty orbit sector while nothing is filtered).
    const hiddenGroups = new Set(groups.filter((g) => !g.memberIds.some((id) => visibleIds.has(id)) && !(g.empty && !filterOn)).map((g) => g.id))
    const want = (ele: SingularElementArgument, name: string, on: boolean) => {
      if (ele.hasClass(name) !== on) ele.toggleClass(name, on)
    }
    map.batch(() => {
      map.nodes().forEach((n) => {
        const id = n.id()
        const kind = n.data('kind') as string
        if (kind === 'contact') {
          want(n, 'filtered-out', !visibleIds.has(id))
          want(n, 'match', matches.has(id))
          want(n, 'faded', focus !== null && !focus.has(id))
        } else if (kind === 'group') {
          want(n, 'filtered-out', hiddenGroups.has(id))
          want(n, 'faded', focus !== null)
        }
        want(n, 'tie-source', id === tieSource)
      })
      map.edges().forEach((e) => {
        const source = e.source().id()
        want(e, 'faded', focus !== null && (!(focus.has(source) || source === ME_ID) || !focus.has(e.target().id())))
      })
    })
  }, [cy, elements, groups, filterOn, visibleIds, matches, focus, tieSource])

  useEffect(() => {
    const map = cy.current
    if (!map) return
    map.batch(() => {
      map.elements(':selected').filter((e) => e.id() !== selectedId).unselect()
      if (selectedId) map.getElementById(selectedId).select()
    })
  }, [cy, elements, selectedId])
}
