import { useEffect, useId, useRef, useState } from 'react'
import type { ExportFormat } from '../../core/import-export-schema'
import { call, isDesktopHost, saveFile } from '../client/backend-client'
import { DataFolderNote } from './DataFolderNote'

/** The ways to take data out of Kith, each with what it is for. */
const EXPORTS: readonly { format: ExportFormat; title: string; file: string; what: string; button: string }[] = [
  {
    format: 'kith-json',
    title: 'Kith backup',
    file: '.json',
    what: 'Everything in Kith, exactly as it is stored. Import it again to get all of it back.',
    button: 'Save backup',
  },
  {
    format: 'contacts-csv',
    title: 'Contacts',
    file: '.csv',
    what: 'One row per person, with categories, tags, last contact and next due. Opens in any spreadsheet.',
    button: 'Save contacts',
  },
  {
    format: 'interactions-csv',
    title: 'Interactions',
    file: '.csv',
    what: 'Every conversation you logged: when, with whom, how, and who helped whom. Opens in any spreadsheet.',
    button: 'Save interactions',
  },
  {
    format: 'graphml',
    title: 'Network graph',
    file: '.graphml',
    what: 'You, your contacts and who knows whom, weighted by how often you talk. Opens in Gephi or Cytoscape.',
    button: 'Save graph',
  },
  {
    format: 'calendar-ics',
    title: 'Calendar',
    file: '.ics',
    what: 'Your planned meetings from this month on and your open follow-ups, as all-day reminders. Opens in any calendar app.',
    button: 'Save calendar',
  },
]

type Message = { readonly text: string; readonly error: boolean }

/**
 * "Your data": take everything out of Kith as a backup, spreadsheets, a graph or calendar reminders. The desktop app asks where
 * to save; a browser downloads. File → Export Data… brings the user here (`focusOnArrival`).
 */
export function YourDataCard(props: { focusOnArrival?: boolean; onArrived?: (() => void) | undefined }) {
  const { focusOnArrival = false, onArrived } = props
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const [message, setMessage] = useState<Message | null>(null)

  useEffect(() => {
    if (!focusOnArrival) return
    heading.current?.scrollIntoView({ block: 'start' })
    heading.current?.focus()
    onArrived?.()
  }, [focusOnArrival, onArrived])

  const save = async (format: ExportFormat) => {
    if (busy !== null) return
    setBusy(format)
    setMessage(null)
    try {
      const result = await call('export:data', { format })
      if (!result.ok) return setMessage({ text: `Nothing was saved: ${result.error.message}`, error: true })
      const { fileName, mimeType, text } = result.value
      const outcome = await saveFile(fileName, new Blob([text], { type: mimeType }))
      if (outcome.saved) {
        setMessage({ text: isDesktopHost() ? `Saved ${outcome.where}.` : `Saved ${fileName} to your downloads.`, error: false })
      } else if (outcome.message) {
        setMessage({ text: `Nothing was saved: ${outcome.message}`, error: true })
      }
    } finally {
      setBusy(null)
    }
  }

  return (
    <section className="profile-card your-data" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Your data
      </h2>
      <p className="muted">Everything you keep in Kith is yours to take with you, whenever you like.</p>
      <ul className="export-list">
        {EXPORTS.map((e) => (
          <li key={e.format}>
            <div>
              <h3>
                {e.title} <span className="muted small">{e.file}</span>
              </h3>
              <p className="muted small">{e.what}</p>
            </div>
            {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page's start. */}
            <button type="button" onClick={() => void save(e.format)} aria-disabled={busy !== null}>
              {busy === e.format ? 'Saving…' : e.button}
            </button>
          </li>
        ))}
      </ul>
      {/* Always in the page, so a screen reader hears each result as it appears. */}
      <p className={message?.error ? 'callout error' : message ? 'callout' : 'visually-hidden'} role="status">
        {message?.text}
      </p>
      <DataFolderNote />
    </section>
  )
}
