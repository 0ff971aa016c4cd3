import { useEffect, useRef, useState, type FormEvent } from 'react'
import { saveImage } from '../client/backend-client'
import { EnumSelect } from '../shared/EnumSelect'
import { Modal } from '../shared/Modal'
import type { Theme } from '../shared/theme'
import type { ExportBackground } from './export/export-layout'
import { defaultPaperSize, PAPER_SIZE_IDS, PAPER_SIZES, type PaperSize } from './export/pdf-page'

export type ExportFormat = 'png' | 'svg' | 'pdf'
export const EXPORT_SCALES = [1, 2, 3, 4] as const
export type ExportScale = (typeof EXPORT_SCALES)[number]

/** What the map produces for an export: the image, and the scale actually used when it had to shrink. */
export interface ExportedImage {
  readonly blob: Blob
  readonly fileName: string
  readonly reducedTo: number | null
  /** PDF only: names the PDF's font could not show as written, and so simplified. */
  readonly changedNames?: readonly string[]
}

/** Choose format, scale or paper, colours and background, then save the image of what the map shows now. */
export function ExportDialog(props: {
  make: (options: { format: ExportFormat; scale: ExportScale; background: ExportBackground; theme: Theme; paper: PaperSize }) => Promise<ExportedImage>
  onClose: () => void
}) {
  const [format, setFormat] = useState<ExportFormat>('png')
  const [scale, setScale] = useState<ExportScale>(2)
  const [paper, setPaper] = useState<PaperSize>(() => defaultPaperSize(navigator.language))
  const [background, setBackground] = useState<ExportBackground>('solid')
  // Light by default whatever the screen shows: images mostly go into documents and onto paper.
  const [theme, setTheme] = useState<Theme>('light')
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const status = useRef<HTMLParagraphElement>(null)
  // In a short window the form scrolls: bring the outcome into view, or it stays below the fold.
  // (A block body: newer Chromium returns a promise from scrollIntoView, which React would take for a cleanup.)
  useEffect(() => {
    status.current?.scrollIntoView({ block: 'nearest' })
  }, [message])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void save()
  }
  const save = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const image = await props.make({ format, scale, background, theme, paper })
      const outcome = await saveImage(image.fileName, image.blob)
      const shrunk = image.reducedTo ? ` The map is large, so it was made at ${image.reducedTo.toFixed(1)}× instead of ${scale}×.` : ''
      if (outcome.saved) {
        setMessage({ text: `Saved to ${outcome.where}.${shrunk}${changedNote(image.changedNames ?? [])}`, error: false })
        setSaved(true)
      }
      else if (outcome.message) setMessage({ text: outcome.message, error: true })
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal title="Export image" onClose={props.onClose}>
      <form className="export-form" onSubmit={submit} aria-label="Export image">
        <p className="muted">The image shows the map as it is now — layout, filters and all — with its legend, your name and today’s date.</p>
        <fieldset>
          <legend>Format</legend>
          <label className="check">
            <input type="radio" name="format" checked={format === 'png'} onChange={() => setFormat('png')} />
            PNG picture
          </label>
          <label className="check">
            <input type="radio" name="format" checked={format === 'svg'} onChange={() => setFormat('svg')} />
            SVG drawing (sharp at any size, editable)
          </label>
          <label className="check">
            <input type="radio" name="format" checked={format === 'pdf'} onChange={() => setFormat('pdf')} />
            PDF document (one page, ready to print)
          </label>
        </fieldset>
        {format === 'png' && (
          <label className="field">
            Scale
            <EnumSelect value={scale} options={EXPORT_SCALES} label={(s) => `${s}×`} onChange={setScale} />
          </label>
        )}
        {format === 'pdf' && (
          <label className="field">
            Page size (landscape)
            <EnumSelect value={paper} options={PAPER_SIZE_IDS} label={(p) => PAPER_SIZES[p].label} onChange={setPaper} />
          </label>
        )}
        <fieldset>
          <legend>Colours</legend>
          <label className="check">
            <input type="radio" name="theme" checked={theme === 'light'} onChange={() => setTheme('light')} />
            Light
          </label>
          <label className="check">
            <input type="radio" name="theme" checked={theme === 'dark'} onChange={() => setTheme('dark')} />
            Dark
          </label>
        </fieldset>
        <fieldset>
          <legend>Background</legend>
          <label className="check">
            <input type="radio" name="background" checked={background === 'solid'} onChange={() => setBackground('solid')} />
            {theme === 'dark' ? 'Solid dark' : 'Solid white'}
          </label>
          <label className="check">
            <input type="radio" name="background" checked={background === 'transparent'} onChange={() => setBackground('transparent')} />
            Transparent
          </label>
        </fieldset>
        {message && (
          <p ref={status} className={message.error ? 'callout error' : 'callout'} role="status">
            {message.text}
          </p>
        )}
        <div className="form-actions">
          <span className="spacer" />
          {/* "Close" once an image is saved, "Cancel" before: nothing is lost either way, and the word says so. */}
          <button type="button" onClick={props.onClose}>
            {saved ? 'Close' : 'Cancel'}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Making the image…' : 'Export image'}
          </button>
        </div>
      </form>
    </Modal>
  )
}

/**
 * Says which names the PDF shows simplified (see pdf-text.ts), a few by name, so the user can choose SVG or
 * PNG for a network with names in other scripts.
 */
function changedNote(names: readonly string[]): string {
  if (names.length === 0) return ''
  const shown = names.slice(0, 3).join(', ')
  const more = names.length > 3 ? ` and ${names.length - 3} more` : ''
  const subject = names.length === 1 ? 'One name uses' : `${names.length} names use`
  return ` ${subject} letters the PDF’s built-in font lacks, so the PDF shows ${names.length === 1 ? 'it' : 'them'} with some accents left off or letters as “?”: ${shown}${more}. The SVG and PNG show every name as written.`
}
