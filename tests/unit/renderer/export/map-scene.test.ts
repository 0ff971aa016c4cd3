import { describe, expect, it } from 'vitest'
import { BAND_LOOKS, LAID_OFF_RING, ME_COLOR, ME_EDGE_COLOR, ME_SIZE, NODE_SIZE, TIE_COLOR, TIE_WIDTH } from '../../../../src/renderer/shared/encodings'
import { sceneFromCy, type SceneDisc, type SceneNode } from '../../../../src/renderer/map/export/map-scene'
import { CATEGORY_COLORS, strengthWidth } from '../../../../src/renderer/shared/encodings'
import { fixtureMap, TRICKY_NAME } from './map-fixture'

const disc = (nodes: readonly SceneNode[], id: string): SceneDisc => {
  const n = nodes.find((x) => x.id === id)
  if (!n || n.kind === 'group') throw new Error(`no disc ${id}`)
  return n
}

describe('sceneFromCy', () => {
  const { cy } = fixtureMap()
  const scene = sceneFromCy(cy)

  it('keeps only what is visible (a filtered-out contact and the edges to it are left out), me drawn above the people', () => {
    expect(scene.nodes.map((n) => n.id)).toEqual(['a', 'b', 'd', 'me', 'group:acme'])
    expect(scene.edges.map((e) => e.id).sort()).toEqual(['me→a', 'me→b', 'me→d', 't1'].sort())
  })

  it('gives a multi-category contact one pie slice per category, in its own order', () => {
    expect(disc(scene.nodes, 'a').fills).toEqual([
      { color: CATEGORY_COLORS.author, share: 0.5 },
      { color: CATEGORY_COLORS.social, share: 0.5 },
    ])
    expect(disc(scene.nodes, 'b').fills).toEqual([{ color: CATEGORY_COLORS.leader, share: 1 }])
  })

  it('takes fill opacity and border from the staleness band', () => {
    const ana = disc(scene.nodes, 'a')
    const ben = disc(scene.nodes, 'b')
    expect(ana.fillOpacity).toBe(BAND_LOOKS.fresh.fillOpacity)
    expect(ana.border).toEqual({ style: 'solid', color: BAND_LOOKS.fresh.borderColor, width: BAND_LOOKS.fresh.borderWidth })
    expect(ben.fillOpacity).toBe(BAND_LOOKS.overdue.fillOpacity)
    expect(ben.border).toEqual({ style: 'dashed', color: BAND_LOOKS.overdue.borderColor, width: BAND_LOOKS.overdue.borderWidth })
  })

  it('rings only contacts on the laid-off list', () => {
    expect(disc(scene.nodes, 'a').ring).toEqual({ color: LAID_OFF_RING.color, width: LAID_OFF_RING.width, offset: LAID_OFF_RING.offset })
    expect(disc(scene.nodes, 'b').ring).toBeNull()
  })

  it('draws me larger, in its own colour, and keeps faded nodes translucent', () => {
    const me = disc(scene.nodes, 'me')
    expect(me).toMatchObject({ kind: 'me', diameter: ME_SIZE, fills: [{ color: ME_COLOR, share: 1 }], opacity: 1 })
    expect(me.label?.text).toBe('Priya Raman')
    expect(disc(scene.nodes, 'a')).toMatchObject({ diameter: NODE_SIZE, opacity: 1 })
    expect(disc(scene.nodes, 'b').opacity).toBeLessThan(0.5)
  })

  it('keeps labels as given, and cluster names as text-only group nodes', () => {
    expect(disc(scene.nodes, 'd').label?.text).toBe(TRICKY_NAME)
    const group = scene.nodes.find((n) => n.kind === 'group')
    expect(group).toMatchObject({ kind: 'group', x: 130, y: -60, label: { text: 'Acme & Co' } })
  })

  it('reads label typography from the stylesheet, so a restyled label exports as shown', () => {
    const restyled = fixtureMap().cy
    restyled.$id('group:acme').style({ 'font-style': 'italic', color: '#b42318' })
    const group = sceneFromCy(restyled).nodes.find((n) => n.id === 'group:acme')
    expect(group?.label).toMatchObject({ italic: true, color: 'rgb(180,35,24)' })
    expect(disc(scene.nodes, 'me').label).toMatchObject({ italic: false, weight: 600 })
  })

  it('exports a name where the map placed it: beside its node, or above it, at the size it was drawn', () => {
    const placed = fixtureMap().cy
    placed.$id('a').style({ 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 3, 'font-size': 22 })
    placed.$id('b').style({ 'text-halign': 'left', 'text-valign': 'top', 'text-margin-x': -3, 'text-margin-y': -3 })
    const nodes = sceneFromCy(placed).nodes
    expect(disc(nodes, 'a').label).toMatchObject({ x: 120 + NODE_SIZE / 2 + 3, anchor: 'start', size: 22 })
    expect(disc(nodes, 'a').label!.top).toBeLessThan(0)
    expect(disc(nodes, 'b').label).toMatchObject({ x: -150 - NODE_SIZE / 2 - 3, anchor: 'end' })
    expect(disc(nodes, 'b').label!.top).toBeLessThan(40 - NODE_SIZE / 2 - 3 - 11)
    expect(disc(nodes, 'd').label).toMatchObject({ x: 10, anchor: 'middle' })
  })

  it('runs edges between node centres, me-ties by strength, ties thin and grey', () => {
    const meToA = scene.edges.find((e) => e.id === 'me→a')
    expect(meToA).toMatchObject({ kind: 'me-tie', x1: 0, y1: 0, x2: 120, y2: 0, width: strengthWidth(5), color: ME_EDGE_COLOR })
    expect(scene.edges.find((e) => e.id === 'me→b')?.width).toBe(strengthWidth(1))
    expect(scene.edges.find((e) => e.id === 't1')).toMatchObject({ kind: 'tie', x1: 120, y1: 0, x2: -150, y2: 40, width: TIE_WIDTH, color: TIE_COLOR })
  })

  it('bounds every visible disc with its ring and label, and nothing hidden', () => {
    const { x1, y1, w, h } = scene.bbox
    for (const n of scene.nodes) {
      const r = n.kind === 'group' ? 0 : n.diameter / 2
      expect(n.x - r).toBeGreaterThanOrEqual(x1)
      expect(n.x + r).toBeLessThanOrEqual(x1 + w)
      expect(n.y - r).toBeGreaterThanOrEqual(y1)
      if (n.label) expect(n.label.top + n.label.size).toBeLessThanOrEqual(y1 + h)
    }
    // Ana's ring reaches past her disc; Cleo at y = 300 is hidden and does not stretch the box.
    expect(x1 + w).toBeGreaterThan(120 + NODE_SIZE / 2 + LAID_OFF_RING.offset)
    expect(y1 + h).toBeLessThan(100)
  })

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(scene))).toEqual(scene)
  })
})
