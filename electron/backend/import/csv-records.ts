import { parse } from 'csv-parse/sync'
import { fail, ok, type Result } from '../../../src/core/result'
import type { CsvRow } from '../../../src/core/import/records'

/*
 * CSV text → records, with csv-parse. The delimiter is pinned to a comma: auto-detection guesses wrong on
 * some inputs (a one-column preamble, semicolons inside notes). Quotes follow RFC 4180 (quoted commas, doubled
 * quotes, quoted newlines); CRLF, LF and a byte-order mark are all accepted, and a newline inside a cell arrives
 * as LF. Cells stay text: nothing is
 * evaluated, so `=HYPERLINK(...)` arrives as those characters.
 */

interface Parsed {
  record: string[]
  info: { lines: number }
}

/**
 * `sample`: the text is the start of a longer file, which may end inside a quoted cell that spans lines; the
 * records read before that point are the answer.
 */
export function readCsvRecords(text: string, sample = false): Result<CsvRow[]> {
  const parsed: Parsed[] = []
  try {
    // Line ends become LF first: csv-parse counts a CRLF inside a quoted cell as two lines, which would put
    // every later line number off by one.
    parse(text.replace(/\r\n?/g, '\n'), {
      delimiter: ',',
      record_delimiter: '\n',
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
      cast: false,
      on_record: (record: unknown) => {
        parsed.push(record as Parsed)
        return null // kept here, not in csv-parse's own answer
      },
    })
  } catch (error) {
    if (sample) return ok(toRows(parsed))
    const line = (error as { lines?: unknown }).lines
    const where = typeof line === 'number' ? ` near line ${line}` : ''
    return fail('INVALID_INPUT', `The CSV could not be read${where}: ${error instanceof Error ? error.message.replace(/^Invalid \w+: /, '') : 'unknown error'}.`)
  }
  return ok(toRows(parsed))
}

/** csv-parse reports the line each record ends on; with empty lines kept, each record starts after the last. */
function toRows(parsed: readonly Parsed[]): CsvRow[] {
  const rows: CsvRow[] = []
  let previousEnd = 0
  for (const { record, info } of parsed) {
    rows.push({ line: previousEnd + 1, cells: record.map(String) })
    previousEnd = info.lines
  }
  return rows
}
