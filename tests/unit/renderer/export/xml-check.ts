/**
 * A small strict XML 1.0 reader for tests: throws on a document that is not well-formed, else returns its tree.
 *
 * Node has no DOMParser and the project has no XML parser dependency; this covers what an SVG export can
 * contain (declaration, comments, elements, attributes, text, character and predefined entity references)
 * and rejects the mistakes that make viewers refuse a file: bad nesting, unescaped `<` or `&`, duplicate
 * attributes, characters XML forbids, more than one root.
 */

export interface XmlElement {
  readonly name: string
  readonly attributes: Readonly<Record<string, string>>
  readonly children: readonly (XmlElement | string)[]
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function parseXml(source: string): XmlElement {
  for (const ch of source) {
    const c = ch.codePointAt(0) ?? 0
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000
    if (!ok) throw new Error(`character U+${c.toString(16)} is not allowed in XML`)
  }
  let i = 0
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}: ${JSON.stringify(source.slice(i, i + 30))}`)
  }
  const startsWith = (s: string) => source.startsWith(s, i)
  const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r'
  const skipSpace = () => {
    while (isSpace(source[i])) i++
  }
  const skipPast = (end: string) => {
    const at = source.indexOf(end, i)
    if (at < 0) fail(`missing ${end}`)
    i = at + end.length
  }
  const readName = (): string => {
    const start = i
    while (i < source.length && /[\p{L}\p{N}_:.-]/u.test(source[i] ?? '')) i++
    const name = source.slice(start, i)
    if (name === '' || /^[\p{N}.-]/u.test(name)) fail('expected a name')
    return name
  }
  const decode = (raw: string): string => {
    let out = ''
    for (let k = 0; k < raw.length; k++) {
      const ch = raw[k]
      if (ch !== '&') {
        out += ch
        continue
      }
      const end = raw.indexOf(';', k)
      if (end < 0) fail('unterminated entity reference')
      const ref = raw.slice(k + 1, end)
      if (ref.startsWith('#x') && /^#x[0-9a-fA-F]+$/.test(ref)) out += String.fromCodePoint(parseInt(ref.slice(2), 16))
      else if (/^#[0-9]+$/.test(ref)) out += String.fromCodePoint(parseInt(ref.slice(1), 10))
      else if (ref in ENTITIES) out += ENTITIES[ref]
      else fail(`unknown entity &${ref};`)
      k = end
    }
    return out
  }
  const skipMisc = () => {
    for (;;) {
      skipSpace()
      if (startsWith('<!--')) skipPast('-->')
      else if (startsWith('<?')) skipPast('?>')
      else return
    }
  }
  const readElement = (): XmlElement => {
    if (source[i] !== '<') fail('expected <')
    i++
    const name = readName()
    const attributes: Record<string, string> = {}
    for (;;) {
      const hadSpace = isSpace(source[i])
      skipSpace()
      if (startsWith('/>')) {
        i += 2
        return { name, attributes, children: [] }
      }
      if (source[i] === '>') {
        i++
        break
      }
      if (!hadSpace) fail('expected whitespace before an attribute')
      const attr = readName()
      skipSpace()
      if (source[i] !== '=') fail('expected =')
      i++
      skipSpace()
      const quote = source[i]
      if (quote !== '"' && quote !== "'") fail('expected a quoted value')
      const end = source.indexOf(quote as string, i + 1)
      if (end < 0) fail('unterminated attribute value')
      const raw = source.slice(i + 1, end)
      if (raw.includes('<')) fail('< in an attribute value')
      if (attr in attributes) fail(`duplicate attribute ${attr}`)
      attributes[attr] = decode(raw)
      i = end + 1
    }
    const children: (XmlElement | string)[] = []
    for (;;) {
      if (i >= source.length) fail(`<${name}> is not closed`)
      if (startsWith('</')) {
        i += 2
        const closing = readName()
        if (closing !== name) fail(`</${closing}> closes <${name}>`)
        skipSpace()
        if (source[i] !== '>') fail('expected >')
        i++
        return { name, attributes, children }
      }
      if (startsWith('<!--')) skipPast('-->')
      else if (startsWith('<?')) skipPast('?>')
      else if (source[i] === '<') children.push(readElement())
      else {
        const end = source.indexOf('<', i)
        const raw = source.slice(i, end < 0 ? source.length : end)
        if (raw.includes(']]>')) fail(']]> in text')
        children.push(decode(raw))
        i += raw.length
      }
    }
  }

  if (startsWith('<?xml')) skipPast('?>')
  skipMisc()
  const root = readElement()
  skipMisc()
  if (i < source.length) fail('content after the root element')
  return root
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
