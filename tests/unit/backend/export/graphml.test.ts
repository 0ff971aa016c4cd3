import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { exportData } from '../../../../electron/backend/export/export-data'
import { graphmlText } from '../../../../src/core/export/graphml'
import { xmlAttribute, xmlText } from '../../../../src/core/export/xml-text'
import { emptyNetwork } from '../../../../src/core/network-file'
import { makeContact, makeNetwork, NOW, TODAY } from '../../helpers/builders'
import { exportNetwork } from '../../helpers/export-network'

type Data = { key: string; '#text'?: string }
type Element = { id: string; source?: string; target?: string; data?: Data[] }
interface Graphml {
  graphml: {
    xmlns: string
    key: { id: string; for: string; 'attr.name': string; 'attr.type': string; default?: string }[]
    graph: { id: string; edgedefault: string; node: Element[]; edge?: Element[] }
  }
}

/** GraphML read back with fast-xml-parser: every attribute and value kept as the text the file holds. */
function parseGraphml(text: string): Graphml {
  expect(XMLValidator.validate(text)).toBe(true)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
  })
  return parser.parse(text) as Graphml
}

/** An element's data by attr.name (node keys and edge keys are named apart in the file). */
function valuesOf(doc: Graphml, element: Element): Record<string, string> {
  const names = new Map(doc.graphml.key.map((k) => [k.id, k['attr.name']]))
  return Object.fromEntries((element.data ?? []).map((d) => [names.get(d.key), d['#text'] ?? '']))
}

const exported = () => parseGraphml(exportData(exportNetwork(), 'graphml', TODAY, new Date(NOW)).text)

describe('GraphML export', () => {
  it('is named for today and typed as GraphML', () => {
    const { fileName, mimeType } = exportData(exportNetwork(), 'graphml', TODAY, new Date(NOW))
    expect(fileName).toBe('kith-network-2026-11-26.graphml')
    expect(mimeType).toBe('application/graphml+xml')
  })

  it('declares the GraphML namespace, an undirected graph and a typed key for every value it writes', () => {
    const doc = exported()
    expect(doc.graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns')
    expect(doc.graphml.graph.edgedefault).toBe('undirected')
    const declared = new Set(doc.graphml.key.map((k) => k.id))
    expect(declared.size).toBe(doc.graphml.key.length)
    for (const key of doc.graphml.key) expect(['string', 'int', 'double', 'boolean']).toContain(key['attr.type'])
    for (const element of [...doc.graphml.graph.node, ...(doc.graphml.graph.edge ?? [])]) {
      for (const d of element.data ?? []) expect(declared.has(d.key)).toBe(true)
    }
    // Gephi reads these key ids as drawing properties; none may appear by accident.
    for (const id of ['d3', 'd7', 'x', 'y', 'z', 'size', 'r', 'g', 'b', 'id', 'edgeid']) expect(declared.has(id)).toBe(false)
  })

  it('has you and every contact as nodes, an edge to each contact and one per tie', () => {
    const { graph } = exported().graphml
    expect(graph.node.map((n) => n.id)).toEqual(['me', 'c-ana', 'c-ben', 'c-cy'])
    expect(graph.edge!.map((e) => [e.source, e.target])).toEqual([
      ['me', 'c-ana'],
      ['me', 'c-ben'],
      ['me', 'c-cy'],
      ['c-ana', 'c-ben'],
      ['c-ben', 'c-cy'],
    ])
    expect(new Set(graph.edge!.map((e) => e.id)).size).toBe(5)
  })

  it('weighs each edge by the interactions its two ends shared, leaving out a weight of 0 (Gephi would drop the edge)', () => {
    const doc = exported()
    const edges = Object.fromEntries(doc.graphml.graph.edge!.map((e) => [`${e.source}-${e.target}`, valuesOf(doc, e)]))
    expect(edges['me-c-ana']).toEqual({ weight: '3', interactions: '3', kind: 'you', 'tie strength': '4' })
    expect(edges['me-c-ben']).toEqual({ weight: '2', interactions: '2', kind: 'you', 'tie strength': '2' })
    expect(edges['me-c-cy']).toEqual({ interactions: '0', kind: 'you', 'tie strength': '2' })
    expect(edges['c-ana-c-ben']).toEqual({ weight: '2', interactions: '2', kind: 'knows' })
    expect(edges['c-ben-c-cy']).toEqual({ interactions: '0', kind: 'knows' })
    // The key's default says what a missing weight means.
    expect(doc.graphml.key.find((k) => k.id === 'weight')).toMatchObject({ for: 'edge', 'attr.type': 'double', default: '0' })
  })

  it('gives each node its attributes, with markup, quotes and accents read back exactly', () => {
    const doc = exported()
    const [me, ana, ben, cy] = doc.graphml.graph.node.map((n) => valuesOf(doc, n))
    expect(me).toEqual({ label: 'Priya Raman', name: 'Priya Raman', kind: 'me', organization: 'Northgate Health', interactions: '3' })
    expect(ana).toEqual({
      label: 'Ana Marín',
      name: 'Ana Marín',
      kind: 'contact',
      organization: '=HYPERLINK("http://evil.example","click")',
      department: 'Flow',
      industry: 'Healthcare',
      role: 'Analyst',
      'main category': 'My department',
      categories: 'My department; Authors & bloggers',
      tags: 'data; ops',
      'tie strength': '4',
      'keep in touch every (days)': '30',
      'last contact': '2026-11-20',
      'next due': '2026-12-20',
      staleness: 'Fresh',
      'on laid-off list': 'true',
      interactions: '3',
    })
    expect(ben).toMatchObject({ label: 'Ben <&> "Ode"', role: '-lead', tags: '@team', 'main category': 'Social media', 'on laid-off list': 'false' })
    expect(cy).toMatchObject({ label: 'Cy Park', interactions: '0', staleness: 'Dormant or never contacted' })
    expect(cy).not.toHaveProperty('last contact')
  })

  it('escapes ids and values, and drops characters XML 1.0 forbids', () => {
    const file = makeNetwork({ contacts: [makeContact({ id: 'x"<&>\'y', name: 'Bell\u0007 & <Co> \uFFFE\uD800 "Ltd"' })] })
    const text = graphmlText(file, TODAY)
    const doc = parseGraphml(text)
    const node = doc.graphml.graph.node[1]!
    expect(node.id).toBe('c-x"<&>\'y')
    expect(valuesOf(doc, node).label).toBe('Bell & <Co>  "Ltd"')
    expect(doc.graphml.graph.edge![0]!.target).toBe('c-x"<&>\'y')
  })

  it('keeps line breaks, tabs and carriage returns through escaping', () => {
    expect(xmlText('a\r\nb\tc')).toBe('a&#13;\nb\tc')
    expect(xmlAttribute('a\r\nb\tc"')).toBe('a&#13;&#10;b&#9;c&quot;')
  })

  it('is a valid document for an empty network: just you, no edges', () => {
    const doc = parseGraphml(graphmlText(emptyNetwork(), TODAY))
    expect(doc.graphml.graph.node.map((n) => n.id)).toEqual(['me'])
    expect(valuesOf(doc, doc.graphml.graph.node[0]!)).toMatchObject({ label: 'Me', kind: 'me', interactions: '0' })
    expect(doc.graphml.graph.edge).toBeUndefined()
  })
})
