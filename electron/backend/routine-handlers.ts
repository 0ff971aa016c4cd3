import type { NetworkFile } from '../../src/core/network-file'
import type { Change, ChangeContext } from '../../src/core/network-ops'
import * as templates from '../../src/core/outreach/template-ops'
import * as plan from '../../src/core/plan-ops'
import { PLAN_STATUS_LABELS } from '../../src/core/plan-schema'
import { recordOutreach } from '../../src/core/plan-follow-through'
import { suggestPlan, suggestionBasis, type SuggestionBasis } from '../../src/core/plan-suggest'
import { ok, type Result } from '../../src/core/result'
import { writtenMonth } from '../../src/core/wording'
import type { DurableStore } from './durable-store'
import type { Handler } from './handlers'

type RoutineChannel =
  | 'plan:suggest'
  | 'plan:add'
  | 'plan:update'
  | 'plan:move'
  | 'plan:set-status'
  | 'plan:set-busy'
  | 'plan:remove'
  | 'plan:fill'
  | 'templates:create'
  | 'templates:update'
  | 'templates:delete'
  | 'templates:reset'
  | 'outreach:sent'

export interface RoutineDeps {
  readonly store: DurableStore
  readonly context: () => ChangeContext
  readonly save: <T>(change: (file: NetworkFile) => Result<Change<T>>, label: string) => Promise<Result<T>>
  readonly nameOf: (contactId: string) => string
}

/** The monthly plan, templates and sending (issue 11); every change is one undo step named for the user. */
export function routineHandlers({ store, context, save, nameOf }: RoutineDeps): { readonly [C in RoutineChannel]: Handler<C> } {
  const itemName = (id: string): string => {
    for (const entry of Object.values(store.data.plan)) {
      const item = entry.items.find((i) => i.id === id)
      if (item) return nameOf(item.contactId)
    }
    return 'a plan item'
  }
  // The plan view asks for six months after every change; what the suggestions rest on (staleness of everyone)
  // changes only with the people, interactions, settings or the day, never with the plan itself.
  let kept: { key: readonly unknown[]; basis: SuggestionBasis } | null = null
  const basisFor = (file: NetworkFile, today: string): SuggestionBasis => {
    const key = [file.contacts, file.interactions, file.settings, today]
    if (kept && kept.key.every((part, i) => part === key[i])) return kept.basis
    kept = { key, basis: suggestionBasis(file, today) }
    return kept.basis
  }
  return {
    'plan:suggest': async ({ month }) => {
      const refused = store.unavailable()
      if (refused) return refused
      const { today } = context()
      const { target, suggestions } = suggestPlan(store.data, month, today, basisFor(store.data, today))
      return ok({ target, suggestions: suggestions.map(({ contactId, reason }) => ({ contactId, reason })) })
    },
    'plan:add': (draft) => save((file) => plan.addPlanItem(file, draft, context()), `planning ${nameOf(draft.contactId)}`),
    'plan:update': ({ id, patch }) => save((file) => plan.editPlanItem(file, id, patch), `editing the plan for ${itemName(id)}`),
    'plan:move': ({ id, month, index }) => save((file) => plan.movePlanItem(file, id, month, index), `moving ${itemName(id)} in the plan`),
    'plan:set-status': ({ id, status, skipReason }) =>
      save((file) => plan.setPlanStatus(file, id, status, skipReason), status === 'skipped' ? `skipping ${itemName(id)}` : `marking ${itemName(id)} ${PLAN_STATUS_LABELS[status].toLowerCase()}`),
    'plan:set-busy': ({ month, busy }) => save((file) => plan.setMonthBusy(file, month, busy), busy ? `marking ${writtenMonth(month)} busy` : `marking ${writtenMonth(month)} ordinary`),
    'plan:remove': ({ id }) => save((file) => plan.removePlanItem(file, id), `taking ${itemName(id)} out of the plan`),
    'plan:fill': ({ month }) => save((file) => plan.fillMonth(file, month, context()), `filling ${writtenMonth(month)} from suggestions`),
    'templates:create': (draft) => save((file) => templates.createTemplate(file, draft, context()), `adding the template ${draft.name}`),
    'templates:update': ({ id, patch }) => save((file) => templates.updateTemplate(file, id, patch), 'editing a template'),
    'templates:delete': ({ id }) => save((file) => templates.deleteTemplate(file, id), 'deleting a template'),
    'templates:reset': ({ id }) => save((file) => templates.resetTemplate(file, id), 'resetting a template'),
    'outreach:sent': (input) => save((file) => recordOutreach(file, input, context()), `writing to ${nameOf(input.contactId)}`),
  }
}
