import { useEffect, useRef } from 'react'
import { PLAN_STATUS_LABELS, type PlanItem, type PlanMonth, type PlanStatus } from '../../core/plan-schema'
import type { Contact } from '../../core/schema'
import { writtenMonth } from '../../core/wording'
import { statusChoices } from './plan-board'

/** A control that should have the focus after a change redraws the board (a moved card is a new element). */
export type FocusTarget = { readonly id: string; readonly control: 'up' | 'down' | 'month' | 'status' }

/** After a removal the card is gone: the focus goes to its month's search (`id` is then the month). */
export type AnyFocus = FocusTarget | { readonly id: string; readonly control: 'add' }

export interface ItemActions {
  setStatus(item: PlanItem, status: PlanStatus): void
  move(item: PlanItem, month: PlanMonth, index: number, control: FocusTarget['control']): void
  edit(item: PlanItem): void
  remove(item: PlanItem, month: PlanMonth): void
  write(item: PlanItem): void
  brief(item: PlanItem): void
}

/**
 * One planned person: who, what for, the note, where they are along the way and every change as a plain
 * button or list (no drag needed, so the keyboard can do all of it).
 */
export function PlanItemCard(props: {
  item: PlanItem
  contact: Contact | undefined
  month: PlanMonth
  index: number
  count: number
  months: readonly PlanMonth[]
  busy: boolean
  focus: AnyFocus | null
  onFocused: () => void
  actions: ItemActions
}) {
  const { item, contact, month, index, count, actions } = props
  const name = contact?.name ?? 'Someone no longer in your network'
  const about = contact ? [contact.role, contact.organization].filter(Boolean).join(' · ') : ''
  const upRef = useRef<HTMLButtonElement>(null)
  const downRef = useRef<HTMLButtonElement>(null)
  const monthRef = useRef<HTMLSelectElement>(null)
  const statusRef = useRef<HTMLSelectElement>(null)
  const { focus, onFocused } = props
  useEffect(() => {
    if (focus?.id !== item.id || focus.control === 'add') return
    const controls = { up: upRef.current, down: downRef.current, month: monthRef.current, status: statusRef.current }
    // At the top or bottom the arrow that moved it is disabled: its twin takes the focus.
    const wanted = controls[focus.control]
    const twin = focus.control === 'up' ? controls.down : focus.control === 'down' ? controls.up : null
    ;(wanted && !wanted.disabled ? wanted : (twin ?? wanted))?.focus()
    onFocused()
  }, [focus, item.id, onFocused])

  const choices = statusChoices(item.status).slice(1)
  return (
    <li className={`plan-item status-${item.status}`}>
      <div className="plan-item-head">
        <div className="plan-item-who">
          <span className="plan-item-name">{name}</span>
          {about && <span className="muted small">{about}</span>}
        </div>
        <span className={`plan-status status-${item.status}`}>{PLAN_STATUS_LABELS[item.status]}</span>
      </div>
      {item.purpose ? <p className="plan-purpose">{item.purpose}</p> : <p className="plan-purpose muted small">No purpose yet.</p>}
      {item.note && <p className="plan-note small">{item.note}</p>}
      {item.status === 'skipped' && item.skipReason && <p className="plan-note small">Skipped because: {item.skipReason}</p>}
      <div className="plan-item-controls">
        <select
          ref={statusRef}
          aria-label={`Change the status of ${name}`}
          value=""
          disabled={props.busy || choices.length === 0}
          onChange={(e) => actions.setStatus(item, e.target.value as PlanStatus)}
        >
          <option value="" disabled>
            Status…
          </option>
          {choices.map((status) => (
            <option key={status} value={status}>
              {status === 'skipped' ? 'Skip…' : PLAN_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <select
          ref={monthRef}
          aria-label={`Move ${name} to another month`}
          value=""
          disabled={props.busy}
          onChange={(e) => actions.move(item, e.target.value, 1000, 'month')}
        >
          <option value="" disabled>
            Month…
          </option>
          {props.months
            .filter((m) => m !== month)
            .map((m) => (
              <option key={m} value={m}>
                {writtenMonth(m)}
              </option>
            ))}
        </select>
        <button type="button" ref={upRef} className="icon" aria-label={`Move ${name} up`} title="Move up" disabled={props.busy || index === 0} onClick={() => actions.move(item, month, index - 1, 'up')}>
          ↑
        </button>
        <button
          type="button"
          ref={downRef}
          className="icon"
          aria-label={`Move ${name} down`}
          title="Move down"
          disabled={props.busy || index === count - 1}
          onClick={() => actions.move(item, month, index + 1, 'down')}
        >
          ↓
        </button>
      </div>
      <div className="plan-item-actions">
        <button type="button" aria-label={`Write to ${name}`} disabled={!contact} onClick={() => actions.write(item)}>
          Write
        </button>
        <button type="button" aria-label={`Brief for ${name}`} disabled={!contact} onClick={() => actions.brief(item)}>
          Brief
        </button>
        <button type="button" aria-label={`Edit the plan for ${name}`} onClick={() => actions.edit(item)}>
          Edit
        </button>
        <span className="spacer" />
        <button type="button" className="danger subtle" aria-label={`Remove ${name} from the plan`} disabled={props.busy} onClick={() => actions.remove(item, month)}>
          Remove
        </button>
      </div>
    </li>
  )
}
