import { useEffect, useRef } from 'react'
import { plural } from '../shared/format'
import './just-imported.css'

/**
 * Above the table while it shows just the people an import brought in: the moment to sort them into
 * categories, with the bulk edit one click away, and the way back to everyone (or to before the import).
 */
export function JustImportedBar(props: {
  count: number
  /** Of `count`, the people who were already in Kith and were only brought up to date. */
  refreshed: number
  fileName: string
  selected: number
  onCategorize: () => void
  onShowEveryone: () => void
  onUndo: (() => void) | null
  /** Straight from the import: the focus starts on sorting them (the import's notice says what was added). */
  focusOnArrival: boolean
}) {
  const { count, selected } = props
  const sortButton = useRef<HTMLButtonElement>(null)
  const focusOnArrival = useRef(props.focusOnArrival)
  useEffect(() => {
    if (focusOnArrival.current) sortButton.current?.focus()
  }, [])
  return (
    <div className="just-imported" role="region" aria-label="Just imported">
      <p>
        <strong>Showing the {plural(count, 'person', 'people')} just imported</strong> from “{props.fileName}”.{' '}
        <span className="just-imported-why">
          New people start as Social media: tick the people who belong together{selected === count ? ' (all are ticked now)' : ''} and choose their
          categories, so the map can tell your colleagues from people you know online.
          {props.refreshed > 0 &&
            ` ${plural(props.refreshed, 'person was', 'people were')} already in Kith and only brought up to date; they keep their categories and start unticked.`}
        </span>
      </p>
      <div className="just-imported-actions">
        <button ref={sortButton} type="button" className="primary" disabled={selected === 0} onClick={props.onCategorize}>
          {selected === 0 ? 'Choose categories…' : `Choose categories for ${plural(selected, 'person', 'people')}…`}
        </button>
        {props.onUndo && (
          <button type="button" onClick={props.onUndo}>
            Undo the import
          </button>
        )}
        <button type="button" className="link" onClick={props.onShowEveryone}>
          Show everyone
        </button>
      </div>
    </div>
  )
}
