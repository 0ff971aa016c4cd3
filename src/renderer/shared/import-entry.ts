import { createContext, useContext } from 'react'

/**
 * Where an import starts and what it leaves behind. The welcome screen and the contacts view offer
 * "Import contacts…"; one host at app level (import/ImportHost.tsx) runs the import, so every entry point
 * (those buttons, File → Import…, a file dropped onto the window) opens the same preview.
 */
export interface ImportEntry {
  /** Asks for a file: the native open dialog on the desktop, the browser's file picker otherwise. */
  chooseFile(): void
}

/** The people one import added or refreshed, so the contacts view can show just them. */
export interface ImportedBatch {
  /** Tells one import from the next (a new batch shows itself once). */
  readonly batch: number
  readonly fileName: string
  readonly createdIds: readonly string[]
  readonly updatedIds: readonly string[]
  /** The undo history's name for this import, to offer Undo only while it is still the last change. */
  readonly undoLabel: string | null
}

export const ImportEntryContext = createContext<ImportEntry | null>(null)

export function useImportEntry(): ImportEntry {
  const entry = useContext(ImportEntryContext)
  if (!entry) throw new Error('useImportEntry needs the app’s import host above it.')
  return entry
}
