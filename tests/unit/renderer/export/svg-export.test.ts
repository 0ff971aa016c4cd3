import { describe, expect, it } from 'vitest'
import { CATEGORY_LABELS } from '../../../../src/core/categories'
import { STALENESS_LABELS } from '../../../../src/core/staleness'
import { LAID_OFF_RING } from '../../../../src/renderer/shared/encodings'
import { sceneFromCy, type MapScene } from '../../../../src/renderer/map/export/map-scene'
import { buildMapSvg, escapeXml } from '../../../../src/renderer/map/export/svg-export'
import { NO_FILTER } from '../../../../src/renderer/map/filters'
import { CATEGORY_COLORS } from '../../../../src/renderer/shared/encodings'
import { fixtureMap, TRICKY_NAME } from './map-fixture'
import { findAll, parseXml, textOf, type XmlElement } from './xml-check'

const HEADER = { title: 'Priya Raman — network map', subtitle: '26 November 2026' }

function build(background: 'solid' | 'transparent' = 'solid', filter = NO_FILTER) {
  const { cy, legend, hiddenName, visibleNames } = fixtureMap(filter)
  const scene = sceneFromCy(cy)
  const svg = buildMapSvg(scene, legend, HEADER, { background })
  return { svg, root: parseXml(svg), scene, hiddenName, visibleNames }
}

const texts = (root: XmlElement) => findAll(root, 'text').map(textOf)

/** The group holding the graph: the one translated into the graph area. */
const graphGroup = (root: XmlElement) => {
  const g = root.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'g' && 'transform' in c.attributes)
  if (!g) throw new Error('no graph group')
  return g
}

describe('parseXml (the test helper)', () => {
  it('reads a well-formed document and decodes entities', () => {
    const root = parseXml(`<?xml version="1.0"?>\n<a x="1 &amp; 2"><b>&lt;&#x263A;&#65;&apos;</b><c/></a>`)
    expect(root.attributes.x).toBe('1 & 2')
    expect(textOf(root)).toBe("<☺A'")
  })

  it.each([
    ['bad nesting', '<a><b></a></b>'],
    ['an unescaped ampersand', '<a>Q&A</a>'],
    ['a raw < in an attribute', '<a t="<"/>'],
    ['a duplicate attribute', '<a t="1" t="2"/>'],
    ['two roots', '<a/><b/>'],
    ['an unclosed element', '<a><b/>'],
    ['a control character', '<a>\u0001</a>'],
    ['a bare ampersand in an attribute', '<a t="Q&A"/>'],
    ['an entity XML does not predefine', '<a>&nbsp;</a>'],
    ['text after the root', '<a/>junk'],
  ])('rejects %s', (_, source) => {
    expect(() => parseXml(source)).toThrow()
  })
})

