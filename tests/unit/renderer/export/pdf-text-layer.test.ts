import { describe, expect, it } from 'vitest'
import { parseColor, placement } from '../../../../src/renderer/map/export/pdf-text-layer'

describe('parseColor', () => {
  it('reads the colour forms the SVG export writes', () => {
    expect(parseColor('#1f2933')).toEqual({ r: 31, g: 41, b: 51, a: 1 })
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 })
    expect(parseColor('rgb(228,231,235)')).toEqual({ r: 228, g: 231, b: 235, a: 1 })
    expect(parseColor('rgba(21, 26, 31, 0.8)')).toEqual({ r: 21, g: 26, b: 31, a: 0.8 })
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 })
  })

  it('answers null for what it cannot read, so the caller picks a default', () => {
    for (const value of [null, '', 'none', 'tomato', '#12345', 'rgb(1,2)', 'url(#g)']) expect(parseColor(value)).toBeNull()
  })
})

/** Just enough of an Element for `placement`: a parent and some attributes. */
function element(attributes: Record<string, string>, parent: Element | null): Element {
  return { parentElement: parent, getAttribute: (name: string) => attributes[name] ?? null } as unknown as Element
}

describe('placement', () => {
  it('composes translate and scale from the root down, right to left within a list', () => {
    const root = element({}, null)
    // As the PDF's graph group: into the graph area, scaled, then the graph's own origin.
    const graph = element({ transform: 'translate(24 92) scale(0.5) translate(-100 -40)' }, root)
    const disc = element({ opacity: '0.4' }, graph)
    const label = element({}, disc)
    const p = placement(label, root)
    expect(p.scale).toBe(0.5)
    // (x, y) ↦ (24 + 0.5·(x − 100), 92 + 0.5·(y − 40)).
    expect([p.dx, p.dy]).toEqual([24 - 50, 92 - 20])
    expect(p.opacity).toBeCloseTo(0.4, 9)
  })

  it('leaves text at the root untouched', () => {
    const root = element({}, null)
    expect(placement(element({}, root), root)).toEqual({ scale: 1, dx: 0, dy: 0, opacity: 1 })
  })

  it('reads the SVG export’s translate-only group', () => {
    const root = element({}, null)
    const graph = element({ transform: 'translate(-37.5 12)' }, root)
    expect(placement(element({}, graph), root)).toEqual({ scale: 1, dx: -37.5, dy: 12, opacity: 1 })
  })
})
