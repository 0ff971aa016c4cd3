import { stringify } from 'csv-stringify/sync'
import { guardFormula } from '../../../src/core/export/formula-guard'
import type { Table } from '../../../src/core/export/spreadsheet-tables'

/**
 * A table as CSV text for spreadsheets, written by csv-stringify (RFC 4180 quoting of commas, quotes and line
 * breaks inside cells):
 * - every cell quoted and every text cell through `guardFormula`, so nothing in it runs as a formula;
 * - CRLF line ends, as RFC 4180 and Excel expect;
 * - a UTF-8 byte-order mark first: without it Excel reads the file in the system's legacy code page and
 *   "Marín" comes out as "MarÃ­n". csv-parse, LibreOffice, Numbers and Google Sheets all skip it.
 */
export function csvText(table: Table): string {
  const guard = (cell: string | number) => (typeof cell === 'string' ? guardFormula(cell) : cell)
  return stringify([table.header.map(guard), ...table.rows.map((row) => row.map(guard))], {
    bom: true,
    quoted: true,
    quoted_empty: true,
    record_delimiter: 'windows',
  })
}
