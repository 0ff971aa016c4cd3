import { useId, useMemo, useState } from 'react'
import type { Event } from '../../core/event-schema'
import type { EventId, Interaction } from '../../core/schema'
import { formatDay, formatNumber, plural, pluralWord } from '../shared/format'
import { indexById } from '../shared/index-by-id'
import { CHANNEL_LABELS } from '../shared/labels'
import type { ViewProps } from '../shared/view-props'
import { ConfirmDelete } from '../shared/ConfirmDelete'
import { Modal } from '../shared/Modal'
import { EVENT_KIND_LABELS, EVENT_ROLE_LABELS, eventDates, eventsNewestFirst, interactionsByEvent } from './event-list'
import { EventForm } from './EventForm'
import './events.css'

type Dialog = { kind: 'add' } | { kind: 'edit'; id: EventId } | { kind: 'delete'; id: EventId }

/** People shown by name on a card before "and n more". */
const PEOPLE_SHOWN = 12
/** Interactions listed on a card before "Show all". */
const INTERACTIONS_SHOWN = 5

/** Conferences, committees, projects and the groups the user runs, newest first, with who was there. */
export function EventsView({ network, mutate, notify, today }: ViewProps) {
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [dirty, setDirty] = useState(false)
  const events = useMemo(() => eventsNewestFirst(network.events), [network.events])
  const logged = useMemo(() => interactionsByEvent(network.interactions), [network.interactions])
  const contacts = useMemo(() => indexById(network.contacts), [network.contacts])
  const nameOf = (id: string) => contacts.get(id)?.name ?? 'someone no longer in your network'

  const close = () => {
    setDirty(false)
    setDialog(null)
  }
  const target = dialog && dialog.kind !== 'add' ? network.events.find((e) => e.id === dialog.id) : undefined

  const remove = async (event: Event) => {
    const result = await mutate('events:delete', { id: event.id })
    close()
    if (result.ok) notify(`Deleted “${event.name}”.`, 'info')
    else notify(result.error.message)
  }

  return (
    <div className="events-view">
      <header className="toolbar">
        <h1>Events</h1>
        <span className="muted" aria-live="polite">
          {plural(events.length, 'event')}
        </span>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'add' })}>
          Add event
        </button>
      </header>
      <div className="events-body">
        <p className="intro">
          Conferences, committees, volunteering, projects, associations and the groups you run are where new relationships start. Record who you
          met at each, so you remember where you know people from.
        </p>
        {events.length === 0 ? (
          <div className="empty-state">
            <p>No events yet. Add the last conference you went to, a committee you sit on, or a group you run, and choose the people you met there.</p>
            <button type="button" className="primary" onClick={() => setDialog({ kind: 'add' })}>
              Add your first event
            </button>
          </div>
        ) : (
          <ul className="event-list" aria-label="Events">
            {events.map((event) => (
              <EventCard
                key={event.id}
                event={event}
                people={event.contactIds.map(nameOf)}
                interactions={logged.get(event.id) ?? []}
                nameOf={nameOf}
                onEdit={() => setDialog({ kind: 'edit', id: event.id })}
                onDelete={() => setDialog({ kind: 'delete', id: event.id })}
              />
            ))}
          </ul>
        )}
      </div>

      {dialog && dialog.kind !== 'delete' && (dialog.kind === 'add' || target) && (
        <Modal title={target ? `Edit ${target.name}` : 'Add an event'} onClose={close} wide confirmDiscard={dirty}>
          <EventForm
            network={network}
            today={today}
            {...(target ? { event: target } : {})}
            mutate={mutate}
            onDirtyChange={setDirty}
            onCancel={close}
            onDone={(name) => {
              close()
              notify(target ? `Saved “${name}”.` : `Added “${name}”.`, 'info')
            }}
          />
        </Modal>
      )}
      {dialog?.kind === 'delete' && target && (
        <DeleteEvent event={target} interactions={logged.get(target.id)?.length ?? 0} onCancel={close} onConfirm={() => remove(target)} />
      )}
    </div>
  )
}

