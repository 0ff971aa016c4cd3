import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape'
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react'
import type { MapFocus } from './MapView'
import { fitShown, panCentring } from './map-labels'
import { ANIMATE_UP_TO } from './use-cytoscape'

/** Fitting a handful of people zooms no closer than this. */
const FOCUS_MAX_ZOOM = 1.6

/** Fits `eles` in view, but a single match or a tight group stays at a readable zoom instead of filling the screen. */
function fitNoCloserThan(map: Core, eles: CollectionReturnValue, padding: number, animate: boolean): void {
  // Centred on the people, not their names: a name beside its node would pull the view off-centre.
  const box = eles.boundingBox({ includeLabels: false })
  const fitZoom = Math.min((map.width() - 2 * padding) / Math.max(box.w, 1), (map.height() - 2 * padding) / Math.max(box.h, 1))
  const zoom = Math.max(map.minZoom(), Math.min(fitZoom, FOCUS_MAX_ZOOM))
  const pan = panCentring(map, { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 }, zoom)
  if (animate) map.animate({ zoom, pan }, { duration: 300 })
  else map.viewport({ zoom, pan })
}

export interface MapViewport {
  zoom(factor: number): void
  /** Everything shown, in view. */
  fit(): void
  /** Close enough to one person to read their neighbourhood. */
  zoomTo(id: string): void
}

/**
 * Where the map looks: a focus asked for from elsewhere (a gap) is brought into view once its people are on
 * the map, and everyone again when it ends; what the search found once typing pauses (only when the query
 * changes, not on every save); plus the zoom buttons and keys.
 */
export function useMapViewport(
  cy: RefObject<Core | null>,
  inputs: {
    readonly elements: readonly ElementDefinition[]
    readonly requested: MapFocus | null
    readonly query: string
    readonly found: readonly string[]
    /** The filter: when the user changes it, the view fits what is left. */
    readonly filter: unknown
    /** The selected person: brought into view when they are off screen (say, just out of a bubble). */
    readonly selectedId: string | null
  },
): MapViewport {
  const { elements, requested, query, filter, selectedId } = inputs
  const shownSelection = useRef<string | null>(null)
  useEffect(() => {
    const map = cy.current
    if (!map || !selectedId || shownSelection.current === selectedId) return
    const node = map.getElementById(selectedId)
    if (node.empty()) return
    shownSelection.current = selectedId
    const view = map.extent()
    const { x, y } = node.position()
    if (x >= view.x1 && x <= view.x2 && y >= view.y1 && y <= view.y2) return
    fitNoCloserThan(map, node, 120, map.nodes().length <= ANIMATE_UP_TO)
  }, [cy, elements, selectedId])

  const fittedFocus = useRef<MapFocus | null>(null)
  useEffect(() => {
    const map = cy.current
    if (!map || fittedFocus.current === requested) return
    if (!requested) {
      fittedFocus.current = null
      fitShown(map)
      return
    }
    const wanted = new Set(requested.ids)
    const people = map.nodes().filter((n) => wanted.has(n.id()))
    if (people.empty()) return
    fittedFocus.current = requested
    fitNoCloserThan(map, people, 90, false)
  }, [cy, elements, requested])

  // A filter shows a different set of people: bring all of them into view (a search zoom may have left
  // most of them outside). Not on the first run: the map fits itself when it is first drawn.
  const lastFilter = useRef(filter)
  useEffect(() => {
    const map = cy.current
    if (!map || lastFilter.current === filter) return
    lastFilter.current = filter
    fitShown(map, map.nodes().length <= ANIMATE_UP_TO)
  }, [cy, filter])

  const zoomToMatches = useEffectEvent(() => {
    const map = cy.current
    const wanted = new Set(inputs.found)
    const found = map?.nodes().filter((n) => wanted.has(n.id()))
    if (!map || !found || found.empty()) return
    fitNoCloserThan(map, found, 120, map.nodes().length <= ANIMATE_UP_TO)
  })
  useEffect(() => {
    if (query.trim() === '') return
    const timer = setTimeout(zoomToMatches, 350)
    return () => clearTimeout(timer)
  }, [query])

  return {
    zoom(factor) {
      const map = cy.current
      if (!map) return
      const box = map.container()?.getBoundingClientRect()
      map.zoom({ level: map.zoom() * factor, renderedPosition: { x: (box?.width ?? 0) / 2, y: (box?.height ?? 0) / 2 } })
    },
    fit() {
      if (cy.current) fitShown(cy.current)
    },
    zoomTo(id) {
      const map = cy.current
      const node = map?.getElementById(id)
      if (!map || !node || node.empty()) return
      const target = { center: { eles: node }, zoom: Math.max(map.zoom(), FOCUS_MAX_ZOOM) }
      if (map.nodes().length <= ANIMATE_UP_TO) map.animate(target, { duration: 300 })
      else map.zoom(target.zoom).center(node)
    },
  }
}
