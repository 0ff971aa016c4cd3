import type { ImportFormat } from '../../../src/core/import-export-schema'
import type { ReadOutcome } from '../../../src/core/import/records'
import { MIGRATIONS, migrateFile } from '../../../src/core/migrations'
import { NetworkFile, SCHEMA_VERSION } from '../../../src/core/network-file'
import { fail, ok, type Result } from '../../../src/core/result'
import { checkImportText } from './file-text'
import { detectContactFileFormat, readContactFile, type ContactFileFormat } from './read-contact-file'

/*
 * An import's text → what the plan works on: a contact file's rows (LinkedIn, Google/Outlook CSV, vCard) or a
 * Kith backup's network. Every refusal is a sentence naming the file, and nothing here touches the store.
 */

export type ReadImport =
  | { readonly format: ContactFileFormat; readonly outcome: ReadOutcome }
  | { readonly format: 'kith-json'; readonly backup: NetworkFile; readonly migratedFrom: number }

const named = (fileName: string | undefined): string => (fileName ? `“${fileName}”` : 'The file')

/** Where the text starts, past a byte-order mark and blank space: a Kith backup opens with `{`. */
const looksLikeJson = (text: string): boolean => /^\uFEFF?\s*\{/.test(text.slice(0, 1024))

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) }
  } catch {
    return { ok: false }
  }
}

const isVersioned = (value: unknown): boolean => typeof value === 'object' && value !== null && 'schemaVersion' in value

/** A Kith backup, upgraded from an older format when needed. */
function readBackup(raw: unknown, fileName: string | undefined): Result<ReadImport> {
  const outcome = migrateFile(raw, MIGRATIONS, SCHEMA_VERSION, NetworkFile)
  if (outcome.ok) return ok({ format: 'kith-json', backup: outcome.file, migratedFrom: outcome.migratedFrom })
  if (outcome.reason === 'too-new') {
    return fail(
      'INVALID_INPUT',
      `${named(fileName)} was saved by a newer Kith (file format ${outcome.version}; this version reads up to ${SCHEMA_VERSION}). Update Kith to restore it.`,
    )
  }
  return fail('INVALID_INPUT', `${named(fileName)} is not a Kith backup Kith can restore: ${outcome.message.replace(/^The file /, 'it ')}`)
}

/** People the file held, or a refusal when it held nobody Kith could import. */
function withPeople(outcome: ReadOutcome, fileName: string | undefined): Result<ReadOutcome> {
  if (outcome.drafts.length > 0) return ok(outcome)
  if (outcome.skipped.length === 0) return fail('INVALID_INPUT', `${named(fileName)} has no contacts in it, only a header.`)
  const first = outcome.skipped.slice(0, 3).map((s) => `line ${s.line}: ${s.reason.replace(/\.$/, '')}`)
  const more = outcome.skipped.length > 3 ? `; and ${outcome.skipped.length - 3} more` : ''
  return fail('INVALID_INPUT', `${named(fileName)} has nobody Kith can import (${first.join('; ')}${more}).`)
}

export function readImport(input: { format: ImportFormat; text: string; fileName?: string | undefined }): Result<ReadImport> {
  const { format, text, fileName } = input
  const refused = checkImportText(text, fileName)
  if (refused) return refused
  if (format === 'kith-json' || (format === 'auto' && looksLikeJson(text))) {
    const parsed = parseJson(text)
    if (parsed.ok && isVersioned(parsed.value)) return readBackup(parsed.value, fileName)
    if (format === 'kith-json') {
      return fail(
        'INVALID_INPUT',
        parsed.ok
          ? `${named(fileName)} is not a Kith backup: it has no schemaVersion. Choose a file saved by Export → Kith backup.`
          : `${named(fileName)} is not a Kith backup: it is not valid JSON (it may have been cut off or edited by hand).`,
      )
    }
  }
  const kind = format === 'auto' ? detectContactFileFormat(text) : format
  if (kind === null) {
    return fail(
      'INVALID_INPUT',
      `${named(fileName)} does not look like a LinkedIn, Google or Outlook CSV, a vCard or a Kith backup: no contacts header (such as “First Name,Last Name,…”), no BEGIN:VCARD and no Kith schemaVersion was found near its start.`,
    )
  }
  const read = readContactFile(kind, text, fileName)
  if (!read.ok) return read
  const people = withPeople(read.value, fileName)
  return people.ok ? ok({ format: kind, outcome: people.value }) : people
}

type ImportRequest = Parameters<typeof readImport>[0]

/**
 * readImport with a memory of the last file read: the UI previews a file and then applies the very same text,
 * and reading it again (the CSV parse and every row's checks) would be most of the apply's time. Reading is
 * pure, so the remembered answer is the same answer; `forget` drops it once the import is applied.
 */
export function rememberingReader(): { read: (input: ImportRequest) => Result<ReadImport>; forget: () => void } {
  let last: { input: ImportRequest; result: Result<ReadImport> } | null = null
  const same = (a: ImportRequest, b: ImportRequest) => a.format === b.format && a.fileName === b.fileName && a.text === b.text
  return {
    read(input) {
      if (last && same(last.input, input)) return last.result
      const result = readImport(input)
      last = { input: { format: input.format, text: input.text, fileName: input.fileName }, result }
      return result
    },
    forget() {
      last = null
    },
  }
}
