import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ImportFormat, ImportPreview } from '../../core/import-export-schema'
import { call } from '../client/backend-client'
import type { ImportedBatch } from '../shared/import-entry'
import type { Mutate, Notify } from '../shared/view-props'
import { fileTooLarge, importedNotice } from './import-wording'
import { ReadCancelled, readFileText } from './read-file-text'

/** A file's text and how to read it (`auto` until the user overrides what the backend detected). */
export interface ImportSource {
  readonly fileName: string
  readonly text: string
  readonly format: ImportFormat
}

/** Where an import is: each stage is one state of the dialog. */
export type ImportStage =
  | { readonly kind: 'closed' }
  | { readonly kind: 'reading'; readonly fileName: string; readonly share: number | null }
  | { readonly kind: 'checking'; readonly source: ImportSource }
  | { readonly kind: 'preview'; readonly source: ImportSource; readonly preview: ImportPreview }
  | { readonly kind: 'applying'; readonly source: ImportSource; readonly preview: ImportPreview }
  /** `source` is kept when the text was read, so the user can try another format. */
  | { readonly kind: 'failed'; readonly message: string; readonly source: ImportSource | null }

export interface ImportFlow {
  readonly stage: ImportStage
  /** A file from the browser's picker or a drop: refused by its size, else read with progress, then previewed. */
  openFile(file: File): void
  /** A file the desktop's open dialog already read. */
  openText(fileName: string, text: string): void
  /** Shows a refusal that came before any text (the open dialog's). */
  fail(message: string): void
  /** Reads the same text again as another format, when the detection was wrong. */
  readAs(format: ImportFormat): void
  /** Stops reading or checking and closes; nothing has been written. Ignored while the import is being saved. */
  cancel(): void
  /** Saves the previewed import: one write, one undo step. */
  apply(): void
}

/**
 * The import from a chosen file to the saved contacts. Nothing is written before `apply`; a newer request
 * (another file, a cancel) makes any answer still on its way to an older one be ignored.
 */
export function useImportFlow(mutate: Mutate, notify: Notify, onImported: (batch: ImportedBatch) => void): ImportFlow {
  const [stage, setStage] = useState<ImportStage>({ kind: 'closed' })
  const current = useRef(0)
  const reading = useRef<AbortController | null>(null)
  const batches = useRef(0)
  // The stage as last drawn, for the actions (they are stable, so they cannot close over it).
  const latest = useRef(stage)
  useEffect(() => {
    latest.current = stage
  })

  /** Starts a new request: earlier ones stop and their answers are dropped. Returns a check that it is still current. */
  const begin = useCallback(() => {
    reading.current?.abort()
    reading.current = null
    const mine = ++current.current
    return () => current.current === mine
  }, [])

  const check = useCallback(
    async (source: ImportSource, stillCurrent: () => boolean) => {
      setStage({ kind: 'checking', source })
      const result = await call('import:preview', { format: source.format, text: source.text, fileName: source.fileName })
      if (!stillCurrent()) return
      setStage(result.ok ? { kind: 'preview', source, preview: result.value } : { kind: 'failed', message: result.error.message, source })
    },
    [],
  )

  const openFile = useCallback(
    (file: File) => {
      const stillCurrent = begin()
      const refused = fileTooLarge(file)
      if (refused) return setStage({ kind: 'failed', message: refused, source: null })
      const controller = new AbortController()
      reading.current = controller
      setStage({ kind: 'reading', fileName: file.name, share: null })
      readFileText(file, (share) => stillCurrent() && setStage({ kind: 'reading', fileName: file.name, share }), controller.signal).then(
        (text) => stillCurrent() && void check({ fileName: file.name, text, format: 'auto' }, stillCurrent),
        (error: unknown) => {
          if (error instanceof ReadCancelled || !stillCurrent()) return
          setStage({ kind: 'failed', message: error instanceof Error ? error.message : String(error), source: null })
        },
      )
    },
    [begin, check],
  )

  const openText = useCallback((fileName: string, text: string) => void check({ fileName, text, format: 'auto' }, begin()), [begin, check])
  const fail = useCallback((message: string) => {
    begin()
    setStage({ kind: 'failed', message, source: null })
  }, [begin])

  const readAs = useCallback(
    (format: ImportFormat) => {
      const now = latest.current
      if (now.kind !== 'preview' && now.kind !== 'failed') return
      if (!now.source) return
      void check({ ...now.source, format }, begin())
    },
    [begin, check],
  )

  const cancel = useCallback(() => {
    if (latest.current.kind === 'applying') return
    begin()
    setStage({ kind: 'closed' })
  }, [begin])

  const apply = useCallback(() => {
    const now = latest.current
    if (now.kind !== 'preview') return
    const { source, preview } = now
    const stillCurrent = begin()
    setStage({ kind: 'applying', source, preview })
    void (async () => {
      // The detected format, so the import reads the file exactly as the preview did.
      const result = await mutate('import:apply', { format: preview.format, text: source.text, fileName: source.fileName })
      if (!stillCurrent()) return
      if (!result.ok) return setStage({ kind: 'failed', message: result.error.message, source })
      setStage({ kind: 'closed' })
      notify(importedNotice(result.value, source.fileName, preview.format), 'info')
      // A restored backup is the user's own network back, not new people to sort into categories.
      if (preview.format === 'kith-json') return
      const history = await call('history:status', {})
      onImported({
        batch: ++batches.current,
        fileName: source.fileName,
        createdIds: result.value.createdIds,
        updatedIds: result.value.updatedIds,
        undoLabel: history.ok ? history.value.undo : null,
      })
    })()
  }, [begin, mutate, notify, onImported])

  return useMemo(() => ({ stage, openFile, openText, fail, readAs, cancel, apply }), [stage, openFile, openText, fail, readAs, cancel, apply])
}
