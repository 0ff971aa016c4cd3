import { fail, ok, type Result } from '../result'
import {
  columns,
  type CsvRow,
  finishDraft,
  headerKey,
  importCategory,
  isBlankRow,
  parseDayMonthYear,
  type ReadOptions,
  type ReadOutcome,
  type SkippedRow,
  type ImportedContact,
} from './records'

/*
 * LinkedIn's Connections.csv. Current exports open with a "Notes:" preamble (sometimes quoted, sometimes after a
 * byte-order mark) and a blank line before the header `First Name,Last Name,URL,Email Address,Company,Position,
 * Connected On`; older ones start with the header and have no URL column. Columns are found by name.
 */

/** How far down the file the header may be: past the preamble, never deep into the data. */
const HEADER_SEARCH_ROWS = 20

export const isLinkedInHeader = (cells: readonly string[]): boolean => {
  const keys = new Set(cells.map(headerKey))
  return keys.has('first name') && keys.has('last name') && (keys.has('connected on') || keys.has('position'))
}

export function readLinkedIn(rows: readonly CsvRow[], options?: ReadOptions): Result<ReadOutcome> {
  const headerAt = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isLinkedInHeader(row.cells))
  if (headerAt < 0) {
    return fail(
      'INVALID_INPUT',
      'This is not a LinkedIn connections file: no header with "First Name", "Last Name" and "Position" or "Connected On" was found.',
    )
  }
  const col = columns(rows[headerAt]!.cells)
  const category = importCategory(options)
  const drafts: ImportedContact[] = []
  const skipped: SkippedRow[] = []
  const warnings: string[] = []

  for (const { line, cells } of rows.slice(headerAt + 1)) {
    if (isBlankRow(cells)) continue
    const name = [col.get(cells, 'First Name'), col.get(cells, 'Last Name')].filter((p) => p !== '').join(' ')
    if (name === '') {
      skipped.push({ line, reason: 'No first or last name.' })
      continue
    }
    const connectedText = col.get(cells, 'Connected On')
    const connectedOn = connectedText === '' ? null : parseDayMonthYear(connectedText)
    if (connectedText !== '' && connectedOn === null) {
      warnings.push(`Line ${line}: "Connected On" is not a date like 12 Mar 2024 ("${connectedText}"); it was left out.`)
    }
    const finished = finishDraft(
      {
        name,
        categories: [category],
        organization: col.get(cells, 'Company'),
        role: col.get(cells, 'Position'),
        email: col.get(cells, 'Email Address', 'E-mail Address', 'Email'),
        linkedinUrl: col.get(cells, 'URL', 'Profile URL'),
      },
      line,
      warnings,
    )
    if (finished.ok) drafts.push({ line, draft: finished.draft, connectedOn })
    else skipped.push({ line, reason: finished.reason })
  }
  return ok({ drafts, skipped, warnings })
}
