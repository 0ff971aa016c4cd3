import cytoscape, { type Core, type ElementDefinition } from 'cytoscape'
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react'
import type { Point } from '../../core/layouts'
import { useTheme } from '../shared/theme'
import { syncElements } from './element-sync'
import { fitShown, watchLabels } from './map-labels'
import { mapStyle } from './map-style'

declare global {
  interface Window {
    /** The live map, for automation and debugging. */
    cy?: Core
  }
}

export interface MapEvents {
  onTapNode(id: string): void
  onTapEdge(id: string): void
  onTapBackground(): void
  /** A bubble of the overview, or the "Collapse …" label of an opened group. */
  onTapGroup(id: string): void
  onDoubleTapNode(id: string): void
  /** A contact under the pointer, in container pixels; null when it leaves or the view moves. */
  onHover(hover: { id: string; x: number; y: number } | null): void
  /** The user dropped a dragged contact at a new place (map units). */
  onDragged(id: string, position: Point): void
}

/** Maps up to this size animate layout changes, zooms and fits; bigger ones jump (animations stall big canvases). */
export const ANIMATE_UP_TO = 1500

/**
 * Owns the one cytoscape instance of a container: created once, then kept in step with `elements` by id
 * (only what changed is touched, so a change at 5,000 contacts does not rebuild the map), destroyed with
 * the component. `layoutKey` changing (a new layout) animates nodes to their new places.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: ElementDefinition[],
  layoutKey: string,
  events: MapEvents,
): RefObject<Core | null> {
  const cyRef = useRef<Core | null>(null)
  const fitted = useRef(false)
  const lastLayout = useRef(layoutKey)
  const running = useRef<cytoscape.Layouts | null>(null)
  // The map is drawn on a canvas, out of reach of the CSS colour variables: it takes the theme's stylesheet.
  const theme = useTheme()
  const styleNow = useEffectEvent(() => mapStyle(theme))
  const emit = useEffectEvent(<K extends keyof MapEvents>(name: K, ...args: Parameters<MapEvents[K]>) =>
    (events[name] as (...a: Parameters<MapEvents[K]>) => void)(...args),
  )

  useEffect(() => {
    if (!container.current) return
    preventInlineStylesheet()
    const cy = cytoscape({
      container: container.current,
      style: styleNow(),
      layout: { name: 'preset' },
      // Low enough to fit the orbit of several thousand contacts on one screen.
      minZoom: 0.01,
      maxZoom: 4,
      // Measured: these keep panning smooth on large maps by drawing a snapshot while the view moves.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      boxSelectionEnabled: false,
      selectionType: 'single',
    })
    cy.on('tap', 'node[kind = "contact"], node[kind = "me"]', (e) => emit('onTapNode', e.target.id() as string))
    cy.on('tap', 'node[kind = "bubble"], node[kind = "group-handle"]', (e) => emit('onTapGroup', e.target.id() as string))
    cy.on('tap', 'edge[kind = "tie"]', (e) => emit('onTapEdge', e.target.id() as string))
    cy.on('tap', (e) => {
      if (e.target === cy) emit('onTapBackground')
    })
    cy.on('dbltap', 'node[kind = "contact"]', (e) => emit('onDoubleTapNode', e.target.id() as string))
    cy.on('mouseover', 'node[kind = "contact"], node[kind = "bubble"]', (e) => {
      const p = e.target.renderedPosition()
      emit('onHover', { id: e.target.id() as string, x: p.x, y: p.y })
    })
    cy.on('mouseout', 'node', () => emit('onHover', null))
    cy.on('viewport drag', () => emit('onHover', null))
    cy.on('dragfree', 'node[kind = "contact"]', (e) => {
      const p = e.target.position()
      emit('onDragged', e.target.id() as string, { x: Math.round(p.x), y: Math.round(p.y) })
    })
    const stopLabels = watchLabels(cy)
    cyRef.current = cy
    window.cy = cy
    return () => {
      stopLabels()
      cy.destroy()
      cyRef.current = null
      if (window.cy === cy) delete window.cy
    }
  }, [container])

  useEffect(() => {
    const cy = cyRef.current
    if (!cy) return
    const layoutChanged = lastLayout.current !== layoutKey
    lastLayout.current = layoutKey
    const animate = layoutChanged && cy.nodes().length <= ANIMATE_UP_TO
    // A layout switch while nodes are still gliding: finish that glide first, so the two never fight.
    if (layoutChanged) {
      running.current?.stop()
      cy.nodes().stop(true, true)
    }
    const targets = syncElements(cy, elements, animate)
    if (animate) {
      // Nodes glide to their new places while the view glides to fit where they will end up.
      const positions = Object.fromEntries(cy.nodes().map((n) => [n.id(), targets.get(n.id()) ?? n.position()]))
      const move = cy.nodes().layout({ name: 'preset', positions, animate: true, animationDuration: 450, fit: false })
      move.one('layoutstop', () => fitShown(cy, true))
      running.current = move
      move.run()
    } else if (layoutChanged) {
      fitShown(cy)
    }
    if (!fitted.current && elements.length > 1) {
      fitShown(cy)
      fitted.current = true
      // For the benchmark and for automation: the first frame with the network in it.
      cy.one('render', () => performance.mark('kith:map-drawn'))
    }
  }, [elements, layoutKey])

  useEffect(() => {
    cyRef.current?.style(mapStyle(theme))
  }, [theme])

  return cyRef
}

/**
 * Cytoscape injects an inline <style> unless an element with its stylesheet id exists; the CSP blocks
 * inline styles, so a marker takes that place and styles.css carries its one rule instead.
 */
function preventInlineStylesheet(): void {
  const id = '__________cytoscape_stylesheet'
  if (document.getElementById(id)) return
  const marker = document.createElement('meta')
  marker.id = id
  document.head.prepend(marker)
}
