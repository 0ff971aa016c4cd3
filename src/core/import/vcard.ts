import { fail, ok, type Result } from '../result'
import {
  finishDraft,
  importCategory,
  type ImportedContact,
  type ReadOptions,
  type ReadOutcome,
  type SkippedRow,
  type VcardProperty,
  type VcardRecord,
} from './records'

/*
 * vCards (2.1, 3.0 and 4.0, already unfolded and decoded by the backend) → contact drafts.
 * FN or N gives the name, ORG the organization and department, TITLE the role, CATEGORIES the tags;
 * EMAIL, TEL, URL and NOTE fill the rest. A card with neither FN nor N is skipped with its line.
 */

const flat = (value: string | readonly string[] | undefined): string =>
  (Array.isArray(value) ? value.filter((v) => v.trim() !== '').join(' ') : ((value as string | undefined) ?? '')).trim()

const typesOf = (property: VcardProperty): string[] => {
  const type = property.params['type']
  const list = type === undefined ? [] : Array.isArray(type) ? type : [type as string]
  return list.flatMap((t) => t.split(',')).map((t) => t.trim().toLowerCase())
}

/** The preferred instance of a property (PREF, TYPE=pref or PREF=1), else the first non-empty one. */
function preferred(properties: readonly VcardProperty[], name: string, usable: (value: string) => boolean = () => true): string {
  const found = properties.filter((p) => p.name === name && flat(p.values[0]) !== '' && usable(flat(p.values[0])))
  const pref = found.find((p) => typesOf(p).includes('pref') || p.params['pref'] !== undefined)
  return flat((pref ?? found[0])?.values[0])
}

const text = (properties: readonly VcardProperty[], name: string): string => flat(properties.find((p) => p.name === name)?.values[0])

/** N is family;given;additional;prefix;suffix. */
function nameFromN(properties: readonly VcardProperty[]): string {
  const n = properties.find((p) => p.name === 'N')?.values[0]
  if (n === undefined) return ''
  if (!Array.isArray(n)) return flat(n).split(';').reverse().join(' ').trim()
  const [family = '', given = '', additional = ''] = n as readonly string[]
  return [given, additional, family]
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join(' ')
}

export function readVcards(records: readonly VcardRecord[], options?: ReadOptions): Result<ReadOutcome> {
  if (records.length === 0) return fail('INVALID_INPUT', 'No vCard was found (no BEGIN:VCARD … END:VCARD).')
  const category = importCategory(options)
  const drafts: ImportedContact[] = []
  const skipped: SkippedRow[] = []
  const warnings: string[] = []

  for (const { line, properties, photosDropped } of records) {
    const name = text(properties, 'FN') || nameFromN(properties)
    if (name === '') {
      skipped.push({ line, reason: 'The card has no name (neither FN nor N).' })
      continue
    }
    if (photosDropped > 0) warnings.push(`Line ${line}: the photo of ${name} was left out; Kith does not keep photos.`)
    const org = properties.find((p) => p.name === 'ORG')?.values[0]
    const [organization = '', department = ''] = Array.isArray(org) ? (org as readonly string[]) : [flat(org)]
    // Some exporters (Gmail, Apple) escape the colon: `http\://example.com`.
    const urls = properties.filter((p) => p.name === 'URL').map((p) => flat(p.values[0]).replace(/\\([:;,\\])/g, '$1'))
    const linkedinUrl = urls.find((u) => /linkedin\.com/i.test(u)) ?? ''
    const website = urls.find((u) => u !== '' && u !== linkedinUrl) ?? ''
    const tags = properties
      .filter((p) => p.name === 'CATEGORIES')
      .flatMap((p) => p.values.flatMap((v) => (Array.isArray(v) ? v : (v as string).split(','))))
      .map((t) => t.trim())
      .filter((t) => t !== '')
    const finished = finishDraft(
      {
        name,
        categories: [category],
        organization: organization.trim(),
        department: department.trim(),
        role: text(properties, 'TITLE'),
        email: preferred(properties, 'EMAIL').replace(/^mailto:/i, ''),
        // Outlook puts placeholders such as "BusinessPhone" in empty TELs: take the first with a digit.
        phone: preferred(properties, 'TEL', (v) => /\d/.test(v))
          .replace(/^tel:/i, '')
          .replace(/;ext=/i, ' ext '),
        linkedinUrl,
        website,
        notes: properties
          .filter((p) => p.name === 'NOTE')
          .map((p) => flat(p.values[0]))
          .filter((n) => n !== '')
          .join('\n\n'),
        tags,
      },
      line,
      warnings,
    )
    if (finished.ok) drafts.push({ line, draft: finished.draft, connectedOn: null })
    else skipped.push({ line, reason: finished.reason })
  }
  return ok({ drafts, skipped, warnings })
}
