import { describe, expect, it } from 'vitest'
import { BASE_FONT, fitView, labelScale, MIN_LABEL_PX, placeLabels, type Box, type LabelItem } from '../../../src/renderer/map/label-fit'

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2

const contact = (id: string, x: number, y: number, text = `Person ${id}`): LabelItem => ({ id, kind: 'contact', x, y, radius: 11, text, weight: 400, priority: 3 })
const me: LabelItem = { id: 'me', kind: 'me', x: 0, y: 0, radius: 27, text: 'Priya Raman', weight: 600, priority: 0 }

/** Contacts on one ring round me, like the orbit's. */
const ring = (n: number, r: number): LabelItem[] => Array.from({ length: n }, (_, i) => contact(`c${i}`, r * Math.cos((2 * Math.PI * i) / n), r * Math.sin((2 * Math.PI * i) / n)))

describe('labelScale', () => {
  it('keeps names at their base size once they are legible, and never below the minimum on screen', () => {
    expect(labelScale(1)).toBe(1)
    expect(labelScale(4)).toBe(1)
    for (const zoom of [0.9, 0.6, 0.37, 0.2, 0.05]) {
      expect(BASE_FONT.contact * labelScale(zoom) * zoom).toBeGreaterThanOrEqual(MIN_LABEL_PX - 1e-9)
      // In steps, so not much above the minimum either.
      expect(BASE_FONT.contact * labelScale(zoom) * zoom).toBeLessThan(MIN_LABEL_PX * 1.13)
    }
  })

  it('changes only when the zoom crosses a step', () => {
    expect(labelScale(0.5)).toBe(labelScale(0.49))
    expect(new Set([0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6].map(labelScale)).size).toBeGreaterThan(3)
  })
})

