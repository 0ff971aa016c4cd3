import { fail, ok, type Result } from '../../../src/core/result'
import { readGoogleCsv } from '../../../src/core/import/google-csv'
import { readLinkedIn } from '../../../src/core/import/linkedin'
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
