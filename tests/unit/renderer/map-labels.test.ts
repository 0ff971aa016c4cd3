import cytoscape from 'cytoscape'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { watchLabels } from '../../../src/renderer/map/map-labels'
import { mapStyle } from '../../../src/renderer/map/map-style'

afterEach(() => {
  vi.useRealTimers()
})

describe('watchLabels', () => {
  it('leaves no restyle behind once stopped, even after a zoom restyled the names at once', () => {
    vi.useFakeTimers()
    const cy = cytoscape({ headless: true, styleEnabled: true, style: mapStyle('light') })
    cy.add([
      { data: { id: 'me', kind: 'me', label: 'Priya Raman' }, position: { x: 0, y: 0 } },
      { data: { id: 'a', kind: 'contact', label: 'Ada Costa' }, position: { x: 120, y: 0 } },
    ])
    const stop = watchLabels(cy)
    // A new person asks for a restyle shortly; zooming out across a label step restyles at once, before it.
    cy.add({ data: { id: 'b', kind: 'contact', label: 'Ben Berg' }, position: { x: -120, y: 0 } })
    cy.zoom(0.2)
    expect(Number.parseFloat(String(cy.$id('a').style('font-size')))).toBeGreaterThan(11)
    // The map view closes: the restyle that was due must not run on the destroyed map (in the browser it
    // threw "Cannot read properties of null (reading 'notify')").
    stop()
    const batch = vi.spyOn(cy, 'batch')
    cy.destroy()
    vi.advanceTimersByTime(1000)
    expect(batch).not.toHaveBeenCalled()
  })
})
