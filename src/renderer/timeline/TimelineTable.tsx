import { memo, useEffect, useMemo, useRef } from 'react'
import type { FollowUp } from '../../core/event-schema'
import type { Interaction, InteractionId } from '../../core/schema'
import { dueLabel, formatDay, formatNumber } from '../shared/format'
import { CHANNEL_LABELS, DIRECTION_LABELS, interactionName } from '../shared/labels'
import { useVirtualTable, VirtualBody } from '../shared/VirtualTable'

/** Names shown in a row before "and n more". */
const NAMES_SHOWN = 4
/** A row's height before it is measured: a date, a name or two and a summary line. */
const ROW_HEIGHT = 52

interface RowActions {
  person(contactId: string): void
  edit(id: InteractionId): void
  remove(id: InteractionId): void
}

/** The interactions that match, newest first, in one scrolling table that draws only the rows in view. */
export function TimelineTable(props: {
  interactions: readonly Interaction[]
  nameOf: (contactId: string) => string
  eventName: (eventId: string) => string | null
  followUps: ReadonlyMap<string, readonly FollowUp[]>
  today: string
  onPerson: (contactId: string) => void
  onEdit: (id: InteractionId) => void
  onDelete: (id: InteractionId) => void
}) {
  const { interactions, nameOf, today } = props
  const { virtualizer, scrollRef, headRef, keepRow } = useVirtualTable({
    count: interactions.length,
    estimateRowHeight: ROW_HEIGHT,
    rowKey: (i) => interactions[i]?.id ?? String(i),
  })
  // One actions object for every row, calling the latest handlers: a row redraws only when its own data changes.
  const latest = useRef(props)
  useEffect(() => {
    latest.current = props
  })
  const actions = useMemo<RowActions>(
    () => ({
      person: (id) => latest.current.onPerson(id),
      edit: (id) => latest.current.onEdit(id),
      remove: (id) => latest.current.onDelete(id),
    }),
    [],
  )
  const none: readonly FollowUp[] = useMemo(() => [], [])

  return (
    <div className="table-wrap" ref={scrollRef}>
      <table className="contacts-table timeline-table" aria-rowcount={interactions.length + 1}>
        <thead ref={headRef}>
          <tr aria-rowindex={1}>
            <th scope="col" className="col-date">
              Date
            </th>
            <th scope="col" className="col-with">
              With
            </th>
            <th scope="col" className="col-how">
              How
            </th>
            <th scope="col" className="col-direction">
              Who helped whom
            </th>
            <th scope="col" className="col-summary">
              What happened
            </th>
            <th scope="col" className="col-actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <VirtualBody virtualizer={virtualizer} keepRow={keepRow}>
          {(index) => {
            const i = interactions[index] as Interaction
            return (
              <TimelineRow
                key={i.id}
                index={index}
                measureRef={virtualizer.measureElement}
                interaction={i}
                names={i.contactIds.map(nameOf)}
                eventName={i.eventId === null ? null : props.eventName(i.eventId)}
                followUps={props.followUps.get(i.id) ?? none}
                today={today}
                actions={actions}
              />
            )
          }}
        </VirtualBody>
      </table>
    </div>
  )
}

/** Shallow, but names compared by value: they are built afresh for every render. */
const sameRow = (a: RowProps, b: RowProps) =>
  a.interaction === b.interaction &&
  a.index === b.index &&
  a.eventName === b.eventName &&
  a.followUps === b.followUps &&
  a.today === b.today &&
  a.names.length === b.names.length &&
  a.names.every((n, k) => n === b.names[k])

interface RowProps {
  index: number
  measureRef: (row: HTMLTableRowElement | null) => void
  interaction: Interaction
  names: readonly string[]
  eventName: string | null
  followUps: readonly FollowUp[]
  today: string
  actions: RowActions
}

const TimelineRow = memo(function TimelineRow({ index, measureRef, interaction: i, names, eventName, followUps, today, actions }: RowProps) {
  const visible = names.length <= NAMES_SHOWN ? names.length : NAMES_SHOWN - 1
  return (
    <tr ref={measureRef} data-index={index} aria-rowindex={index + 2}>
      <td className="nowrap">
        <time dateTime={i.date}>{formatDay(i.date)}</time>
        {/* Shown only when the window is too narrow for the How column (timeline.css). */}
        <span className="cell-sub">{CHANNEL_LABELS[i.channel]}</span>
      </td>
      <td className="people-cell">
        {names.slice(0, visible).map((name, k) => (
          <button
            key={i.contactIds[k]}
            type="button"
            className="link person"
            aria-label={`Show only interactions with ${name}`}
            title="Show only this person"
            onClick={() => actions.person(i.contactIds[k] as string)}
          >
            {name}
          </button>
        ))}
        {visible < names.length && (
          <span className="muted small" title={names.slice(visible).join(', ')}>
            and {formatNumber(names.length - visible)} more
          </span>
        )}
      </td>
      <td className="col-how">{CHANNEL_LABELS[i.channel]}</td>
      <td className={`direction ${i.direction}`}>{DIRECTION_LABELS[i.direction]}</td>
      <td className="summary-cell">
        {i.summary ? <span>{i.summary}</span> : <span className="muted">No summary</span>}
        {(eventName || followUps.length > 0) && (
          <ul className="chips row-chips">
            {eventName && <li className="chip event-chip">At {eventName}</li>}
            {followUps.map((f) => (
              <li key={f.id} className={f.dueOn < today ? 'chip follow-up-chip overdue' : 'chip follow-up-chip'}>
                Follow-up: {f.title} · {dueLabel(f.dueOn, today)}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="actions-cell">
        <div className="row-actions">
          <button type="button" className="subtle" aria-label={`Edit ${interactionName(i.date, names)}`} onClick={() => actions.edit(i.id)}>
            Edit
          </button>
          <button type="button" className="danger subtle" aria-label={`Delete ${interactionName(i.date, names)}`} onClick={() => actions.remove(i.id)}>
            Delete
          </button>
        </div>
      </td>
    </tr>
  )
}, sameRow)
