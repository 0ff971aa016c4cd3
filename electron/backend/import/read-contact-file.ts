import { fail, ok, type Result } from '../../../src/core/result'
import { isGoogleHeader, readGoogleCsv } from '../../../src/core/import/google-csv'
import { isLinkedInHeader, readLinkedIn } from '../../../src/core/import/linkedin'
import type { ReadOptions, ReadOutcome } from '../../../src/core/import/records'
import { readVcards } from '../../../src/core/import/vcard'
import { readCsvRecords } from './csv-records'
import { checkImportText } from './file-text'
import { readVcardRecords } from './vcard-records'

export type ContactFileFormat = 'linkedin-csv' | 'google-csv' | 'vcard'

/**
 * A contact file's text → drafts, skipped rows and warnings, for the import channels to build on. Never throws:
 * an empty, binary or unreadable file, or one with no recognizable header, is a failed Result whose message
 * names the file.
 */
export function readContactFile(format: ContactFileFormat, text: string, fileName?: string, options?: ReadOptions): Result<ReadOutcome> {
  try {
    const refused = checkImportText(text, fileName)
    if (refused) return refused
    const named = <T>(result: Result<T>): Result<T> =>
      result.ok || !fileName ? result : fail(result.error.code, `“${fileName}”: ${result.error.message}`)
    if (format === 'vcard') {
      const cards = readVcardRecords(text)
      if (!cards.ok) return named(cards)
      const read = readVcards(cards.value.records, options)
      if (!read.ok) return named(read)
      return ok({ ...read.value, skipped: [...cards.value.skipped, ...read.value.skipped].sort((a, b) => a.line - b.line) })
    }
    const rows = readCsvRecords(text)
    if (!rows.ok) return named(rows)
    return named(format === 'linkedin-csv' ? readLinkedIn(rows.value, options) : readGoogleCsv(rows.value, options))
  } catch (error) {
    return fail('INTERNAL', `${fileName ? `“${fileName}”` : 'The file'} could not be read: ${error instanceof Error ? error.message : 'unknown error'}.`)
  }
}

/**
 * Which reader a file needs, for `format: "auto"`: a vCard by its BEGIN:VCARD, a CSV by its header row (LinkedIn
 * first: its header is also a plausible contacts header). null when neither fits; `kith-json` is not a contact file.
 */
export function detectContactFileFormat(text: string): ContactFileFormat | null {
  if (typeof text !== 'string' || checkImportText(text) !== null) return null
  if (/^\s*BEGIN:VCARD\s*$/im.test(text.slice(0, 65_536))) return 'vcard'
  // Only the first rows: the sample may end inside a quoted cell that spans lines.
  const rows = readCsvRecords(text.slice(0, 65_536).replace(/[^\n]*$/, ''), true)
  if (!rows.ok) return null
  const head = rows.value.slice(0, 20)
  if (head.some((row) => isLinkedInHeader(row.cells))) return 'linkedin-csv'
  if (head.slice(0, 5).some((row) => isGoogleHeader(row.cells))) return 'google-csv'
  return null
}
