import { useCallback, useMemo, useState } from 'react'
import { monthOf } from '../../core/plan-months'
import { PLAN_STATUS_LABELS, type BusyLevel, type PlanItem, type PlanMonth, type PlanStatus } from '../../core/plan-schema'
import { planStreak } from '../../core/plan-target'
import type { Result } from '../../core/result'
import { writtenMonth } from '../../core/wording'
import { useDialogs } from '../shared/dialogs'
import { plural } from '../shared/format'
import { indexById } from '../shared/index-by-id'
import { streakText } from '../shared/plan-streak'
import type { ViewProps } from '../shared/view-props'
import { MonthColumn, type MonthActions } from './MonthColumn'
import { boardMonths, BUSY_CHOICES, searchable } from './plan-board'
import type { AnyFocus } from './PlanItemCard'
import { EditItemDialog, SkipDialog } from './PlanItemDialogs'
import './plan.css'

type Dialog = { readonly kind: 'edit' | 'skip'; readonly id: string }

/** Where each item is, across the whole plan (a dialog may outlive the month it was opened from). */
const findItem = (plan: ViewProps['network']['plan'], id: string): PlanItem | undefined => {
  for (const entry of Object.values(plan)) {
    const item = entry.items.find((i) => i.id === id)
    if (item) return item
  }
  return undefined
}

/**
 * The monthly plan: this month and the next five, each with its target, the people chosen for it and who
 * Kith suggests. Every change goes through the backend as one undo step; a refusal is shown as it comes.
 */
export function PlanView({ network, mutate, notify, today }: ViewProps) {
  const dialogs = useDialogs()
  const months = useMemo(() => boardMonths(today), [today])
  const contacts = useMemo(() => indexById(network.contacts), [network.contacts])
  const people = useMemo(() => searchable(network.contacts), [network.contacts])
  const streak = planStreak(network.plan, monthOf(today), network.settings)
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set())
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const [focus, setFocus] = useState<AnyFocus | null>(null)
  const focused = useCallback(() => setFocus(null), [])
  const nameOf = (id: string) => contacts.get(id)?.name ?? 'Someone no longer in your network'

  /** Runs one change with `key` (an item or a month) marked busy; answers whether it was saved. */
  const run = async <T,>(key: string, change: () => Promise<Result<T>>, done?: (value: T) => string) => {
    setPending((keys) => new Set(keys).add(key))
    const result = await change()
    setPending((keys) => {
      const next = new Set(keys)
      next.delete(key)
      return next
    })
    if (!result.ok) {
      notify(result.error.message)
      return false
    }
    if (done) notify(done(result.value), 'info')
    return true
  }

  const actions: MonthActions = {
    add: (month, contactId, note) =>
      run(month, () => mutate('plan:add', { month, contactId, purpose: '', note }), () => `Planned ${nameOf(contactId)} for ${writtenMonth(month)}.`),
    fill: async (month) => {
      await run(month, () => mutate('plan:fill', { month }), ({ added }) => `Added ${plural(added.length, 'person', 'people')} to ${writtenMonth(month)}. Undo takes them all back.`)
    },
    setBusy: (month, busy: BusyLevel | null) =>
      void run(month, () => mutate('plan:set-busy', { month, busy }), () => `${writtenMonth(month)}: ${BUSY_CHOICES.find((c) => c.value === (busy ?? 'ordinary'))?.label.toLowerCase()}.`),
    setStatus: (item, status: PlanStatus) => {
      if (status === 'skipped') return setDialog({ kind: 'skip', id: item.id })
      void run(item.id, () => mutate('plan:set-status', { id: item.id, status, skipReason: null }), () => `${nameOf(item.contactId)}: ${PLAN_STATUS_LABELS[status].toLowerCase()}.`).then(
        (saved) => saved && setFocus({ id: item.id, control: 'status' }),
      )
    },
    move: (item, month: PlanMonth, index, control) =>
      void run(item.id, () => mutate('plan:move', { id: item.id, month, index })).then((saved) => saved && setFocus({ id: item.id, control })),
    remove: (item, month) =>
      void run(item.id, () => mutate('plan:remove', { id: item.id }), () => `Took ${nameOf(item.contactId)} out of the plan. Undo brings them back.`).then(
        (saved) => saved && setFocus({ id: month, control: 'add' }),
      ),
    edit: (item) => setDialog({ kind: 'edit', id: item.id }),
    write: (item) => dialogs.open({ kind: 'compose', contactId: item.contactId, planItemId: item.id }),
    brief: (item) => dialogs.open({ kind: 'brief', contactId: item.contactId, planItemId: item.id }),
  }

  const open = dialog ? findItem(network.plan, dialog.id) : undefined
  const closeDialog = (saved: boolean, message: string) => {
    setDialog(null)
    if (saved) notify(message, 'info')
  }
  return (
    <div className="plan-view">
      <header className="toolbar plan-toolbar">
        <h1>Plan</h1>
        <span className="muted plan-streak" aria-live="polite">
          {streakText(streak)}
        </span>
        <span className="spacer" />
        <button type="button" onClick={() => dialogs.open({ kind: 'share-plan' })}>
          Share my plan
        </button>
      </header>
      <div className="plan-body">
        <p className="plan-intro">
          Pick a few people for each month ahead and a reason to talk to each, then take each one from a first message to a meeting and a thank-you.
          Your target is {plural(network.settings.monthlyTarget, 'person', 'people')} a month; mark a busy month to ask for fewer.
        </p>
        <div className="plan-months" role="group" aria-label="Months">
          {months.map((month, i) => (
            <MonthColumn
              key={month}
              network={network}
              month={month}
              current={i === 0}
              months={months}
              contacts={contacts}
              people={people}
              pending={pending}
              focus={focus}
              onFocused={focused}
              actions={actions}
            />
          ))}
        </div>
      </div>
      {dialog?.kind === 'edit' && open && (
        <EditItemDialog item={open} name={nameOf(open.contactId)} mutate={mutate} onDone={(saved) => closeDialog(saved, `Saved the plan for ${nameOf(open.contactId)}.`)} />
      )}
      {dialog?.kind === 'skip' && open && (
        <SkipDialog item={open} name={nameOf(open.contactId)} mutate={mutate} onDone={(saved) => closeDialog(saved, `Skipped ${nameOf(open.contactId)}.`)} />
      )}
    </div>
  )
}
