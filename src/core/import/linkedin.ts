import type { Result } from '../result'
import { type CsvRow, headerKey, importCategory, parseDayMonthYear, readCsvExport, type ReadOptions, type ReadOutcome } from './records'

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
  const category = importCategory(options)
  return readCsvExport(rows, {
    isHeader: isLinkedInHeader,
    searchRows: HEADER_SEARCH_ROWS,
    notFound: 'This is not a LinkedIn connections file: no header with "First Name", "Last Name" and "Position" or "Connected On" was found.',
    readRow: (col, cells, line, warnings) => {
      const name = [col.get(cells, 'First Name'), col.get(cells, 'Last Name')].filter((p) => p !== '').join(' ')
      if (name === '') return { skip: 'No first or last name.' }
      const connectedText = col.get(cells, 'Connected On')
      const connectedOn = connectedText === '' ? null : parseDayMonthYear(connectedText)
      if (connectedText !== '' && connectedOn === null) {
        warnings.push(`Line ${line}: "Connected On" is not a date like 12 Mar 2024 ("${connectedText}"); it was left out.`)
      }
      return {
        connectedOn,
        draft: {
          name,
          categories: [category],
          organization: col.get(cells, 'Company'),
          role: col.get(cells, 'Position'),
          email: col.get(cells, 'Email Address', 'E-mail Address', 'Email'),
          linkedinUrl: col.get(cells, 'URL', 'Profile URL'),
        },
      }
    },
  })
}
