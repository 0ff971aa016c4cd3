import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * A strict XML 1.0 reader for tests: throws on a document that is not well-formed, else returns its tree.
 *
 * fast-xml-parser checks the structure (nesting, closing tags, attribute syntax, duplicate attributes, a
 * bare `&` in text); the few rules it leaves to the caller are checked here, because they make viewers
 * refuse an SVG too: characters XML forbids, a `<` or bare `&` in an attribute, references other than
 * the predefined and numeric ones, and anything but exactly one root element.
 */

export interface XmlElement {
  readonly name: string
  readonly attributes: Readonly<Record<string, string>>
  readonly children: readonly (XmlElement | string)[]
}

/** fast-xml-parser's ordered output: `{ tag: children, ':@'?: attributes }` or `{ '#text': text }`. */
type OrderedNode = { readonly [key: string]: unknown }

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
/** Outside XML 1.0's Char production; with the u flag a lone surrogate counts as one too. */
const FORBIDDEN_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g
const XML_DECLARATION = /^<\?xml[\s\S]*?\?>/
const BARE_AMPERSAND = /&(?!(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);)/

// Raw values (no entity processing), so this file can tell `&amp;` from `&` and refuse a bare one.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
})

export function parseXml(source: string): XmlElement {
  const bad = FORBIDDEN_CHARACTER.exec(source)
  if (bad) throw new Error(`character U+${(bad[0].codePointAt(0) ?? 0).toString(16)} is not allowed in XML`)
  const valid = XMLValidator.validate(source)
  if (valid !== true) throw new Error(`${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`)
  // The parser drops text outside the root, so the document is read inside a wrapper that keeps it.
  const [wrapper] = parser.parse(`<document>${source.replace(XML_DECLARATION, '')}</document>`) as OrderedNode[]
  const top = (wrapper?.document ?? []) as OrderedNode[]
  const roots = top.filter((node) => !Object.hasOwn(node, '#text'))
  const strayText = top.some((node) => Object.hasOwn(node, '#text') && String(node['#text']).trim() !== '')
  if (roots.length !== 1 || strayText) throw new Error(`expected one root element, found ${roots.length}${strayText ? ' and text outside it' : ''}`)
  return toElement(roots[0] as OrderedNode)
}

function toElement(node: OrderedNode): XmlElement {
  const name = Object.keys(node).find((key) => key !== ':@')
  if (name === undefined) throw new Error('expected an element')
  const attributes: Record<string, string> = {}
  for (const [attr, raw] of Object.entries((node[':@'] ?? {}) as Record<string, unknown>)) {
    if (typeof raw !== 'string') throw new Error(`attribute ${attr} of <${name}> has no value`)
    if (raw.includes('<')) throw new Error(`< in the value of ${attr} of <${name}>`)
    attributes[attr] = decode(raw, `attribute ${attr} of <${name}>`)
  }
  const children = (node[name] as OrderedNode[]).map((child) => {
    if (!Object.hasOwn(child, '#text')) return toElement(child)
    const raw = String(child['#text'])
    if (raw.includes(']]>')) throw new Error(`]]> in the text of <${name}>`)
    return decode(raw, `the text of <${name}>`)
  })
  return { name, attributes, children }
}

/** Replaces character and predefined entity references; anything else after `&` is not well-formed. */
function decode(raw: string, where: string): string {
  if (BARE_AMPERSAND.test(raw)) throw new Error(`a bare & or unknown entity in ${where}: ${JSON.stringify(raw.slice(0, 40))}`)
  return raw.replace(REFERENCE, (_, ref: string) =>
    ref.startsWith('#x') ? String.fromCodePoint(parseInt(ref.slice(2), 16)) : ref.startsWith('#') ? String.fromCodePoint(parseInt(ref.slice(1), 10)) : (ENTITIES[ref] ?? ''),
  )
}

/** Every element named `name` in the tree, in document order. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  const visit = (el: XmlElement) => {
    if (el.name === name) found.push(el)
    for (const child of el.children) if (typeof child !== 'string') visit(child)
  }
  visit(root)
  return found
}

/** The decoded text inside an element. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')
}
