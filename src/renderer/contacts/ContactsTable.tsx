import { memo, useEffect, useId, useMemo, useRef, type ChangeEvent, type KeyboardEvent } from 'react'
import { BandPill } from '../shared/BandPill'
import { useDialogs, type Dialogs } from '../shared/dialogs'
import { dueLabel, formatDay, lastContactWords } from '../shared/format'
import { categoryLabel } from '../shared/labels'
import { useVirtualTable, VirtualBody } from '../shared/VirtualTable'
import type { ContactRow, Sort, SortKey } from './contact-rows'
import { shownSelection, tickRange } from './row-selection'

const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'organization', label: 'Organization' },
  { key: 'role', label: 'Role' },
  { key: 'categories', label: 'Categories' },
  { key: 'strength', label: 'Strength' },
  { key: 'lastContact', label: 'Last contact' },
  { key: 'band', label: 'Staleness' },
  { key: 'nextDue', label: 'Next due' },
]

/** A row's height before it is measured: between one line and two (categories often wrap). */
const ROW_HEIGHT = 48

/** What a row asks of the table; one object for every row, so a row redraws only when its own data changes. */
interface RowActions {
  tick(index: number, on: boolean, shift: boolean): void
  key(index: number, event: KeyboardEvent<HTMLInputElement>): void
  dialogs: Dialogs
}

/**
 * Every contact shown, in one scrolling table that draws only the rows in view. Ticks select; Shift with a
 * click or with ↑/↓ selects a range; ↑/↓, Home and End move between the rows' tick boxes.
 */
