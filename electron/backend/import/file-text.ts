import { fail, type Failure } from '../../../src/core/result'

/** Well above a 30,000-row LinkedIn export (about 3 MB) and the browser host's 20 MB body limit. */
export const MAX_IMPORT_CHARS = 25_000_000

const name = (fileName: string | undefined) => (fileName ? `“${fileName}”` : 'The file')

/**
 * Refuses what no reader should try: an empty file, a binary one (NUL bytes or many undecodable bytes) and a
 * huge one. Answers null when the text is worth reading.
 */
export function checkImportText(text: unknown, fileName?: string): { ok: false; error: Failure } | null {
  if (typeof text !== 'string') return fail('INVALID_INPUT', `${name(fileName)} could not be read as text.`)
  if (text.length > MAX_IMPORT_CHARS) {
    return fail('INVALID_INPUT', `${name(fileName)} is too large to import (${Math.round(text.length / 1e6)} MB; at most 25 MB).`)
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return fail('INVALID_INPUT', `${name(fileName)} is empty.`)
  const sample = text.slice(0, 65_536)
  const replacements = sample.match(/\uFFFD/g)?.length ?? 0
  if (sample.includes('\u0000') || replacements > sample.length / 100) {
    return fail('INVALID_INPUT', `${name(fileName)} is not a text file; export contacts as CSV or vCard (.vcf) and try again.`)
  }
  return null
}
