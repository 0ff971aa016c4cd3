import ICAL from 'ical.js'
import { fail, ok, type Result } from '../../../src/core/result'
import type { SkippedRow, VcardProperty, VcardRecord } from '../../../src/core/import/records'

/*
 * vCard text → records, with ical.js (Mozilla's iCalendar/vCard parser) for vCard 3.0 and 4.0.
 *
 * ical.js does not read vCard 2.1: it rejects bare parameters (`TEL;WORK;VOICE:`), breaks on quoted-printable
 * soft line breaks (`=` at a line end) and never decodes quoted-printable. So each card first goes through
 * `normalizeCard`, a small step that only touches the line structure: it unfolds lines (RFC folding and
 * quoted-printable soft breaks), decodes quoted-printable values in their CHARSET, turns bare 2.1 parameters
 * into TYPE=…, strips group prefixes (`item1.EMAIL`), drops embedded photos (counted, for a warning) and marks
 * 2.1 cards as 3.0. ical.js then parses values, escapes and structured fields as usual. Each card is parsed on
 * its own, so one broken card is skipped with its line and the rest still arrive.
 */

interface LogicalLine {
  line: number
  text: string
}

const ENCODING_WORDS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT'])

/** Splits on `sep` outside double quotes. */
function splitOutsideQuotes(text: string, sep: string, limit = Infinity): string[] {
  const parts: string[] = []
  let current = ''
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    if (ch === sep && !quoted && parts.length < limit - 1) {
      parts.push(current)
      current = ''
    } else current += ch
  }
  parts.push(current)
  return parts
}

/** Index of the colon that ends the property name and parameters, or -1. */
function valueColon(text: string): number {
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    else if (ch === ':' && !quoted) return i
  }
  return -1
}

const isQuotedPrintable = (head: string): boolean => /(^|;)(ENCODING=)?QUOTED-PRINTABLE(;|$)/i.test(head)

/** Physical lines → logical lines: RFC folding (leading space or tab) and quoted-printable soft breaks. */
export function unfold(text: string): LogicalLine[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const out: LogicalLine[] = []
  let softBreak = false
  physical.forEach((raw, i) => {
    const previous = out[out.length - 1]
    if (previous && softBreak) {
      previous.text = previous.text.slice(0, -1) + raw
    } else if (previous && /^[ \t]/.test(raw)) {
      previous.text += raw.slice(1)
    } else if (raw.trim() !== '') {
      out.push({ line: i + 1, text: raw })
    } else {
      softBreak = false
      return
    }
    const current = out[out.length - 1]!
    const colon = valueColon(current.text)
    softBreak = colon > 0 && isQuotedPrintable(current.text.slice(0, colon)) && current.text.endsWith('=')
  })
  return out
}

/** Decodes quoted-printable bytes in the given charset (UTF-8 when unknown); malformed escapes stay as they are. */
export function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!
    const hex = value.slice(i + 1, i + 3)
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(...new TextEncoder().encode(ch))
    }
  }
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes))
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes))
  }
}

/** One logical line made readable by ical.js; null to drop it. */
function normalizeLine(text: string, counters: { photos: number }): string | null {
  const colon = valueColon(text)
  if (colon <= 0) return null // a stray continuation (2.1 base64 without indentation) or noise
  const [rawName = '', ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ';')
  const name = rawName.replace(/^[A-Za-z0-9-]+\./, '').toUpperCase()
  if (!/^[A-Z0-9-]+$/.test(name)) return null
  if (name === 'PHOTO') {
    counters.photos++
    return null
  }
  let value = text.slice(colon + 1)
  if (name === 'VERSION' && value.trim() === '2.1') return 'VERSION:3.0'
  let quotedPrintable = false
  let charset: string | undefined
  const params: string[] = []
  for (const param of rawParams) {
    if (param.trim() === '') continue
    const eq = param.indexOf('=')
    const key = (eq < 0 ? '' : param.slice(0, eq)).trim().toUpperCase()
    const val = eq < 0 ? param.trim() : param.slice(eq + 1).trim()
    if ((key === 'ENCODING' || key === '') && val.toUpperCase() === 'QUOTED-PRINTABLE') quotedPrintable = true
    else if (key === 'CHARSET') charset = val.replace(/"/g, '')
    else if (key === 'ENCODING' || (key === '' && ENCODING_WORDS.has(val.toUpperCase()))) continue
    else if (key === '') params.push(`TYPE=${val.replace(/[^A-Za-z0-9-]/g, '')}`)
    else if (/^[A-Z0-9-]+$/.test(key)) params.push(`${key}=${val}`)
  }
  if (quotedPrintable) {
    value = decodeQuotedPrintable(value, charset).replace(/\r\n|\r|\n/g, '\\n')
  }
  return [name, ...params].join(';') + ':' + value
}

type JcalValue = string | number | boolean | null | JcalValue[] | Record<string, unknown>

const asText = (value: JcalValue): string | string[] =>
  Array.isArray(value) ? value.map((v) => (Array.isArray(v) ? v.map(String).join(',') : String(v ?? ''))) : String(value ?? '')

function toRecord(line: number, jcal: unknown, photos: number): VcardRecord {
  const rawProperties = Array.isArray(jcal) && Array.isArray(jcal[1]) ? (jcal[1] as unknown[]) : []
  const properties: VcardProperty[] = rawProperties.flatMap((entry) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') return []
    const [name, params, , ...values] = entry as [string, Record<string, unknown>, string, ...JcalValue[]]
    const cleanParams: Record<string, string | string[]> = {}
    for (const [k, v] of Object.entries(params ?? {})) cleanParams[k.toLowerCase()] = Array.isArray(v) ? v.map(String) : String(v)
    if (name.toUpperCase() === 'X-KITH-PHOTO') return []
    return [{ name: name.toUpperCase(), params: cleanParams, values: values.map(asText) }]
  })
  return { line, properties, photosDropped: photos }
}

export interface VcardRecords {
  records: VcardRecord[]
  /** Cards ical.js could not read, with the line of their BEGIN:VCARD. */
  skipped: SkippedRow[]
}

export function readVcardRecords(text: string): Result<VcardRecords> {
  const records: VcardRecord[] = []
  const skipped: SkippedRow[] = []
  let card: { line: number; lines: string[]; photos: { photos: number }; depth: number } | null = null
  for (const { line, text: logical } of unfold(text)) {
    const upper = logical.trim().toUpperCase()
    if (upper === 'BEGIN:VCARD') {
      if (card) card.depth++ // a 2.1 AGENT card inside this one: its lines are left out
      else card = { line, lines: ['BEGIN:VCARD'], photos: { photos: 0 }, depth: 0 }
      continue
    }
    if (!card) continue
    if (upper === 'END:VCARD') {
      if (card.depth > 0) {
        card.depth--
        continue
      }
      card.lines.push('END:VCARD')
      try {
        records.push(toRecord(card.line, ICAL.parse(card.lines.join('\r\n') + '\r\n'), card.photos.photos))
      } catch (error) {
        skipped.push({ line: card.line, reason: `The card could not be read: ${error instanceof Error ? error.message : 'unknown error'}.` })
      }
      card = null
      continue
    }
    if (card.depth > 0) continue
    const normalized = normalizeLine(logical, card.photos)
    if (normalized !== null) card.lines.push(normalized)
  }
  if (card) skipped.push({ line: card.line, reason: 'The card has no END:VCARD; the file may be cut short.' })
  if (records.length === 0 && skipped.length === 0) return fail('INVALID_INPUT', 'No vCard was found (no BEGIN:VCARD … END:VCARD).')
  return ok({ records, skipped })
}