describe('placeLabels', () => {
  it('leaves out the names a crowded map cannot hold, and the shown ones stay apart', () => {
    // 40 people packed on a small ring with names 4× their size: most names would pile on each other.
    const spots = placeLabels([me, ...ring(40, 120)], 4, me)
    const shown = [...spots.entries()].filter(([id, p]) => id !== 'me' && !p.hidden)
    const hidden = [...spots.values()].filter((p) => p.hidden)
    expect(hidden.length).toBeGreaterThan(0)
    expect(shown.length).toBeGreaterThan(0)
    expect(spots.get('me')?.hidden).toBeUndefined()
    const area = (b: Box) => (b.x2 - b.x1) * (b.y2 - b.y1)
    const common = (a: Box, b: Box) => Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1))
    for (const [i, [, a]] of shown.entries()) {
      const covered = shown.filter((_, j) => j < i).reduce((sum, [, b]) => sum + common(a.box, b.box), 0)
      expect(covered).toBeLessThanOrEqual(0.2 * area(a.box))
    }
  })

  it('shows every bubble count that has room, and on a tiny map keeps the bigger bubbles\' counts apart from the rest', () => {
    const bubble = (id: string, x: number, radius: number): LabelItem => ({ id, kind: 'bubble', x, y: 0, radius, text: '1,152', weight: 700, priority: 0 })
    const row = [bubble('small', 0, 20), bubble('big', 60, 40), bubble('far', 400, 30)]
    expect([...placeLabels(row, 1, me).values()].some((p) => p.hidden)).toBe(false)
    // Zoomed far out, counts are drawn many times their size: "small" and "big" would print over each other.
    const tiny = placeLabels(row, 6, me)
    expect(tiny.get('big')?.hidden).toBeUndefined()
    expect(tiny.get('small')?.hidden).toBe(true)
    expect(tiny.get('far')?.hidden).toBeUndefined()
  })

  it('draws a small bubble no smaller than its count when zoomed far out, and a big one at its own size', () => {
    const bubble = (id: string, x: number, radius: number, text: string): LabelItem => ({ id, kind: 'bubble', x, y: 0, radius, text, weight: 700, priority: 0 })
    const items = [bubble('tiny', 0, 2, '22'), bubble('big', 600, 200, '21,466')]
    for (const scale of [1, 4, 16]) {
      const spots = placeLabels(items, scale, me)
      const tiny = spots.get('tiny')!
      expect(tiny.diameter).toBeGreaterThan(tiny.box.x2 - tiny.box.x1)
      if (scale < 16) expect(spots.get('big')?.diameter).toBeUndefined()
    }
    // So far out that even "21,466" is wider than its own bubble: that one holds its count too.
    expect(placeLabels(items, 16, me).get('big')!.diameter).toBeGreaterThan(400)
    // The floor is for the count, so it grows with the label and not with the bubble's own size.
    expect(placeLabels(items, 16, me).get('tiny')!.diameter).toBeGreaterThan(4 * placeLabels(items, 1, me).get('tiny')!.diameter!)
  })

  it('keeps counts a little apart: of two that would touch, the smaller bubble\'s waits for a closer zoom', () => {
    const bubble = (id: string, x: number, radius: number): LabelItem => ({ id, kind: 'bubble', x, y: 300, radius, text: '617', weight: 700, priority: 0 })
    const spots = placeLabels([bubble('big', 0, 12), bubble('small', 1, 10)], 1, me)
    const width = spots.get('big')!.box.x2 - spots.get('big')!.box.x1
    // Side by side with no gap between the counts.
    const touching = placeLabels([bubble('big', 0, 12), bubble('small', width, 10)], 1, me)
    expect(overlaps(touching.get('big')!.box, touching.get('small')!.box)).toBe(false)
    expect(touching.get('small')?.hidden).toBe(true)
    // Drawn at its own size while its count waits: a crowd of small groups stays a scatter, not a blot.
    expect(touching.get('small')?.diameter).toBeUndefined()
    expect(touching.get('big')?.diameter).toBeGreaterThan(24)
    expect(placeLabels([bubble('big', 0, 12), bubble('small', 3 * width, 10)], 1, me).get('small')?.hidden).toBeUndefined()
    expect(spots.get('small')?.hidden).toBe(true)
  })

  it('writes my name first, and a count in its way waits: bubbles all round me', () => {
    const around = Array.from({ length: 12 }, (_, i): LabelItem => {
      const a = (2 * Math.PI * i) / 12
      return { id: `b${i}`, kind: 'bubble', x: 45 * Math.cos(a), y: 45 * Math.sin(a), radius: 8, text: '24', weight: 700, priority: 0 }
    })
    const spots = placeLabels([me, ...around], 1, me)
    const mine = spots.get('me')!
    expect(mine.hidden).toBeUndefined()
    const shown = around.filter((b) => !spots.get(b.id)!.hidden)
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.length).toBeLessThan(around.length)
    for (const b of shown) expect(overlaps(spots.get(b.id)!.box, mine.box)).toBe(false)
  })

  it('hides nothing when there is room', () => {
    const spots = placeLabels([me, ...ring(12, 400)], 1, me)
    expect([...spots.values()].some((p) => p.hidden)).toBe(false)
  })

  it('puts a name below its node when nothing is in the way', () => {
    const spots = placeLabels([me, contact('a', 0, 200)], 1, me)
    expect(spots.get('a')?.spot).toBe('bottom')
    expect(spots.get('a')?.box.y1).toBeGreaterThan(211)
  })

  it('moves a name aside when a neighbour sits where it would go', () => {
    const spots = placeLabels([me, contact('a', 0, 200, 'Andre Thompson'), contact('b', 0, 225, 'Miriam Cole')], 1, me)
    expect(overlaps(spots.get('a')!.box, spots.get('b')!.box)).toBe(false)
    expect(spots.get('a')?.spot).not.toBe('bottom')
  })

  it('keeps people’s names off group labels, other names and every node, me included', () => {
    const items = [me, ...ring(16, 160), { id: 'g', kind: 'group' as const, x: 0, y: -240, radius: 0, text: 'Authors & bloggers', weight: 600, priority: 0 }]
    const spots = placeLabels(items, 1, me)
    const boxes = [...spots.values()].map((p) => p.box)
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false)
    for (const item of items.filter((i) => i.kind !== 'group')) {
      const body = { x1: item.x - item.radius, y1: item.y - item.radius, x2: item.x + item.radius, y2: item.y + item.radius }
      for (const [id, p] of spots) if (id !== item.id) expect(overlaps(p.box, body)).toBe(false)
    }
  })

  it('sizes names for the scale it is given', () => {
    expect(placeLabels([contact('a', 0, 0)], 2, me).get('a')?.fontSize).toBe(2 * BASE_FONT.contact)
  })
})

describe('fitView', () => {
  const screen = { width: 600, height: 560, padding: 32, minZoom: 0.01, maxZoom: 1.5 }

  it('fits every node and name in the view, with names legible at that zoom', () => {
    const items = [me, ...ring(12, 150), ...ring(20, 450).map((c) => ({ ...c, id: `o${c.id}` }))]
    const view = fitView(items, me, screen, true)!
    expect(BASE_FONT.contact * labelScale(view.zoom) * view.zoom).toBeGreaterThanOrEqual(9)
    const spots = placeLabels(items, view.scale, me)
    for (const p of spots.values()) {
      const left = screen.width / 2 + (p.box.x1 - view.center.x) * view.zoom
      const right = screen.width / 2 + (p.box.x2 - view.center.x) * view.zoom
      const top = screen.height / 2 + (p.box.y1 - view.center.y) * view.zoom
      const bottom = screen.height / 2 + (p.box.y2 - view.center.y) * view.zoom
      expect(left).toBeGreaterThanOrEqual(0)
      expect(right).toBeLessThanOrEqual(screen.width)
      expect(top).toBeGreaterThanOrEqual(0)
      expect(bottom).toBeLessThanOrEqual(screen.height)
    }
  })

  it('zooms no closer than allowed for a few people, and ignores names when asked (big maps)', () => {
    expect(fitView([me, contact('a', 100, 0)], me, screen, true)?.zoom).toBe(1.5)
    expect(fitView([me, ...ring(8, 1000)], me, screen, false)?.scale).toBe(1)
    expect(fitView([], me, screen, true)).toBeNull()
  })
})
