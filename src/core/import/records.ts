import { type Category, CATEGORIES } from '../categories'
import { fail, ok, type Result } from '../result'
import { type ContactDraft, ContactDraft as ContactDraftSchema, type ContactDraftValue } from '../schema'

/*
 * What the contact-file readers hand to each other. The backend turns a file's text into records with a parsing
 * library (electron/backend/import/); the functions in this folder turn records into contact drafts. They are
 * pure and total: bad input becomes a skipped row, a warning or a failed Result, never a throw.
 */

/** One CSV record and the file line it starts on (1-based; a quoted newline makes a record span lines). */
export interface CsvRow {
  readonly line: number
  readonly cells: readonly string[]
}

/** One vCard property, names upper-cased and without a group prefix; a structured value (N, ORG) is a list. */
export interface VcardProperty {
  readonly name: string
  readonly params: Readonly<Record<string, string | readonly string[]>>
  readonly values: readonly (string | readonly string[])[]
}

/** One vCard and the line its BEGIN:VCARD is on. */
export interface VcardRecord {
  readonly line: number
  readonly properties: readonly VcardProperty[]
  /** Embedded photos the backend dropped before parsing. */
  readonly photosDropped: number
}

export interface SkippedRow {
  readonly line: number
  readonly reason: string
}

/** A contact read from a file, before dedupe: the draft plus what the draft has no field for yet. */
export interface ImportedContact {
  /** The line the row or card starts on. */
  readonly line: number
  readonly draft: ContactDraftValue
  /** LinkedIn's "Connected On", as an ISO date; null when the file has none. */
  readonly connectedOn: string | null
}

export interface ReadOutcome {
  readonly drafts: ImportedContact[]
  readonly skipped: SkippedRow[]
  readonly warnings: string[]
}

export interface ReadOptions {
  /** The category imported people get until the user sorts them; `social` unless said otherwise. */
  readonly category?: Category
}

export const DEFAULT_IMPORT_CATEGORY: Category = 'social'

export const importCategory = (options: ReadOptions | undefined): Category =>
  options?.category && (CATEGORIES as readonly string[]).includes(options.category) ? options.category : DEFAULT_IMPORT_CATEGORY

/** Field names a reader may fill; the rest keep ContactDraft's defaults. */
export type DraftInput = Omit<ContactDraft, 'categories'> & { categories: Category[] }

const CLEARABLE = new Set(['organization', 'department', 'role', 'email', 'phone', 'linkedinUrl', 'website', 'notes', 'tags'])

const TEXT_LIMITS: Record<string, number> = { name: 200, organization: 200, department: 200, role: 200, notes: 5000 }

/**
 * Validates a draft built from a file. Over-long text is cut to its limit, and a field that still fails
 * (an e-mail that is not one, a link that is not a web address) is left empty with a warning, so one bad cell
 * costs that cell, not the person. Only a missing or unusable name skips the row.
 */
