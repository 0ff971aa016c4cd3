import { z } from 'zod'
import { OwnTemplateDraft } from './outreach/templates'
import { BusyLevel, PlanItem, PlanItemId, PlanMonth, PlanMonthEntry, PlanNote, PlanPurpose, PlanStatus, PlanSuggestInput, SkipReason } from './plan-schema'
import { ContactId, Interaction, INTERACTION_CHANNELS } from './schema'

/*
 * The contract rows of the networking routine (issue 11): the monthly plan, outreach templates and sending.
 * contract.ts spreads them into the one table.
 */

const TemplateId = z.string({ error: 'Choose a template.' }).min(1, 'Choose a template.').max(120)

const ListedTemplate = OwnTemplateDraft.extend({
  id: TemplateId,
  origin: z.enum(['built-in', 'own']),
  edited: z.boolean(),
})

const Suggestion = z.object({ contactId: ContactId, reason: z.string() })

export const routineContract = {
  /** The balanced proposal for a month: at most (target − people already planned), best first. */
  'plan:suggest': { input: PlanSuggestInput, output: z.object({ target: z.number().int(), suggestions: z.array(Suggestion) }) },
  'plan:add': {
    input: z.strictObject({ month: PlanMonth, contactId: ContactId, purpose: PlanPurpose.default(''), note: PlanNote.default('') }),
    output: PlanItem,
  },
  'plan:update': {
    input: z.strictObject({ id: PlanItemId, patch: z.strictObject({ purpose: PlanPurpose, note: PlanNote }).partial() }),
    output: PlanItem,
  },
  /** Moves an item to a month at a position; the same month reorders it. */
  'plan:move': {
    input: z.strictObject({ id: PlanItemId, month: PlanMonth, index: z.number({ error: 'Give the position as a number.' }).int().min(0).max(1000) }),
    output: PlanItem,
  },
  'plan:set-status': {
    input: z.strictObject({ id: PlanItemId, status: PlanStatus, skipReason: SkipReason.nullable().default(null) }),
    output: PlanItem,
  },
  /** `light` plans one person, `off` nobody, null an ordinary month. */
  'plan:set-busy': { input: z.strictObject({ month: PlanMonth, busy: BusyLevel.nullable() }), output: PlanMonthEntry },
  'plan:remove': { input: z.strictObject({ id: PlanItemId }), output: z.object({ id: PlanItemId }) },
  /** Adds the month's suggestions in one undoable step. */
  'plan:fill': { input: z.strictObject({ month: PlanMonth }), output: z.object({ added: z.array(PlanItem) }) },
  'templates:create': { input: OwnTemplateDraft, output: ListedTemplate },
  /** Edits an own template, or keeps the user's version of a built-in one. */
  'templates:update': { input: z.strictObject({ id: TemplateId, patch: OwnTemplateDraft.partial() }), output: ListedTemplate },
  'templates:delete': { input: z.strictObject({ id: TemplateId }), output: z.object({ id: TemplateId }) },
  /** Brings back a built-in template's original text. */
  'templates:reset': { input: z.strictObject({ id: TemplateId }), output: ListedTemplate },
  /** A request went out: logs it as an interaction today and marks the plan item asked, in one undo step. */
  'outreach:sent': {
    input: z.strictObject({
      contactId: ContactId,
      planItemId: PlanItemId.nullable().default(null),
      subject: z.string({ error: 'The subject must be text.' }).max(500, 'The subject is too long (at most 500 characters).').default(''),
      channel: z.enum(INTERACTION_CHANNELS, { error: () => `Channel must be one of: ${INTERACTION_CHANNELS.join(', ')}.` }).default('email'),
    }),
    output: z.object({ interaction: Interaction, item: PlanItem.nullable() }),
  },
} as const
