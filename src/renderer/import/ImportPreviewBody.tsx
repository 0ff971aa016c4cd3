import { useId, useState, type ReactNode, type Ref } from 'react'
import type { DetectedImportFormat, ImportFormat, ImportPreview } from '../../core/import-export-schema'
import { EnumSelect } from '../shared/EnumSelect'
import { formatNumber } from '../shared/format'
import { changesNothing, DETECTED_FORMATS, fieldLabel, FORMAT_LABELS, MATCHED_BY, NOTHING_WOULD_CHANGE, previewCounts } from './import-wording'

/** Rows drawn at once in each list; more on request, so a 30,000-row file stays quick. */
const PAGE = 200

/** "Read as": the detected format, which the user can change when the detection was wrong. */
export function FormatChoice(props: { value: ImportFormat; disabled?: boolean; onChange: (format: DetectedImportFormat) => void }) {
  return (
    <label className="import-format">
      Read as
      <EnumSelect
        value={props.value === 'auto' ? '' : props.value}
        options={DETECTED_FORMATS}
        label={(f) => FORMAT_LABELS[f]}
        emptyLabel="Choose a format"
        disabled={props.disabled}
        onChange={(format) => format !== '' && props.onChange(format)}
      />
    </label>
  )
}

/**
 * What the import would do: the counts (the focus lands on them when the preview arrives), warnings, then who
 * is new, who changes and which rows are left out.
 */
export function ImportPreviewBody({ preview, countsRef }: { preview: ImportPreview; countsRef: Ref<HTMLParagraphElement> }) {
  const counts = previewCounts(preview)
  return (
    <>
      <p className="import-counts" ref={countsRef} tabIndex={-1}>
        {counts.map((c, i) => (
          <span key={c.label}>
            <strong>{c.count}</strong> {c.label}
            {i < counts.length - 1 ? ', ' : '.'}
          </span>
        ))}
      </p>
      {/* A backup's warnings say it replaces the whole network: in plain sight. A contact file's can be one per line. */}
      {preview.format === 'kith-json' && preview.warnings.length > 0 && (
        <ul className="callout warn import-warnings" aria-label="Warnings">
          {preview.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {changesNothing(preview) && <p className="callout import-nothing">{NOTHING_WOULD_CHANGE}</p>}
      {preview.create.length > 0 && (
        <Section title="New people" count={preview.create.length}>
          {(shown) => (
            <table className="import-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Organization</th>
                  <th scope="col">Role</th>
                  <th scope="col">E-mail</th>
                </tr>
              </thead>
              <tbody>
                {preview.create.slice(0, shown).map((c, i) => (
                  <tr key={`${c.line ?? 'b'}-${i}`}>
                    <td>{c.name}</td>
                    <td>{c.organization}</td>
                    <td>{c.role}</td>
                    <td>{c.email}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>
      )}
      {preview.update.length > 0 && (
        <Section title="To update" count={preview.update.length}>
          {(shown) => (
            <ul className="import-updates">
              {preview.update.slice(0, shown).map((u) => (
                <li key={u.id}>
                  <strong>{u.name}</strong> <span className="muted small">({MATCHED_BY[u.matchedBy]})</span>
                  <ul>
                    {u.changes.map((c) => (
                      <li key={c.field}>
                        {fieldLabel(c.field)}: {c.from === '' ? <span className="muted">empty</span> : c.from} → {c.to === '' ? <span className="muted">empty</span> : c.to}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      {preview.skipped.length > 0 && (
        <Section title="Left out" count={preview.skipped.length}>
          {(shown) => (
            <ul className="import-skipped">
              {preview.skipped.slice(0, shown).map((s) => (
                <li key={`${s.line}-${s.reason}`}>
                  <span className="import-line">Line {formatNumber(s.line)}</span> {s.reason}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
      {preview.format !== 'kith-json' && preview.warnings.length > 0 && (
        <Section title="Warnings" count={preview.warnings.length}>
          {(shown) => (
            <ul className="import-skipped">
              {preview.warnings.slice(0, shown).map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
        </Section>
      )}
    </>
  )
}

/** A titled list in its own scrolling box, drawing PAGE items at a time. */
function Section(props: { title: string; count: number; children: (shown: number) => ReactNode }) {
  const [shown, setShown] = useState(PAGE)
  const headingId = useId()
  const left = props.count - shown
  return (
    <div className="import-section">
      <h3 id={headingId}>
        {props.title} <span className="muted">({formatNumber(props.count)})</span>
      </h3>
      {/* Focusable so the keyboard can scroll it (a scrolling box nobody can focus is out of reach without a mouse). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="import-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        {props.children(shown)}
      </div>
      {left > 0 && (
        <p className="import-more">
          <span className="muted small">
            Showing the first {formatNumber(shown)} of {formatNumber(props.count)}.
          </span>{' '}
          <button type="button" className="link" onClick={() => setShown((n) => n + PAGE)}>
            Show {formatNumber(Math.min(PAGE, left))} more
          </button>
        </p>
      )}
    </div>
  )
}
