import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape'
import { useEffect, type RefObject } from 'react'
import type { GroupLabel } from './to-cy-elements'
import { ME_ID } from './to-cy-elements'

const pairKey = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`)

export interface Highlights {
  /** Passed only so the classes are set again after the elements change. */
  readonly elements: readonly ElementDefinition[]
  readonly groups: readonly GroupLabel[]
  /** The overview's bubbles by id, with the people inside each: a bubble rings when it holds a match and fades when it holds nobody in focus. */
  readonly bubbles: ReadonlyMap<string, readonly string[]>
  /** Contacts the filter lets through. */
  readonly visibleIds: ReadonlySet<string>
  readonly filterOn: boolean
  /** Contacts the search found. */
  readonly matches: ReadonlySet<string>
  /** Contacts left unfaded (a selection's circle or a requested focus); null when nobody is faded. */
  readonly focus: ReadonlySet<string> | null
  /** With a focus: the only links left unfaded, drawn highlighted (an introduction path), as pairs of ids. */
  readonly pathLinks: readonly (readonly [string, string])[] | null
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
  const { elements, groups, bubbles, visibleIds, filterOn, matches, focus, pathLinks, tieSource, selectedId } = h
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
        } else if (kind === 'bubble') {
          const members = bubbles.get(id) ?? []
          want(n, 'match', matches.size > 0 && members.some((m) => matches.has(m)))
          want(n, 'faded', focus !== null && !members.some((m) => focus.has(m)))
        } else if (kind === 'group-handle') {
          want(n, 'faded', focus !== null)
        } else if (kind === 'group') {
          want(n, 'filtered-out', hiddenGroups.has(id))
          want(n, 'faded', focus !== null)
        }
        want(n, 'tie-source', id === tieSource)
      })
      // A path link with no edge of its own (an introduction recorded only as "introduced by") gets one for
      // as long as the path shows; the next sync of the elements removes it.
      map.edges('.path-extra').remove()
      const onPath = new Set((pathLinks ?? []).map(([a, b]) => pairKey(a, b)))
      map.edges().forEach((e) => {
        const source = e.source().id()
        const key = pairKey(source, e.target().id())
        const path = onPath.delete(key)
        want(e, 'path', path)
        want(e, 'faded', focus !== null && (pathLinks ? !path : !(inFocus(focus, source) && inFocus(focus, e.target().id()))))
      })
      for (const key of onPath) {
        const [source, target] = key.split('\n') as [string, string]
        if (map.getElementById(source).nonempty() && map.getElementById(target).nonempty()) {
          map.add({ group: 'edges', data: { id: `path:${key}`, kind: 'path-link', source, target }, classes: 'path path-extra' })
        }
      }
    })
  }, [cy, elements, groups, bubbles, filterOn, visibleIds, matches, focus, pathLinks, tieSource])

  useEffect(() => {
    const map = cy.current
    if (!map) return
    map.batch(() => {
      map.elements(':selected').filter((e) => e.id() !== selectedId).unselect()
      if (selectedId) map.getElementById(selectedId).select()
    })
  }, [cy, elements, selectedId])
}

/** Whether an end of an edge stays bright while `focus` is shown: the user always does. */
const inFocus = (focus: ReadonlySet<string>, id: string): boolean => id === ME_ID || focus.has(id)
