import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { NetworkFile } from '../../core/network-file'
import type { BusyLevel, PlanMonth } from '../../core/plan-schema'
import { monthEntry, monthProgress } from '../../core/plan-target'
import type { Contact } from '../../core/schema'
import { writtenMonth } from '../../core/wording'
import { formatNumber, plural } from '../shared/format'
import { AddPerson } from './AddPerson'
import { BUSY_CHOICES, type Searchable } from './plan-board'
import { PlanItemCard, type AnyFocus, type ItemActions } from './PlanItemCard'
import { useSuggestions } from './use-suggestions'

export interface MonthActions extends ItemActions {
  add(month: PlanMonth, contactId: string, note: string): Promise<boolean>
  fill(month: PlanMonth): Promise<void>
  setBusy(month: PlanMonth, busy: BusyLevel | null): void
}

/** One month of the plan: its target and progress, how busy it is, its people in order, and who to add. */
export function MonthColumn(props: {
  network: NetworkFile
  month: PlanMonth
  current: boolean
  months: readonly PlanMonth[]
  contacts: ReadonlyMap<string, Contact>
  people: readonly Searchable[]
  pending: ReadonlySet<string>
  focus: AnyFocus | null
  onFocused: () => void
  actions: MonthActions
}) {
  const { network, month, contacts, actions } = props
  const headingId = useId()
  const name = writtenMonth(month)
  const entry = monthEntry(network.plan, month)
  const progress = monthProgress(network.plan, month, network.settings)
  const room = Math.max(0, progress.target - progress.planned)
  const planned = useMemo(() => new Set(entry.items.map((i) => i.contactId)), [entry.items])
  // Suggestions cost the backend a pass over the whole network (a quarter second at 30,000 people), asked
  // again after every change: this month shows them at once, later months when the user asks.
  const [showSuggestions, setShowSuggestions] = useState(props.current)
  const { proposal, error, loading } = useSuggestions(network, month, room > 0 && showSuggestions)
  const busy = props.pending.has(month)
  const searchRef = useRef<HTMLInputElement>(null)
  const { focus, onFocused } = props
  useEffect(() => {
    if (focus?.id !== month || focus.control !== 'add') return
    searchRef.current?.focus()
    onFocused()
  }, [focus, month, onFocused])

  return (
    <section className={`plan-month${props.current ? ' current' : ''}${progress.reached && progress.target > 0 ? ' reached' : ''}`} aria-labelledby={headingId}>
      <header className="plan-month-head">
        <h2 id={headingId}>
          {name}
          {props.current && <span className="chip plan-now">This month</span>}
        </h2>
        <p className="plan-progress">
          <span className="plan-target">
            {progress.target === 0 ? 'Off: no target' : `${formatNumber(progress.met)} of ${formatNumber(progress.target)} met`}
          </span>
          <span className="muted"> · {formatNumber(progress.planned)} planned</span>
        </p>
        {progress.target > 0 && (
          <div className="plan-meter" role="img" aria-label={`${formatNumber(progress.met)} of ${formatNumber(progress.target)} met`}>
            <span style={{ width: `${Math.min(100, (progress.met / progress.target) * 100)}%` }} />
          </div>
        )}
        <label className="plan-busy small">
          <span>This month is</span>
          <select
            value={entry.busy ?? 'ordinary'}
            disabled={busy}
            onChange={(e) => actions.setBusy(month, e.target.value === 'ordinary' ? null : (e.target.value as BusyLevel))}
          >
            {BUSY_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
      </header>

      {entry.items.length === 0 ? (
        <p className="muted small plan-empty">Nobody planned yet.</p>
      ) : (
        <ol className="plan-items" aria-label={`People planned for ${name}`}>
          {entry.items.map((item, index) => (
            <PlanItemCard
              key={item.id}
              item={item}
              contact={contacts.get(item.contactId)}
              month={month}
              index={index}
              count={entry.items.length}
              months={props.months}
              busy={props.pending.has(item.id)}
              focus={props.focus}
              onFocused={props.onFocused}
              actions={actions}
            />
          ))}
        </ol>
      )}

      <AddPerson inputRef={searchRef} people={props.people} monthName={name} planned={planned} onAdd={(contact) => actions.add(month, contact.id, '')} />

      {progress.target === 0 ? (
        <p className="muted small plan-suggest-note">Marked off: Kith suggests nobody this month.</p>
      ) : room === 0 ? (
        <p className="muted small plan-suggest-note">The month is full: {plural(progress.planned, 'person', 'people')} for a target of {formatNumber(progress.target)}.</p>
      ) : (
        <div className="plan-suggestions">
          <div className="plan-suggestions-head">
            <h3>Suggested</h3>
            <button
              type="button"
              className="link small"
              aria-expanded={showSuggestions}
              aria-label={`${showSuggestions ? 'Hide' : 'Show'} suggestions for ${name}`}
              onClick={() => setShowSuggestions(!showSuggestions)}
            >
              {showSuggestions ? 'Hide' : 'Show'} suggestions
            </button>
          </div>
          {error && (
            <p className="callout error small" role="alert">
              {error}
            </p>
          )}
          {!showSuggestions ? null : !proposal ? (
            !error && <p className="muted small">{loading ? 'Looking for people…' : ''}</p>
          ) : proposal.suggestions.length === 0 ? (
            <p className="muted small">Nobody suitable is left to suggest; add someone by name above.</p>
          ) : (
            <ul className="plan-suggestion-list" aria-label={`Suggested for ${name}`}>
              {proposal.suggestions.map((s) => (
                <li key={s.contactId}>
                  <div>
                    <span className="plan-item-name">{contacts.get(s.contactId)?.name ?? 'Someone'}</span>
                    <span className="muted small plan-reason">{s.reason}</span>
                  </div>
                  <button type="button" disabled={busy || loading} aria-label={`Add ${contacts.get(s.contactId)?.name ?? 'them'} to ${name}`} onClick={() => void actions.add(month, s.contactId, s.reason)}>
                    Add
                  </button>
                </li>
              ))}
            </ul>
          )}
          {(!proposal || proposal.suggestions.length > 0) && (
            <button type="button" className="primary plan-fill" disabled={busy} onClick={() => void actions.fill(month)}>
              Fill this month
            </button>
          )}
        </div>
      )}
    </section>
  )
}
