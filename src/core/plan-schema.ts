import { z } from 'zod'
import { ContactId } from './schema'

/*
 * The monthly networking plan (since format 6): per calendar month, the people the user means to meet, in
 * the order they chose, and whether the month is busy. The monthly target itself lives in settings.
 */

/** A calendar month, `YYYY-MM`; `2026-13` and `2026-1` are refused. */
export const PlanMonth = z
  .string({ error: 'Give the month as text in the form YYYY-MM.' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a real month in the form YYYY-MM, e.g. 2026-12.')
export type PlanMonth = z.infer<typeof PlanMonth>

export const PlanItemId = z.string().min(1, 'A plan item id is required.').max(100).brand<'PlanItemId'>()
export type PlanItemId = z.infer<typeof PlanItemId>

/** The chain an item walks, in order; `skipped` stands aside from it. */
export const PLAN_CHAIN = ['planned', 'contacted', 'scheduled', 'met', 'thanked'] as const
export const PLAN_STATUSES = [...PLAN_CHAIN, 'skipped'] as const
export const PlanStatus = z.enum(PLAN_STATUSES, { error: () => `Status must be one of: ${PLAN_STATUSES.join(', ')}.` })
export type PlanStatus = z.infer<typeof PlanStatus>

/** How far along the chain a status is: `skipped` counts as least. */
export const statusRank = (status: PlanStatus): number => (PLAN_CHAIN as readonly string[]).indexOf(status)

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  planned: 'Planned',
  contacted: 'Asked',
  scheduled: 'Meeting set',
  met: 'Met',
  thanked: 'Thanked',
  skipped: 'Skipped',
}

const text = (label: string, max: number) =>
  z.string({ error: `${label} must be text.` }).trim().max(max, `${label} is too long (at most ${max} characters).`)

export const PURPOSE_MAX = 300
export const NOTE_MAX = 2000
export const PlanPurpose = text('Purpose', PURPOSE_MAX)
export const PlanNote = text('Note', NOTE_MAX)
export const SkipReason = text('Reason for skipping', 300).min(1, 'Say why you are skipping this one, e.g. “They changed jobs”.')

export const PlanItem = z.object({
  id: PlanItemId,
  contactId: ContactId,
  /** What the meeting is for, e.g. "Ask how they moved into product". */
  purpose: PlanPurpose,
  status: PlanStatus,
  /** Why the item was skipped; null unless `status` is `skipped`. */
  skipReason: SkipReason.nullable(),
  note: PlanNote,
})
export type PlanItem = z.infer<typeof PlanItem>

/**
 * How much a busy month can hold: `light` plans one person, `off` none. A month with no mark uses the
 * target from settings. Two levels, not a number, because the issue allows only 1 or 0.
 */
export const BUSY_LEVELS = ['light', 'off'] as const
export const BusyLevel = z.enum(BUSY_LEVELS, { error: () => 'Busy must be light (one person) or off (nobody).' })
export type BusyLevel = z.infer<typeof BusyLevel>
export const BUSY_TARGETS: Readonly<Record<BusyLevel, number>> = { light: 1, off: 0 }

export const PlanMonthEntry = z.object({
  /** null: an ordinary month. */
  busy: BusyLevel.nullable(),
  /** In the user's order. */
  items: z.array(PlanItem).max(50, 'At most 50 people in one month.'),
})
export type PlanMonthEntry = z.infer<typeof PlanMonthEntry>

/** Months by `YYYY-MM`; a month the user never touched is absent. */
export const Plan = z.record(PlanMonth, PlanMonthEntry)
export type Plan = z.infer<typeof Plan>

export const EMPTY_MONTH: PlanMonthEntry = { busy: null, items: [] }

/** What `plan:suggest` takes. */
export const PlanSuggestInput = z.strictObject({ month: PlanMonth })
export type PlanSuggestInput = z.infer<typeof PlanSuggestInput>
