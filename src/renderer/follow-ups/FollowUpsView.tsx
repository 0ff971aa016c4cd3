import { useMemo, useState } from 'react'
import type { FollowUp } from '../../core/event-schema'
import type { Interaction } from '../../core/schema'
import { dueLabel, formatDay, formatNumber } from '../shared/format'
import { indexById } from '../shared/index-by-id'
import { CHANNEL_LABELS } from '../shared/labels'
import { useDialogs } from '../shared/dialogs'
import type { ViewProps } from '../shared/view-props'
import { groupFollowUps } from './follow-up-list'
import './follow-ups.css'

/** Open promises by due day, the overdue ones first and marked; done ones folded away below. */
export function FollowUpsView({ network, mutate, notify, today }: ViewProps) {
  const groups = useMemo(() => groupFollowUps(network.followUps, today), [network.followUps, today])
  const contacts = useMemo(() => indexById(network.contacts), [network.contacts])
  const interactions = useMemo(() => indexById(network.interactions), [network.interactions])
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set())

  const run = async (followUp: FollowUp, action: 'done' | 'reopen' | 'delete') => {
    setBusy((ids) => new Set(ids).add(followUp.id))
    const result =
      action === 'delete' ? await mutate('follow-ups:delete', { id: followUp.id }) : await mutate('follow-ups:complete', { id: followUp.id, done: action === 'done' })
    setBusy((ids) => {
      const next = new Set(ids)
      next.delete(followUp.id)
      return next
    })
    if (!result.ok) return notify(result.error.message)
    notify(action === 'done' ? `Done: “${followUp.title}”.` : action === 'reopen' ? `Reopened “${followUp.title}”.` : `Deleted “${followUp.title}”.`, 'info')
  }

  const item = (followUp: FollowUp) => ({
    followUp,
    people: followUp.contactIds.map((id) => contacts.get(id)?.name ?? 'someone no longer in your network'),
    origin: followUp.interactionId === null ? undefined : interactions.get(followUp.interactionId),
    busy: busy.has(followUp.id),
    today,
  })

  const { open, done, overdue } = groups
  // Due today plus overdue is what the sidebar's badge counts, so the two always agree.
  const dueToday = open.filter((item) => item.state === 'due-today').length
  return (
    <div className="follow-ups-view">
      <header className="toolbar">
        <h1>Follow-ups</h1>
        <span className="muted" aria-live="polite">
          {open.length === 0 ? 'Nothing open' : `${formatNumber(open.length)} open`}
          {dueToday > 0 && <span> · {formatNumber(dueToday)} due today</span>}
          {overdue > 0 && <span className="overdue-count"> · {formatNumber(overdue)} overdue</span>}
        </span>
      </header>
      <div className="follow-ups-body">
        <p className="why">
          A short thank-you within a day or two is the simplest way to be remembered well: it tells people their time mattered, and it makes the
          next conversation easy to start.
        </p>

        {open.length === 0 ? (
          <div className="empty-state">
            <p>
              {network.followUps.length === 0
                ? 'No follow-ups yet. When you log an interaction, add what you promised, such as a thank-you, an introduction or an article to send, and it appears here with its due date.'
                : 'You are all caught up: every follow-up is done.'}
            </p>
          </div>
        ) : (
          <ul className="follow-up-list" aria-label="Open follow-ups">
            {open.map(({ followUp, state }) => (
              <OpenItem key={followUp.id} {...item(followUp)} state={state} onDone={() => void run(followUp, 'done')} onDelete={() => void run(followUp, 'delete')} />
            ))}
          </ul>
        )}

        {done.length > 0 && (
          <details className="done-section">
            <summary>Done ({formatNumber(done.length)})</summary>
            <ul className="follow-up-list" aria-label="Done follow-ups">
              {done.map((followUp) => (
                <DoneItem key={followUp.id} {...item(followUp)} onReopen={() => void run(followUp, 'reopen')} onDelete={() => void run(followUp, 'delete')} />
              ))}
            </ul>
          </details>
        )}
      </div>
    </div>
  )
}

interface ItemProps {
  followUp: FollowUp
  people: readonly string[]
  origin: Interaction | undefined
  busy: boolean
  today: string
  onDelete: () => void
}

function Origin({ origin }: { origin: Interaction | undefined }) {
  if (!origin) return null
  return (
    <span>
      {' '}
      · after the {CHANNEL_LABELS[origin.channel].toLowerCase()} on {formatDay(origin.date)}
    </span>
  )
}

/** What was promised, to whom, and after which interaction. */
function Summary(props: ItemProps) {
  return (
    <div className="follow-up-main">
      <span className="follow-up-title">{props.followUp.title}</span>
      <span className="muted small">
        With {props.people.join(', ')}
        <Origin origin={props.origin} />
      </span>
    </div>
  )
}

function OpenItem(props: ItemProps & { state: 'overdue' | 'due-today' | 'upcoming'; onDone: () => void }) {
  const { followUp: f } = props
  return (
    <li className={`follow-up ${props.state}`}>
      <input type="checkbox" className="done-box" checked={props.busy} disabled={props.busy} aria-label={`Mark “${f.title}” done`} onChange={props.onDone} />
      <Summary {...props} />
      <div className="follow-up-due">
        <span className={`due-badge ${props.state}`}>{dueLabel(f.dueOn, props.today)}</span>
        <span className="muted small">
          <time dateTime={f.dueOn}>{formatDay(f.dueOn)}</time>
        </span>
      </div>
      <div className="follow-up-actions">
        <WriteThankYou followUp={f} />
        <DeleteButton title={f.title} busy={props.busy} onDelete={props.onDelete} />
      </div>
    </li>
  )
}

/** A thank-you to one person can be written from Kith's thank-you template (the composer). */
function WriteThankYou({ followUp }: { followUp: FollowUp }) {
  const dialogs = useDialogs()
  const [contactId] = followUp.contactIds
  if (followUp.contactIds.length !== 1 || contactId === undefined || !/thank/i.test(followUp.title)) return null
  return (
    <button type="button" aria-label={`Write it: ${followUp.title}`} onClick={() => dialogs.open({ kind: 'compose', contactId, templateId: 'thank-you' })}>
      Write it
    </button>
  )
}

function DoneItem(props: ItemProps & { onReopen: () => void }) {
  const { followUp: f } = props
  return (
    <li className="follow-up done">
      <span className="done-mark" aria-hidden="true">
        ✓
      </span>
      <Summary {...props} />
      <div className="follow-up-due">
        <span className="muted small">Done {f.doneOn ? formatDay(f.doneOn) : ''}</span>
      </div>
      <div className="follow-up-actions">
        <button type="button" disabled={props.busy} aria-label={`Reopen “${f.title}”`} onClick={props.onReopen}>
          Reopen
        </button>
        <DeleteButton title={f.title} busy={props.busy} onDelete={props.onDelete} />
      </div>
    </li>
  )
}

/** Delete, confirmed in place: a follow-up is small, so no dialog. */
function DeleteButton(props: { title: string; busy: boolean; onDelete: () => void }) {
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button type="button" className="danger subtle" disabled={props.busy} aria-label={`Delete “${props.title}”`} onClick={() => setAsking(true)}>
        Delete
      </button>
    )
  }
  return (
    <span className="confirm-delete" role="group" aria-label={`Delete “${props.title}”?`}>
      <span className="small">Delete this follow-up?</span>
      <button type="button" className="danger" disabled={props.busy} onClick={props.onDelete}>
        Delete
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep
      </button>
    </span>
  )
}