function EventCard(props: {
  event: Event
  people: readonly string[]
  interactions: readonly Interaction[]
  nameOf: (id: string) => string
  onEdit: () => void
  onDelete: () => void
}) {
  const { event, people, interactions } = props
  const [allInteractions, setAllInteractions] = useState(false)
  const headingId = useId()
  const listed = allInteractions ? interactions : interactions.slice(0, INTERACTIONS_SHOWN)
  return (
    <li>
      <article className={`event-card kind-${event.kind}`} aria-labelledby={headingId}>
        <header className="event-header">
          <div className="event-title">
            <h2 id={headingId}>{event.name}</h2>
            <p className="event-meta">
              <span className="chip kind-chip">{EVENT_KIND_LABELS[event.kind]}</span>
              <span>You: {EVENT_ROLE_LABELS[event.role].toLowerCase()}</span>
              <span aria-hidden="true">·</span>
              <span>{eventDates(event)}</span>
              <span aria-hidden="true">·</span>
              <span>{plural(people.length, 'person', 'people')}</span>
            </p>
          </div>
          <div className="event-actions">
            <button type="button" aria-label={`Edit ${event.name}`} onClick={props.onEdit}>
              Edit
            </button>
            <button type="button" className="danger subtle" aria-label={`Delete ${event.name}`} onClick={props.onDelete}>
              Delete
            </button>
          </div>
        </header>

        {people.length > 0 ? (
          <ul className="chips event-people" aria-label={`People at ${event.name}`}>
            {people.slice(0, PEOPLE_SHOWN).map((name, index) => (
              <li key={event.contactIds[index]} className="chip">
                {name}
              </li>
            ))}
            {people.length > PEOPLE_SHOWN && (
              <li className="chip more" title={people.slice(PEOPLE_SHOWN).join(', ')}>
                and {formatNumber(people.length - PEOPLE_SHOWN)} more
              </li>
            )}
          </ul>
        ) : (
          <p className="muted small">Nobody chosen yet. Edit the event to add the people you met there.</p>
        )}
        {event.notes && <p className="event-notes">{event.notes}</p>}

        <section className="event-interactions" aria-label={`Interactions logged at ${event.name}`}>
          <h3>Logged here</h3>
          {interactions.length === 0 ? (
            <p className="muted small">No interactions logged at this event yet.</p>
          ) : (
            <>
              <ul>
                {listed.map((i) => (
                  <li key={i.id}>
                    <time dateTime={i.date} className="muted">
                      {formatDay(i.date)}
                    </time>
                    <span className="who">{i.contactIds.map(props.nameOf).join(', ')}</span>
                    <span className="muted">{CHANNEL_LABELS[i.channel]}</span>
                    <span className="what">{i.summary}</span>
                  </li>
                ))}
              </ul>
              {interactions.length > INTERACTIONS_SHOWN && (
                <button type="button" className="link small" aria-expanded={allInteractions} onClick={() => setAllInteractions(!allInteractions)}>
                  {allInteractions ? 'Show fewer' : `Show all ${formatNumber(interactions.length)}`}
                </button>
              )}
            </>
          )}
        </section>
      </article>
    </li>
  )
}

function DeleteEvent(props: { event: Event; interactions: number; onCancel: () => void; onConfirm: () => Promise<void> }) {
  return (
    <ConfirmDelete title={`Delete “${props.event.name}”?`} confirmLabel="Delete event" onCancel={props.onCancel} onConfirm={props.onConfirm}>
      <p>The event and its list of people are removed. The people themselves stay in your network.</p>
      <p>
        {props.interactions === 0
          ? 'No interactions were logged at it.'
          : `The ${plural(props.interactions, 'interaction')} logged at it ${pluralWord(props.interactions, 'stays', 'stay')} in your timeline, without the link to this event.`}
      </p>
    </ConfirmDelete>
  )
}
