import type { NetworkFile } from './network-file'
import type { Change, ChangeContext } from './network-ops'
import { suggestPlan } from './plan-suggest'
import { PLAN_CHAIN, PLAN_STATUS_LABELS, PlanItemId, statusRank, type BusyLevel, type Plan, type PlanItem, type PlanMonth, type PlanMonthEntry, type PlanStatus } from './plan-schema'
import { monthEntry } from './plan-target'
import { fail, ok, type Result } from './result'
import type { ContactId } from './schema'
import { writtenMonth } from './wording'

/*
 * Every change to the plan, as pure functions like network-ops: (file, parsed input, context) → new file +
 * answer, each one undo step. Inputs arrive parsed by the contract; these check references and transitions.
 */

/** At most this many people in one month (the schema's limit), so a runaway fill cannot bloat the file. */
export const MONTH_ITEM_LIMIT = 50

interface Located {
  readonly month: PlanMonth
  readonly index: number
  readonly item: PlanItem
}

function locate(plan: Plan, id: PlanItemId): Located | undefined {
  for (const [month, entry] of Object.entries(plan)) {
    const index = entry.items.findIndex((i) => i.id === id)
    if (index >= 0) return { month, index, item: entry.items[index] as PlanItem }
  }
  return undefined
}

/** The plan with `month` replaced; a month left empty and not busy is dropped so the file holds only what matters. */
function withMonth(plan: Plan, month: PlanMonth, entry: PlanMonthEntry): Plan {
  const rest = Object.fromEntries(Object.entries(plan).filter(([m]) => m !== month))
  return entry.items.length === 0 && entry.busy === null ? rest : { ...rest, [month]: entry }
}

const gone = () => fail('NOT_FOUND', 'That plan item no longer exists; it may have been removed.')
const nameOf = (file: NetworkFile, id: string) => file.contacts.find((c) => c.id === id)?.name

export interface PlanItemDraft {
  readonly month: PlanMonth
  readonly contactId: ContactId
  readonly purpose: string
  readonly note: string
}

/** Adds a person to a month, at the end; refused when they are already in that month. */
export function addPlanItem(file: NetworkFile, draft: PlanItemDraft, ctx: ChangeContext): Result<Change<PlanItem>> {
  const name = nameOf(file, draft.contactId)
  if (name === undefined) return fail('DANGLING_REFERENCE', 'That contact no longer exists. Pick someone else.')
  const entry = monthEntry(file.plan, draft.month)
  if (entry.items.some((i) => i.contactId === draft.contactId)) return fail('DUPLICATE', `${name} is already in the plan for ${writtenMonth(draft.month)}.`)
  if (entry.items.length >= MONTH_ITEM_LIMIT) return fail('CONFLICT', `${writtenMonth(draft.month)} already holds ${MONTH_ITEM_LIMIT} people; move some to another month first.`)
  const item: PlanItem = { id: PlanItemId.parse(ctx.newId()), contactId: draft.contactId, purpose: draft.purpose, status: 'planned', skipReason: null, note: draft.note }
  return ok({ file: { ...file, plan: withMonth(file.plan, draft.month, { ...entry, items: [...entry.items, item] }) }, value: item })
}

/** Changes what an item is for and its note. */
export function editPlanItem(file: NetworkFile, id: PlanItemId, patch: { purpose?: string | undefined; note?: string | undefined }): Result<Change<PlanItem>> {
  const found = locate(file.plan, id)
  if (!found) return gone()
  const item: PlanItem = { ...found.item, purpose: patch.purpose ?? found.item.purpose, note: patch.note ?? found.item.note }
  const entry = monthEntry(file.plan, found.month)
  return ok({ file: { ...file, plan: withMonth(file.plan, found.month, { ...entry, items: entry.items.map((i) => (i.id === id ? item : i)) }) }, value: item })
}

/**
 * Moves an item to `month` at position `index` (clamped to the list; the same month reorders it). Refused
 * when that person already has another item in the target month.
 */
export function movePlanItem(file: NetworkFile, id: PlanItemId, month: PlanMonth, index: number): Result<Change<PlanItem>> {
  const found = locate(file.plan, id)
  if (!found) return gone()
  const from = monthEntry(file.plan, found.month)
  const afterRemoval = withMonth(file.plan, found.month, { ...from, items: from.items.filter((i) => i.id !== id) })
  const to = monthEntry(afterRemoval, month)
  if (to.items.some((i) => i.contactId === found.item.contactId)) {
    return fail('DUPLICATE', `${nameOf(file, found.item.contactId) ?? 'That person'} is already in the plan for ${writtenMonth(month)}.`)
  }
  if (to.items.length >= MONTH_ITEM_LIMIT) return fail('CONFLICT', `${writtenMonth(month)} already holds ${MONTH_ITEM_LIMIT} people; move some elsewhere first.`)
  const at = Math.max(0, Math.min(Math.trunc(index), to.items.length))
  const items = [...to.items.slice(0, at), found.item, ...to.items.slice(at)]
  return ok({ file: { ...file, plan: withMonth(afterRemoval, month, { ...to, items }) }, value: found.item })
}