describe('buildMapSvg', () => {
  it('is a well-formed standalone SVG 1.1 document sized to its view box', () => {
    const { svg, root } = build()
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(root.name).toBe('svg')
    expect(root.attributes).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', version: '1.1' })
    const width = Number(root.attributes.width)
    const height = Number(root.attributes.height)
    expect(width).toBeGreaterThan(0)
    expect(height).toBeGreaterThan(0)
    expect(root.attributes.viewBox).toBe(`0 0 ${width} ${height}`)
  })

  it('names every visible contact and me, and not the filtered-out contact', () => {
    const { svg, root, hiddenName, visibleNames } = build()
    const all = texts(root)
    for (const name of visibleNames) expect(all).toContain(name)
    expect(svg).not.toContain(hiddenName)
  })

  it('escapes < & " \' in names, and the parsed text reads as typed', () => {
    const { svg, root } = build()
    expect(svg).not.toContain(TRICKY_NAME)
    expect(svg).toContain('Zoë &lt;&quot;Q&amp;A&quot;&gt; O&apos;Neil')
    expect(texts(root)).toContain(TRICKY_NAME)
    expect(texts(root)).toContain('Acme & Co')
  })

  it('puts the title and subtitle in the header and in the document title', () => {
    const { root } = build()
    expect(texts(root)).toEqual(expect.arrayContaining([HEADER.title, HEADER.subtitle]))
    expect(findAll(root, 'title').map(textOf)).toEqual([HEADER.title])
  })

  it('explains every encoding in the legend, with counts and "none" for empty categories', () => {
    const { root } = build()
    const all = texts(root)
    for (const label of [...Object.values(CATEGORY_LABELS), ...Object.values(STALENESS_LABELS)]) expect(all).toContain(label)
    expect(all).toEqual(expect.arrayContaining(['On my laid-off list', 'Know each other', 'Pie: several categories']))
    // Visible: Ana (author and social), Ben (leader), Zoë (department), so four categories are empty; and nobody shown is new or dormant.
    expect(all.filter((t) => t === 'none')).toHaveLength(6)
  })

  it('adds the filter note when a filter is active, and not otherwise', () => {
    expect(texts(build().root).join(' ')).not.toContain('strength 2–5')
    const filtered = texts(build('solid', { ...NO_FILTER, minStrength: 2 }).root).join(' ')
    expect(filtered).toContain('strength 2–5')
  })

  it('draws edges under nodes, pies as arcs, dashed borders and the laid-off ring', () => {
    const { root, scene } = build()
    const graph = graphGroup(root)
    const [edges, ...nodes] = graph.children.filter((c): c is XmlElement => typeof c !== 'string')
    expect(findAll(edges!, 'line')).toHaveLength(scene.edges.length)
    expect(nodes).toHaveLength(scene.nodes.length)
    const paths = findAll(graph, 'path')
    expect(paths.map((p) => p.attributes.fill)).toEqual([CATEGORY_COLORS.author, CATEGORY_COLORS.social])
    for (const p of paths) expect(p.attributes.d).toMatch(/^M[^A]+A/)
    const circles = findAll(graph, 'circle')
    expect(circles.filter((c) => c.attributes['stroke-dasharray'])).toHaveLength(1) // Ben, overdue
    expect(circles.filter((c) => c.attributes.stroke === LAID_OFF_RING.color)).toHaveLength(1) // Ana
  })

  it('fades faded nodes as a whole', () => {
    const { root, scene } = build()
    const nodes = graphGroup(root).children.filter((c): c is XmlElement => typeof c !== 'string').slice(1)
    const ben = nodes[scene.nodes.findIndex((n) => n.id === 'b')]
    expect(Number(ben?.attributes.opacity)).toBeLessThan(0.5)
    expect(nodes.filter((n) => 'opacity' in n.attributes)).toHaveLength(1)
  })

  it('fills the page only with a solid background', () => {
    const isPage = (w: string, h: string) => (r: XmlElement) => r.attributes.width === w && r.attributes.height === h && r.attributes.fill === '#ffffff'
    const solid = build('solid').root
    const transparent = build('transparent').root
    expect(findAll(solid, 'rect').some(isPage(solid.attributes.width!, solid.attributes.height!))).toBe(true)
    expect(findAll(transparent, 'rect').some(isPage(transparent.attributes.width!, transparent.attributes.height!))).toBe(false)
  })

  it('stays well-formed with characters XML cannot hold, and with an empty map', () => {
    const { legend } = fixtureMap()
    const empty: MapScene = { bbox: { x1: 0, y1: 0, w: 0, h: 0 }, nodes: [], edges: [] }
    const svg = buildMapSvg(empty, legend, { title: 'Bad\u0000name\uD800', subtitle: '\u001b[31m' }, { background: 'transparent' })
    expect(findAll(parseXml(svg), 'title').map(textOf)).toEqual(['Badname'])
  })

  it('cuts long labels with an ellipsis as the map does', () => {
    const { cy, legend } = fixtureMap()
    cy.$id('a').data('label', 'Maximiliana Alexandra Fitzgerald-Montgomery')
    const root = parseXml(buildMapSvg(sceneFromCy(cy), legend, HEADER, { background: 'solid' }))
    const cut = texts(root).find((t) => t.startsWith('Maximiliana'))
    expect(cut?.endsWith('…')).toBe(true)
    expect(cut!.length).toBeLessThan(30)
  })
})

describe('escapeXml', () => {
  it('escapes the five reserved characters and keeps astral characters whole', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;')
    expect(escapeXml('Ana 👩🏽‍💻 李')).toBe('Ana 👩🏽‍💻 李')
  })
})
