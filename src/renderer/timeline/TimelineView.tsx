import { useDeferredValue, useId, useMemo, useState } from 'react'
import type { FollowUp } from '../../core/event-schema'
import { DIRECTIONS, INTERACTION_CHANNELS, type Interaction, type InteractionId } from '../../core/schema'
import { ConfirmDelete } from '../shared/ConfirmDelete'
import { useDialogs } from '../shared/dialogs'
import { EnumSelect } from '../shared/EnumSelect'
import { dueLabel, formatDay, formatNumber, plural } from '../shared/format'
import { indexById } from '../shared/index-by-id'
import { CHANNEL_LABELS, DIRECTION_LABELS, interactionName } from '../shared/labels'
import type { ViewProps } from '../shared/view-props'
import {
  filterTimeline,
  isFiltered,
  matchingPeople,
  newestFirst,
  NO_FILTER,
  openFollowUpsByInteraction,
  personLabels,
  shownCount,
  type TimelineFilter,
} from './timeline-filter'
import './timeline.css'

/** Rows drawn at a time; "Show more" adds as many again, so 10,000 interactions never render at once. */
const PAGE = 200
/** Names shown in a row before "and n more". */
const NAMES_SHOWN = 4

/** Every interaction across all contacts, newest first, with filters, corrections and deletion. */
export function TimelineView({ network, mutate, notify, today }: ViewProps) {
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER)
  const [limit, setLimit] = useState(PAGE)
  const [deleting, setDeleting] = useState<InteractionId | null>(null)
  const dialogs = useDialogs()
  const listId = useId()

  const contacts = useMemo(() => indexById(network.contacts), [network.contacts])
  const events = useMemo(() => indexById(network.events), [network.events])
  const labels = useMemo(() => personLabels(network.contacts), [network.contacts])
  const sorted = useMemo(() => newestFirst(network.interactions), [network.interactions])
  const openFollowUps = useMemo(() => openFollowUpsByInteraction(network.followUps), [network.followUps])

  // Typing stays responsive on large networks: the list catches up with the filter a moment later.
  const deferred = useDeferredValue(filter)
  const people = useMemo(() => matchingPeople(labels, deferred.person), [labels, deferred.person])
  const matches = useMemo(() => filterTimeline(sorted, deferred, contacts, events, people), [sorted, deferred, contacts, events, people])
  const filtered = isFiltered(deferred)
  const shown = matches.slice(0, limit)

  const change = (patch: Partial<TimelineFilter>) => {
    setFilter((current) => ({ ...current, ...patch }))
    setLimit(PAGE)
  }
  const clear = () => change(NO_FILTER)

  const nameOf = (id: string) => contacts.get(id)?.name ?? 'Someone no longer in your network'
  const target = deleting ? network.interactions.find((i) => i.id === deleting) : undefined

  const remove = async (interaction: Interaction) => {
    const result = await mutate('interactions:delete', { id: interaction.id })
    setDeleting(null)
    if (result.ok) notify('Interaction deleted.', 'info')
    else notify(result.error.message)
  }

  const personOptions = useMemo(
    () => (
      <datalist id={listId}>
        {labels.map((p) => (
          <option key={p.id} value={p.label} />
        ))}
      </datalist>
    ),
    [labels, listId],
  )

  return (
    <div className="timeline-view">
      <header className="toolbar">
        <h1>Timeline</h1>
        <span className="muted" aria-live="polite">
          {shownCount(matches.length, network.interactions.length, filtered)}
        </span>
        <span className="spacer" />
        {network.contacts.length > 0 && (
          <button type="button" className="primary" onClick={() => dialogs.open({ kind: 'log', contactIds: [] })}>
            Log interaction
          </button>
        )}
      </header>

      {network.interactions.length > 0 && (
        <div className="timeline-filters" role="search" aria-label="Filter the timeline">
          <label className="filter">
            <span>Person</span>
            <input type="search" list={listId} placeholder="Anyone" value={filter.person} onChange={(e) => change({ person: e.target.value })} />
            {personOptions}
          </label>
          <label className="filter">
            <span>How</span>
            <EnumSelect value={filter.channel} options={INTERACTION_CHANNELS} label={(c) => CHANNEL_LABELS[c]} emptyLabel="Any way" onChange={(channel) => change({ channel })} />
          </label>
          <label className="filter">
            <span>Who helped whom</span>
            <EnumSelect value={filter.direction} options={DIRECTIONS} label={(d) => DIRECTION_LABELS[d]} emptyLabel="Anyone" onChange={(direction) => change({ direction })} />
          </label>
          <label className="filter date">
            <span>From</span>
            <input type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => change({ from: e.target.value })} />
          </label>
          <label className="filter date">
            <span>To</span>
            <input type="date" value={filter.to} min={filter.from || undefined} onChange={(e) => change({ to: e.target.value })} />
          </label>
          <label className="filter words">
            <span>Words</span>
            <input type="search" placeholder="In summaries, names, events" value={filter.text} onChange={(e) => change({ text: e.target.value })} />
          </label>
          <button type="button" className="clear-filters" onClick={clear} disabled={!isFiltered(filter)}>
            Clear filters
          </button>
        </div>
      )}

      {network.contacts.length === 0 ? (
        <p className="empty-state">
          Your timeline fills up as you log conversations. Add the people you know under Contacts first, then log each coffee, call and e-mail
          with them here.
        </p>
      ) : network.interactions.length === 0 ? (
        <div className="empty-state">
          <p>Nothing logged yet. After your next coffee, call or e-mail, log who it was with and what you talked about.</p>
          <p>Each entry keeps your last-contact dates up to date and shows who you have helped, and who has helped you.</p>
          <button type="button" className="primary" onClick={() => dialogs.open({ kind: 'log', contactIds: [] })}>
            Log your first interaction
          </button>
        </div>
      ) : matches.length === 0 ? (
        <div className="empty-state">
          <p>
            {people?.size === 0
              ? `Nobody in your network is called “${deferred.person.trim()}”. Pick a name from the list as you type.`
              : 'No interactions match these filters. Try a wider date range or another person.'}
          </p>
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="contacts-table timeline-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">With</th>
                <th scope="col" className="col-how">How</th>
                <th scope="col">Who helped whom</th>
                <th scope="col">What happened</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => (
                <TimelineRow
                  key={i.id}
                  interaction={i}
                  names={i.contactIds.map(nameOf)}
                  eventName={i.eventId === null ? null : (events.get(i.eventId)?.name ?? null)}
                  followUps={openFollowUps.get(i.id) ?? []}
                  today={today}
                  onPerson={(index) => {
                    const id = i.contactIds[index]
                    const label = labels.find((p) => p.id === id)?.label
                    if (label) change({ person: label })
                  }}
                  onEdit={() => dialogs.open({ kind: 'edit-interaction', id: i.id })}
                  onDelete={() => setDeleting(i.id)}
                />
              ))}
            </tbody>
          </table>
          {matches.length > shown.length && (
            <div className="show-more">
              <span className="muted">
                Showing the newest {formatNumber(shown.length)} of {formatNumber(matches.length)}.
              </span>
              <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
                Show {formatNumber(Math.min(PAGE, matches.length - shown.length))} more
              </button>
            </div>
          )}
        </div>
      )}

      {target && (
        <DeleteInteraction
          interaction={target}
          names={target.contactIds.map(nameOf)}
          followUps={network.followUps.filter((f) => f.interactionId === target.id).length}
          onCancel={() => setDeleting(null)}
          onConfirm={() => remove(target)}
        />
      )}
    </div>
  )
}