/**
 * Whether an item may go from `from` to `to`. Forward along the chain by any number of steps (people
 * sometimes meet before a request was logged); back exactly one step, to correct a slip; `skipped` from
 * anything not yet thanked; and from `skipped` back to `planned` only, to take it up again.
 */
export function transitionProblem(from: PlanStatus, to: PlanStatus): string | null {
  if (from === to) return `The item is already ${PLAN_STATUS_LABELS[to].toLowerCase()}.`
  if (to === 'skipped') return from === 'thanked' ? 'A meeting you already gave thanks for cannot be skipped.' : null
  if (from === 'skipped') return to === 'planned' ? null : 'A skipped item goes back to planned first.'
  const step = statusRank(to) - statusRank(from)
  if (step > 0 || step === -1) return null
  return `An item goes back one step at a time: from ${PLAN_STATUS_LABELS[from].toLowerCase()} to ${PLAN_STATUS_LABELS[PLAN_CHAIN[statusRank(from) - 1] as PlanStatus].toLowerCase()}.`
}

/** Sets an item's status; `skipReason` is required for `skipped` and dropped otherwise. */
export function setPlanStatus(file: NetworkFile, id: PlanItemId, status: PlanStatus, skipReason: string | null): Result<Change<PlanItem>> {
  const found = locate(file.plan, id)
  if (!found) return gone()
  const problem = transitionProblem(found.item.status, status)
  if (problem) return fail('CONFLICT', problem)
  if (status === 'skipped' && (skipReason === null || skipReason.trim() === '')) {
    return fail('INVALID_INPUT', 'Say why you are skipping this one, e.g. “They changed jobs”.', [{ path: 'skipReason', message: 'Give a reason.' }])
  }
  const item: PlanItem = { ...found.item, status, skipReason: status === 'skipped' ? (skipReason as string).trim() : null }
  const entry = monthEntry(file.plan, found.month)
  return ok({ file: { ...file, plan: withMonth(file.plan, found.month, { ...entry, items: entry.items.map((i) => (i.id === id ? item : i)) }) }, value: item })
}

/** Marks a month busy (`light`: one person, `off`: nobody) or ordinary again (null). Its items stay. */
export function setMonthBusy(file: NetworkFile, month: PlanMonth, busy: BusyLevel | null): Result<Change<PlanMonthEntry>> {
  const entry: PlanMonthEntry = { ...monthEntry(file.plan, month), busy }
  return ok({ file: { ...file, plan: withMonth(file.plan, month, entry) }, value: entry })
}

export function removePlanItem(file: NetworkFile, id: PlanItemId): Result<Change<{ id: PlanItemId }>> {
  const found = locate(file.plan, id)
  if (!found) return gone()
  const entry = monthEntry(file.plan, found.month)
  return ok({ file: { ...file, plan: withMonth(file.plan, found.month, { ...entry, items: entry.items.filter((i) => i.id !== id) }) }, value: { id } })
}

/**
 * Adds the month's suggestions in one change, each with its reason as the note so the user remembers
 * why. Refused when there is nothing to add, so an empty change never becomes an undo step.
 */
export function fillMonth(file: NetworkFile, month: PlanMonth, ctx: ChangeContext): Result<Change<{ added: PlanItem[] }>> {
  const { target, suggestions } = suggestPlan(file, month, ctx.today)
  if (suggestions.length === 0) {
    return fail('CONFLICT', target === 0 ? `${writtenMonth(month)} is marked off: nobody to plan.` : `Nobody to add to ${writtenMonth(month)}: it is full or nobody suitable is left.`)
  }
  const entry = monthEntry(file.plan, month)
  const added: PlanItem[] = suggestions.map((s) => ({ id: PlanItemId.parse(ctx.newId()), contactId: s.contactId, purpose: '', status: 'planned', skipReason: null, note: s.reason }))
  return ok({ file: { ...file, plan: withMonth(file.plan, month, { ...entry, items: [...entry.items, ...added] }) }, value: { added } })
}
