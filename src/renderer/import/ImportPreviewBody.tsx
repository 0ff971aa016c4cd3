import { useId, type ReactNode, type Ref } from 'react'
import type { DetectedImportFormat, ImportFormat, ImportPreview } from '../../core/import-export-schema'
import { EnumSelect } from '../shared/EnumSelect'
import { formatNumber } from '../shared/format'
import { drawnRows, keepFocusedRow, useVirtualRows, useVirtualTable, VirtualBody } from '../shared/VirtualTable'
import { changesNothing, DETECTED_FORMATS, fieldLabel, FORMAT_LABELS, MATCHED_BY, NOTHING_WOULD_CHANGE, previewCounts } from './import-wording'

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
          {(headingId) => <NewPeople people={preview.create} labelledBy={headingId} />}
        </Section>
      )}
      {preview.update.length > 0 && (
        <Section title="To update" count={preview.update.length}>
          {(headingId) => (
            <VirtualList className="import-updates" count={preview.update.length} labelledBy={headingId} estimate={64} itemKey={(i) => preview.update[i]?.id ?? String(i)}>
              {(i) => {
                const u = preview.update[i] as ImportPreview['update'][number]
                return (
                  <>
                    <strong>{u.name}</strong> <span className="muted small">({MATCHED_BY[u.matchedBy]})</span>
                    <ul>
                      {u.changes.map((c) => (
                        <li key={c.field}>
                          {fieldLabel(c.field)}: {c.from === '' ? <span className="muted">empty</span> : c.from} → {c.to === '' ? <span className="muted">empty</span> : c.to}
                        </li>
                      ))}
                    </ul>
                  </>
                )
              }}
            </VirtualList>
          )}
        </Section>
      )}
      {preview.skipped.length > 0 && (
        <Section title="Left out" count={preview.skipped.length}>
          {(headingId) => (
            <VirtualList className="import-skipped" count={preview.skipped.length} labelledBy={headingId} estimate={26} itemKey={(i) => `${preview.skipped[i]?.line}-${i}`}>
              {(i) => {
                const s = preview.skipped[i] as ImportPreview['skipped'][number]
                return (
                  <>
                    <span className="import-line">Line {formatNumber(s.line)}</span> {s.reason}
                  </>
                )
              }}
            </VirtualList>
          )}
        </Section>
      )}
      {preview.format !== 'kith-json' && preview.warnings.length > 0 && (
        <Section title="Warnings" count={preview.warnings.length}>
          {(headingId) => (
            <VirtualList className="import-skipped" count={preview.warnings.length} labelledBy={headingId} estimate={26} itemKey={String}>
              {(i) => preview.warnings[i]}
            </VirtualList>
          )}
        </Section>
      )}
    </>
  )
}

/** A titled list; its body scrolls in a box of its own. */
function Section(props: { title: string; count: number; children: (headingId: string) => ReactNode }) {
  const headingId = useId()
  return (
    <div className="import-section">
      <h3 id={headingId}>
        {props.title} <span className="muted">({formatNumber(props.count)})</span>
      </h3>
      {props.children(headingId)}
    </div>
  )
}

/** The new people as a table drawing only the rows in view, so a 30,000-row file scrolls as one list. */
function NewPeople({ people, labelledBy }: { people: ImportPreview['create']; labelledBy: string }) {
  const { virtualizer, scrollRef, headRef, keepRow } = useVirtualTable({ count: people.length, estimateRowHeight: 28, rowKey: (i) => `${people[i]?.line ?? 'b'}-${i}` })
  return (
    // Focusable so the keyboard can scroll it (a scrolling box nobody can focus is out of reach without a mouse).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="import-scroll" ref={scrollRef} role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="import-table" aria-rowcount={people.length + 1}>
        <thead ref={headRef}>
          <tr aria-rowindex={1}>
            <th scope="col">Name</th>
            <th scope="col">Organization</th>
            <th scope="col">Role</th>
            <th scope="col">E-mail</th>
          </tr>
        </thead>
        <VirtualBody virtualizer={virtualizer} keepRow={keepRow}>
          {(i) => {
            const c = people[i] as ImportPreview['create'][number]
            return (
              <tr key={`${c.line ?? 'b'}-${i}`} ref={virtualizer.measureElement} data-index={i} aria-rowindex={i + 2}>
                <td>{c.name}</td>
                <td>{c.organization}</td>
                <td>{c.role}</td>
                <td>{c.email}</td>
              </tr>
            )
          }}
        </VirtualBody>
      </table>
    </div>
  )
}

/** A list drawing only the items in view; each item says where it is in the whole (aria-posinset, aria-setsize). */
function VirtualList(props: { className: string; count: number; labelledBy: string; estimate: number; itemKey: (index: number) => string; children: (index: number) => ReactNode }) {
  const { virtualizer, scrollRef, keepRow } = useVirtualRows<HTMLLIElement>({ count: props.count, estimateRowHeight: props.estimate, rowKey: props.itemKey })
  const focus = keepFocusedRow(keepRow)
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="import-scroll" ref={scrollRef} role="region" aria-labelledby={props.labelledBy} tabIndex={0}>
      <ul className={props.className} onFocus={focus.onFocus} onBlur={focus.onBlur}>
        {drawnRows(
          virtualizer,
          (i) => (
            <li key={props.itemKey(i)} ref={virtualizer.measureElement} data-index={i} aria-posinset={i + 1} aria-setsize={props.count}>
              {props.children(i)}
            </li>
          ),
          (key, height) => <li key={key} className="virtual-gap" aria-hidden="true" style={{ height }} />,
        )}
      </ul>
    </div>
  )
}
