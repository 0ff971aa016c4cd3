import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { csvText } from '../../../../electron/backend/export/csv-text'
import { guardFormula } from '../../../../src/core/export/formula-guard'
import { graphmlText } from '../../../../src/core/export/graphml'
import { makeContact, makeNetwork, TODAY } from '../../helpers/builders'

/** Any text, including quotes, commas, line breaks, markup, controls, astral characters and lone surrogates. */
const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('"', ',', '\r', '\n', '\t', '<', '&', '>', "'", '=', '+', '-', '@', '\0', '\u0007', '\uD800', '\uFFFE'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 40 })

/** What a UTF-8 file can carry: a lone surrogate has no encoding and is written as U+FFFD. */
const utf8Carries = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')

/** What XML 1.0 can carry of a text: the writer drops the rest. */
const xmlCarries = (text: string) => text.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')

describe('escaping, for any text', () => {
  it('a CSV cell reads back as written, after the formula guard', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyText, { minLength: 3, maxLength: 3 }), { maxLength: 5 }), (rows) => {
        const read = parse(csvText({ header: ['a', 'b', 'c'], rows }), { bom: true }) as string[][]
        expect(read).toEqual([['a', 'b', 'c'], ...rows.map((row) => row.map((cell) => utf8Carries(guardFormula(cell))))])
      }),
    )
  })

  it('no CSV cell ever starts like a formula', () => {
    fc.assert(
      fc.property(anyText, (cell) => {
        const [header] = parse(csvText({ header: [cell], rows: [] }), { bom: true }) as string[][]
        expect(header![0]).not.toMatch(/^[=+\-@\t\r\0]/)
      }),
    )
  })

  it('GraphML stays valid XML and names a contact as written, less what XML cannot hold', () => {
    fc.assert(
      fc.property(anyText, anyText, (id, name) => {
        const file = makeNetwork({ contacts: [makeContact({ id: `x${id}`, name: `n${name}`.trim() || 'n', organization: name.trim() })] })
        const text = graphmlText(file, TODAY)
        expect(XMLValidator.validate(text)).toBe(true)
        const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, trimValues: false, htmlEntities: true, isArray: (tag, _p, _l, attr) => !attr && ['node', 'data'].includes(tag) }).parse(text) as {
          graphml: { graph: { node: { id: string; data: { key: string; '#text'?: string }[] }[] } }
        }
        const node = doc.graphml.graph.node[1]!
        expect(node.id).toBe(xmlCarries(`c-x${id}`))
        expect(node.data.find((d) => d.key === 'label')?.['#text']).toBe(xmlCarries(file.contacts[0]!.name))
        const organization = xmlCarries(file.contacts[0]!.organization)
        expect(node.data.find((d) => d.key === 'organization')?.['#text'] ?? '').toBe(organization)
      }),
    )
  })
})
