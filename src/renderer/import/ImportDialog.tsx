import { useEffect, useRef, type ReactNode } from 'react'
import { Modal } from '../shared/Modal'
import { changesNothing, checkingWords, importButtonLabel, percentOf, readingWords } from './import-wording'
import { FormatChoice, ImportPreviewBody } from './ImportPreviewBody'
import type { ImportFlow } from './use-import-flow'
import './import.css'

/**
 * The import, from reading the file to "Import N contacts": progress while the page reads and the backend
 * checks, then the preview, or the reason nothing can be imported. Nothing is written before the import button.
 */
export function ImportDialog({ flow, onChooseAnother, picker }: { flow: ImportFlow; onChooseAnother: () => void; picker: ReactNode }) {
  const { stage } = flow
  // Where the focus goes as the dialog moves on: the counts of a preview, a refusal, the saving line.
  const arrival = useRef<HTMLElement>(null)
  // A refusal right after another (a second file too large) is a new arrival too.
  const arrivalKey = stage.kind === 'failed' ? stage : stage.kind
  useEffect(() => {
    if (arrivalKey === 'preview' || arrivalKey === 'applying' || typeof arrivalKey === 'object') arrival.current?.focus()
  }, [arrivalKey])
  if (stage.kind === 'closed') return null

  const fileName = stage.kind === 'reading' ? stage.fileName : stage.kind === 'failed' ? (stage.source?.fileName ?? null) : stage.source.fileName
  return (
    <Modal title="Import contacts" onClose={flow.cancel} wide>
      <div className="import-dialog">
        {fileName && (
          <div className="import-file">
            <span className="import-file-name">{fileName}</span>
            {/* Once the backend has said what it is; after a refusal only when the user chose the format (another may read it). */}
            {(stage.kind === 'preview' || ((stage.kind === 'checking' || stage.kind === 'failed') && stage.source && stage.source.format !== 'auto')) && (
              <FormatChoice
                value={stage.kind === 'preview' ? stage.preview.format : (stage.source?.format ?? 'auto')}
                disabled={stage.kind === 'checking'}
                onChange={flow.readAs}
              />
            )}
          </div>
        )}
        {stage.kind === 'reading' && (
          <Progress words={readingWords(stage.fileName, null)} share={stage.share} label={`Reading ${stage.fileName}`} />
        )}
        {stage.kind === 'checking' && <Progress words={checkingWords(stage.source.text, stage.source.format)} share={null} label="Checking the file" />}
        {stage.kind === 'applying' && (
          <div ref={(el) => void (arrival.current = el)} tabIndex={-1}>
            <Progress words="Importing…" share={null} label="Importing" />
          </div>
        )}
        {stage.kind === 'failed' && (
          <div ref={(el) => void (arrival.current = el)} tabIndex={-1} className="callout error import-error" role="alert">
            <p>{stage.message}</p>
            <p className="small">Nothing was imported and nothing in Kith has changed.</p>
          </div>
        )}
        {stage.kind === 'preview' && (
          <>
            <ImportPreviewBody preview={stage.preview} countsRef={(el) => void (arrival.current = el)} />
          </>
        )}
        <div className="form-actions import-actions">
          {stage.kind === 'failed' && (
            <>
              {/* Inside the dialog: the page behind it is inert while it is open. */}
              {picker}
              <button type="button" onClick={onChooseAnother}>
                Choose another file…
              </button>
            </>
          )}
          <span className="spacer" />
          <button type="button" onClick={flow.cancel} disabled={stage.kind === 'applying'}>
            {stage.kind === 'failed' || (stage.kind === 'preview' && changesNothing(stage.preview)) ? 'Close' : 'Cancel'}
          </button>
          {(stage.kind === 'preview' || stage.kind === 'applying') && !changesNothing(stage.preview) && (
            <button type="button" className={stage.preview.format === 'kith-json' ? 'danger' : 'primary'} disabled={stage.kind === 'applying'} onClick={flow.apply}>
              {importButtonLabel(stage.preview)}
            </button>
          )}
        </div>
      </div>
    </Modal>
  )
}

/**
 * A stage that takes a while: what is happening (announced once), and how far along when the browser knows
 * (shown, not announced: a percentage read out every few milliseconds would drown everything else).
 */
function Progress(props: { words: string; share: number | null; label: string }) {
  return (
    <div className="import-progress">
      <p>
        <span role="status">{props.words}</span>
        {props.share !== null && <span className="import-percent"> {percentOf(props.share)}</span>}
      </p>
      {props.share === null ? <progress aria-label={props.label} /> : <progress aria-label={props.label} value={props.share} max={1} />}
    </div>
  )
}