function TimelineRow(props: {
  interaction: Interaction
  names: readonly string[]
  eventName: string | null
  followUps: readonly FollowUp[]
  today: string
  onPerson: (index: number) => void
  onEdit: () => void
  onDelete: () => void
}) {
  const { interaction: i, names } = props
  const visible = names.length <= NAMES_SHOWN ? names.length : NAMES_SHOWN - 1
  return (
    <tr>
      <td className="nowrap">
        <time dateTime={i.date}>{formatDay(i.date)}</time>
        {/* Shown only when the window is too narrow for the How column (timeline.css). */}
        <span className="cell-sub">{CHANNEL_LABELS[i.channel]}</span>
      </td>
      <td className="people-cell">
        {names.slice(0, visible).map((name, index) => (
          <button key={i.contactIds[index]} type="button" className="link person" aria-label={`Show only interactions with ${name}`} title="Show only this person" onClick={() => props.onPerson(index)}>
            {name}
          </button>
        ))}
        {visible < names.length && (
          <span className="muted small" title={names.slice(visible).join(', ')}>
            and {formatNumber(names.length - visible)} more
          </span>
        )}
      </td>
      <td className="nowrap col-how">{CHANNEL_LABELS[i.channel]}</td>
      <td className={`direction ${i.direction}`}>{DIRECTION_LABELS[i.direction]}</td>
      <td className="summary-cell">
        {i.summary ? <span>{i.summary}</span> : <span className="muted">No summary</span>}
        {(props.eventName || props.followUps.length > 0) && (
          <ul className="chips row-chips">
            {props.eventName && <li className="chip event-chip">At {props.eventName}</li>}
            {props.followUps.map((f) => (
              <li key={f.id} className={f.dueOn < props.today ? 'chip follow-up-chip overdue' : 'chip follow-up-chip'}>
                Follow-up: {f.title} · {dueLabel(f.dueOn, props.today)}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="actions-cell">
        <div className="row-actions">
          <button type="button" className="subtle" aria-label={`Edit ${interactionName(i.date, names)}`} onClick={props.onEdit}>
            Edit
          </button>
          <button type="button" className="danger subtle" aria-label={`Delete ${interactionName(i.date, names)}`} onClick={props.onDelete}>
            Delete
          </button>
        </div>
      </td>
    </tr>
  )
}

function DeleteInteraction(props: { interaction: Interaction; names: readonly string[]; followUps: number; onCancel: () => void; onConfirm: () => Promise<void> }) {
  const { interaction: i } = props
  return (
    <ConfirmDelete title="Delete this interaction?" confirmLabel="Delete interaction" onCancel={props.onCancel} onConfirm={props.onConfirm}>
      <p>
        <strong>{CHANNEL_LABELS[i.channel]}</strong> on {formatDay(i.date)} with {props.names.join(', ')}
        {i.summary && <span className="muted"> — “{i.summary}”</span>}
      </p>
      <p>It disappears from your timeline and no longer counts towards when you were last in touch with {props.names.length === 1 ? 'this person' : 'these people'}.</p>
      {props.followUps > 0 && (
        <p>
          {props.followUps === 1 ? 'Its follow-up stays' : `Its ${plural(props.followUps, 'follow-up')} stay`} on your Follow-ups list: the promise still stands.
        </p>
      )}
    </ConfirmDelete>
  )
}