export function finishDraft(
  input: DraftInput,
  line: number,
  warnings: string[],
): { ok: true; draft: ContactDraftValue } | { ok: false; reason: string } {
  const draft: Record<string, unknown> = { ...input }
  for (const [field, max] of Object.entries(TEXT_LIMITS)) {
    const value = draft[field]
    if (typeof value === 'string' && value.trim().length > max) {
      draft[field] = value.trim().slice(0, max)
      warnings.push(`Line ${line}: ${field} was longer than ${max} characters and was shortened.`)
    }
  }
  if (Array.isArray(input.tags)) {
    const tags = [...new Set(input.tags.map((t) => t.trim().slice(0, 50)).filter((t) => t !== ''))]
    if (tags.length > 50) warnings.push(`Line ${line}: only the first 50 of ${tags.length} tags were kept.`)
    draft.tags = tags.slice(0, 50)
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const parsed = ContactDraftSchema.safeParse(draft)
    if (parsed.success) return { ok: true, draft: parsed.data }
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '')
      if (!CLEARABLE.has(field)) return { ok: false, reason: issue.message }
      if (draft[field] === undefined) continue
      warnings.push(`Line ${line}: ${issue.message} The ${field} was left empty.`)
      delete draft[field]
    }
  }
  return { ok: false, reason: 'The row could not be turned into a contact.' }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** `12 Mar 2024` (LinkedIn's "Connected On") → `2024-03-12`; null for anything else or an impossible day. */
export function parseDayMonthYear(text: string): string | null {
  const m = /^(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{4})$/.exec(text.trim())
  if (!m) return null
  const month = MONTHS.indexOf(m[2]!.toLowerCase())
  if (month < 0) return null
  const day = Number(m[1])
  const year = Number(m[3])
  const date = new Date(Date.UTC(year, month, day))
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

/** Header cells compared without a byte-order mark, case or surrounding spaces. */
export const headerKey = (cell: string): string => cell.replace(/^\uFEFF/, '').trim().toLowerCase()

/** Column lookup by any of several names; `get` answers '' for a missing column or a short row. */
export function columns(header: readonly string[]) {
  const index = new Map<string, number>()
  header.forEach((cell, i) => {
    const key = headerKey(cell)
    if (!index.has(key)) index.set(key, i)
  })
  const find = (...names: string[]): number | undefined => {
    for (const name of names) {
      const i = index.get(name.toLowerCase())
      if (i !== undefined) return i
    }
    return undefined
  }
  return {
    has: (...names: string[]) => find(...names) !== undefined,
    get: (cells: readonly string[], ...names: string[]): string => {
      const i = find(...names)
      return i === undefined ? '' : (cells[i] ?? '').trim()
    },
    /** Every column whose name matches, in file order (Google's `E-mail 1 - Value`, `E-mail 2 - Value`, …). */
    matching: (cells: readonly string[], pattern: RegExp): string[] =>
      header.flatMap((cell, i) => (pattern.test(headerKey(cell)) ? [(cells[i] ?? '').trim()] : [])).filter((v) => v !== ''),
  }
}

/** A row with nothing but empty cells (a blank line, or trailing commas). */
export const isBlankRow = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '')

/** One CSV row, read: the draft (and LinkedIn's Connected On day), or why the row is left out. */
export type RowReading = { readonly draft: DraftInput; readonly connectedOn?: string | null } | { readonly skip: string }

export interface CsvExport {
  /** Whether a row is this export's header. */
  readonly isHeader: (cells: readonly string[]) => boolean
  /** How far down the header may be (past a preamble, never deep into the data). */
  readonly searchRows: number
  /** What to say when no header is found. */
  readonly notFound: string
  readonly readRow: (col: ReturnType<typeof columns>, cells: readonly string[], line: number, warnings: string[]) => RowReading
}

/**
 * The walk every CSV reader shares: find the header, then turn each non-blank row after it into a checked
 * draft (finishDraft) or a skipped row with its line and reason.
 */
export function readCsvExport(rows: readonly CsvRow[], { isHeader, searchRows, notFound, readRow }: CsvExport): Result<ReadOutcome> {
  const headerAt = rows.slice(0, searchRows).findIndex((row) => isHeader(row.cells))
  if (headerAt < 0) return fail('INVALID_INPUT', notFound)
  const col = columns(rows[headerAt]!.cells)
  const drafts: ImportedContact[] = []
  const skipped: SkippedRow[] = []
  const warnings: string[] = []
  for (const { line, cells } of rows.slice(headerAt + 1)) {
    if (isBlankRow(cells)) continue
    const reading = readRow(col, cells, line, warnings)
    if ('skip' in reading) {
      skipped.push({ line, reason: reading.skip })
      continue
    }
    const finished = finishDraft(reading.draft, line, warnings)
    if (finished.ok) drafts.push({ line, draft: finished.draft, connectedOn: reading.connectedOn ?? null })
    else skipped.push({ line, reason: finished.reason })
  }
  return ok({ drafts, skipped, warnings })
}
