import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react'
import { DIRECTIONS, INTERACTION_CHANNELS, type Interaction, type InteractionId } from '../../core/schema'
import { ConfirmDelete } from '../shared/ConfirmDelete'
import { useDialogs } from '../shared/dialogs'
import { EnumSelect } from '../shared/EnumSelect'
import { formatDay, plural } from '../shared/format'
import { indexById } from '../shared/index-by-id'
import { CHANNEL_LABELS, DIRECTION_LABELS } from '../shared/labels'
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
import { TimelineTable } from './TimelineTable'
import './timeline.css'

/** Every interaction across all contacts, newest first, with filters, corrections and deletion. */
export function TimelineView({ network, mutate, notify, today }: ViewProps) {
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER)
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

  const change = (patch: Partial<TimelineFilter>) => {
    setFilter((current) => ({ ...current, ...patch }))
  }
  const clear = () => change(NO_FILTER)

  const nameOf = useCallback((id: string) => contacts.get(id)?.name ?? 'Someone no longer in your network', [contacts])
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
        <TimelineTable
          interactions={matches}
          nameOf={nameOf}
          eventName={(id) => events.get(id)?.name ?? null}
          followUps={openFollowUps}
          today={today}
          onPerson={(id) => {
            const label = labels.find((p) => p.id === id)?.label
            if (label) change({ person: label })
          }}
          onEdit={(id) => dialogs.open({ kind: 'edit-interaction', id })}
          onDelete={setDeleting}
        />
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
