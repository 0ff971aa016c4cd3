import { useCallback, useEffect, useEffectEvent, useMemo, useRef, type ReactNode } from 'react'
import { call, isDesktopHost, onHostCommand } from '../client/backend-client'
import { ImportEntryContext, type ImportedBatch, type ImportEntry } from '../shared/import-entry'
import { useModalStack } from '../shared/modal-stack'
import type { Mutate, Notify } from '../shared/view-props'
import { FilePicker } from './FilePicker'
import { ImportDialog } from './ImportDialog'
import { useFileDrop } from './use-file-drop'
import { useImportFlow } from './use-import-flow'

/**
 * The one place an import runs, above the welcome screen and the workspace alike: "Import contacts…" (the
 * browser's file picker, or the desktop's open dialog), File → Import… on the desktop, and a file dropped
 * anywhere onto the window all open the same preview.
 */
export function ImportHost(props: { mutate: Mutate; notify: Notify; onImported: (batch: ImportedBatch) => void; children: ReactNode }) {
  const { notify } = props
  const flow = useImportFlow(props.mutate, notify, props.onImported)
  const modals = useModalStack()
  const picker = useRef<HTMLInputElement>(null)
  const dialogPicker = useRef<HTMLInputElement>(null)

  const { fail, openText } = flow
  /** The desktop's native open dialog reads the file in the main process; the page gets its text. */
  const chooseOnDesktop = useCallback(async () => {
    const chosen = await call('import:choose-file', {})
    if (!chosen.ok) return fail(chosen.error.message)
    if (chosen.value) openText(chosen.value.fileName, chosen.value.text)
  }, [fail, openText])
  const chooseFile = useCallback(() => {
    if (isDesktopHost()) void chooseOnDesktop()
    else picker.current?.click()
  }, [chooseOnDesktop])
  const entry = useMemo<ImportEntry>(() => ({ chooseFile }), [chooseFile])

  // File → Import… on the desktop: from any screen, once no dialog with typed input is in the way.
  const onCommand = useEffectEvent((command: string) => {
    if (command === 'import') modals.leave(() => chooseFile())
  })
  useEffect(() => onHostCommand((command) => onCommand(command)), [])

  const dragging = useFileDrop({
    // Onto the import's own dialog a new file replaces the one being previewed; behind another dialog, not at all.
    canDrop: () => (flow.stage.kind === 'closed' ? !modals.isOpen() : flow.stage.kind !== 'applying'),
    onDrop: (files) => {
      const [file] = files
      if (files.length > 1) return flow.fail(`Kith imports one file at a time; ${files.length} were dropped. Drop just the one to import.`)
      if (file) flow.openFile(file)
    },
    onRefused: () => notify('Close the open dialog first, then drop the file again.'),
  })

  return (
    <ImportEntryContext value={entry}>
      {props.children}
      <FilePicker ref={picker} onFile={flow.openFile} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">
            <strong>Drop the file to import its contacts</strong>
            <span>LinkedIn Connections.csv, a Google or Outlook CSV, vCards (.vcf) or a Kith backup (.json). You see what would change before anything is saved.</span>
          </div>
        </div>
      )}
      <ImportDialog
        flow={flow}
        onChooseAnother={() => (isDesktopHost() ? void chooseOnDesktop() : dialogPicker.current?.click())}
        picker={<FilePicker ref={dialogPicker} onFile={flow.openFile} />}
      />
    </ImportEntryContext>
  )
}
