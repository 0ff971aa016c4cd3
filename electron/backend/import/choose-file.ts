import type { OutputOf } from '../../../src/core/contract'
import { fail, ok, type Result } from '../../../src/core/result'
import { MAX_IMPORT_CHARS } from './file-text'

/** A file the user picked in the host's open dialog: its text, or only its size when it was too large to read. */
export interface PickedFile {
  readonly fileName: string
  /** Its size on disk, in bytes. */
  readonly size: number
  /** Its text, read as UTF-8; null when `size` is over the limit the host was given (it was not read). */
  readonly text: string | null
}

/** Asks the user for a file to import; null when they cancelled. Files over `maxBytes` come back unread. */
export type PickImportFile = (maxBytes: number) => Promise<PickedFile | null>

/**
 * `import:choose-file`: the desktop's native open dialog, through the host. A file over 25 MB is refused by its
 * size, before it is read; the browser host has no such dialog (the page has its own file picker).
 */
export async function chooseImportFile(pick: PickImportFile | undefined): Promise<Result<OutputOf<'import:choose-file'>>> {
  if (!pick) return fail('CONFLICT', 'This window has no file dialog: choose the file with “Import contacts…” or drop it onto the window.')
  try {
    const picked = await pick(MAX_IMPORT_CHARS)
    if (!picked) return ok(null)
    if (picked.text === null || picked.size > MAX_IMPORT_CHARS) {
      const mb = Math.max(1, Math.round(picked.size / 1e6))
      return fail('INVALID_INPUT', `“${picked.fileName}” is too large to import (${mb} MB; at most ${MAX_IMPORT_CHARS / 1e6} MB).`)
    }
    return ok({ fileName: picked.fileName, text: picked.text })
  } catch (error) {
    return fail('INTERNAL', `The file could not be read: ${error instanceof Error ? error.message : String(error)}`)
  }
}