export function ContactsTable(props: {
  rows: readonly ContactRow[]
  sort: Sort
  onSort: (key: SortKey) => void
  selected: ReadonlySet<string>
  onSelected: (next: Set<string>) => void
  today: string
}) {
  const { rows, sort, selected, today } = props
  const dialogs = useDialogs()
  const hintId = useId()
  const { virtualizer, scrollRef, headRef, keepRow } = useVirtualTable({ count: rows.length, estimateRowHeight: ROW_HEIGHT, rowKey: (i) => rows[i]?.contact.id ?? String(i) })
  const everyone = useMemo(() => rows.map((r) => r.contact.id), [rows])
  const header = useMemo(() => shownSelection(selected, everyone), [selected, everyone])
  const headerBox = useRef<HTMLInputElement>(null)
  // The anchor of a Shift range: the row ticked or moved to last.
  const anchor = useRef<string | null>(null)
  // A tick box to focus once its row is drawn (after an arrow key moved far).
  const pendingFocus = useRef<number | null>(null)

  // The latest props for the one actions object the rows share.
  const latest = useRef({ everyone, selected, onSelected: props.onSelected, virtualizer, keepRow })
  useEffect(() => {
    latest.current = { everyone, selected, onSelected: props.onSelected, virtualizer, keepRow }
  })
  useEffect(() => {
    if (headerBox.current) headerBox.current.indeterminate = header === 'some'
  }, [header])
  useEffect(() => {
    const index = pendingFocus.current
    if (index === null) return
    const box = scrollRef.current?.querySelector<HTMLInputElement>(`tr[data-index="${index}"] .select-cell input`)
    if (box) {
      pendingFocus.current = null
      box.focus({ preventScroll: true })
    }
  })

  const actions = useMemo<RowActions>(() => {
    const moveTo = (index: number) => {
      const { virtualizer: v, keepRow: keep, everyone: ids } = latest.current
      const target = Math.max(0, Math.min(index, ids.length - 1))
      pendingFocus.current = target
      keep(target)
      v.scrollToIndex(target, { align: 'auto' })
      return target
    }
    return {
      dialogs,
      tick(index, on, shift) {
        const { everyone: ids, selected: current, onSelected } = latest.current
        const id = ids[index]
        if (id === undefined) return
        onSelected(tickRange(current, ids, shift ? anchor.current : null, id, on))
        anchor.current = id
      },
      key(index, event) {
        const { everyone: ids, selected: current, onSelected } = latest.current
        const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: ids.length - 1 }
        if (!Object.hasOwn(moves, event.key) || event.altKey || event.ctrlKey || event.metaKey) return
        event.preventDefault()
        const from = ids[index]
        const target = moveTo(moves[event.key] as number)
        const to = ids[target]
        if (!event.shiftKey || to === undefined) return
        // Shift extends the selection from the anchor (or this row) to the row moved to.
        anchor.current ??= from ?? null
        onSelected(tickRange(current, ids, anchor.current, to, true))
      },
    }
  }, [dialogs])

  const selectAll = (e: ChangeEvent<HTMLInputElement>) => props.onSelected(e.target.checked ? new Set([...selected, ...everyone]) : new Set())

  return (
    <div className="table-wrap" ref={scrollRef}>
      <p id={hintId} className="visually-hidden">
        Up and down arrows move between rows; Shift with a click or an arrow selects a range.
      </p>
      <table className="contacts-table virtual-contacts" aria-rowcount={rows.length + 1}>
        <thead ref={headRef}>
          <tr aria-rowindex={1}>
            <th scope="col" className="select-cell">
              <input ref={headerBox} type="checkbox" aria-label="Select all shown" checked={header === 'all'} onChange={selectAll} />
            </th>
            {COLUMNS.map((col) => (
              <th key={col.key} scope="col" className={`col-${col.key}`} aria-sort={sort.key === col.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" className="sort-button" onClick={() => props.onSort(col.key)}>
                  {col.label}
                  {sort.key === col.key && <span aria-hidden="true">{sort.descending ? ' ↓' : ' ↑'}</span>}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <VirtualBody virtualizer={virtualizer} keepRow={keepRow}>
          {(index) => {
            const row = rows[index] as ContactRow
            return (
              <ContactRowView
                key={row.contact.id}
                row={row}
                index={index}
                isSelected={selected.has(row.contact.id)}
                today={today}
                hintId={hintId}
                measureRef={virtualizer.measureElement}
                actions={actions}
              />
            )
          }}
        </VirtualBody>
      </table>
    </div>
  )
}

const ContactRowView = memo(function ContactRowView({
  row,
  index,
  isSelected,
  today,
  hintId,
  measureRef,
  actions,
}: {
  row: ContactRow
  index: number
  isSelected: boolean
  today: string
  hintId: string
  measureRef: (row: HTMLTableRowElement | null) => void
  actions: RowActions
}) {
  const { contact: c, status, suggested, converted } = row
  return (
    <tr ref={measureRef} data-index={index} aria-rowindex={index + 2} className={isSelected ? 'selected' : undefined}>
      <td className="select-cell">
        <input
          type="checkbox"
          aria-label={`Select ${c.name}`}
          aria-describedby={hintId}
          checked={isSelected}
          onChange={(e) => actions.tick(index, e.target.checked, (e.nativeEvent as MouseEvent).shiftKey === true)}
          onKeyDown={(e) => actions.key(index, e)}
        />
      </td>
      <td>
        <button type="button" className="link" onClick={() => actions.dialogs.open({ kind: 'edit-contact', id: c.id })}>
          {c.name}
        </button>
        {c.onLaidOffList && (
          <span className="tag-pill" title="On my laid-off list">
            laid-off list
          </span>
        )}
        <button type="button" className="link row-action" aria-label="Write to them" title={`Write to ${c.name}`} onClick={() => actions.dialogs.open({ kind: 'compose', contactId: c.id })}>
          <span aria-hidden="true">✉</span>
        </button>
        <button type="button" className="link small row-action" title={`Meeting prep brief for ${c.name}`} onClick={() => actions.dialogs.open({ kind: 'brief', contactId: c.id })}>
          Prep brief
        </button>
      </td>
      <td>
        {c.organization}
        {/* Shown only when the window is too narrow for the Role column (styles.css). */}
        {c.role && <span className="cell-sub">{c.role}</span>}
      </td>
      <td className="col-role">{c.role}</td>
      <td>
        {c.categories.map(categoryLabel).join(', ')}
        {converted !== null && <span className={converted ? 'tag-pill good' : 'tag-pill'}>{converted ? 'met' : 'not met yet'}</span>}
      </td>
      <td title={suggested === null ? `You rated ${c.tieStrength}; nothing logged yet to suggest otherwise` : `You rated ${c.tieStrength}; the last year suggests ${suggested}`}>
        {c.tieStrength}
        {suggested !== null && suggested !== c.tieStrength && <span className="muted small suggests"> (suggests {suggested})</span>}
      </td>
      <td className="col-lastContact">{lastContactWords(status)}</td>
      <td>
        <BandPill band={status.band} />
      </td>
      <td className="nowrap">
        <time dateTime={status.dueOn} title={formatDay(status.dueOn)}>
          {dueLabel(status.dueOn, today)}
        </time>
      </td>
    </tr>
  )
})
