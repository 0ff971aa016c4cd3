import cytoscape, { type Core, type ElementDefinition } from 'cytoscape'
import { useEffect, useEffectEvent, useRef, type RefObject } from 'react'
import { MAP_STYLE } from './map-style'

declare global {
  interface Window {
    /** The live map, for automation and debugging. */
    cy?: Core
  }
}

/**
 * Owns the one cytoscape instance of a container: created once, fed new elements when they change,
 * destroyed with the component. Fits the view the first time there is something to show.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  elements: ElementDefinition[],
  selectedId: string | null,
  onTapNode: (id: string | null) => void,
): RefObject<Core | null> {
  const cyRef = useRef<Core | null>(null)
  const onTap = useEffectEvent(onTapNode)
  const fitted = useRef(false)

  useEffect(() => {
    if (!container.current) return
    preventInlineStylesheet()
    const cy = cytoscape({
      container: container.current,
      style: MAP_STYLE,
      layout: { name: 'preset' },
      minZoom: 0.1,
      maxZoom: 4,
      // Measured: these keep panning smooth on large maps by drawing a snapshot while the view moves.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      boxSelectionEnabled: false,
      // Positions come from the layout and are recomputed on each change, so dragging would not stick.
      autoungrabify: true,
    })
    cy.on('tap', 'node', (event) => onTap(event.target.id() as string))
    cy.on('tap', (event) => {
      if (event.target === cy) onTap(null)
    })
    cyRef.current = cy
    window.cy = cy
    return () => {
      cy.destroy()
      cyRef.current = null
      if (window.cy === cy) delete window.cy
    }
  }, [container])

  useEffect(() => {
    const cy = cyRef.current
    if (!cy) return
    cy.batch(() => {
      cy.elements().remove()
      cy.add(elements)
    })
    if (!fitted.current && elements.length > 1) {
      cy.fit(undefined, 40)
      fitted.current = true
      // For the benchmark and for automation: the first frame with the network in it.
      cy.one('render', () => performance.mark('kith:map-drawn'))
    }
  }, [elements])

  // Elements are replaced on every change; keep the map's selection in step with the details panel.
  useEffect(() => {
    const cy = cyRef.current
    if (!cy) return
    cy.nodes(':selected').unselect()
    if (selectedId) cy.getElementById(selectedId).select()
  }, [elements, selectedId])

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
