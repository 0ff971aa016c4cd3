import { z } from 'zod'
import type { Channel } from './channels'
import { Category } from './categories'
import { describeIssues } from './describe-issues'
import { fail, ok, type Result } from './result'
import { IsoDate, IsoDateTime } from './dates'
import { GapDecision, GapId, Insights } from './insight-schema'
import { Event, EventDraft, EventPatch, FollowUp } from './event-schema'
import { LayoutId, Point } from './layouts'
import { NetworkFile } from './network-file'
import { routineContract } from './routine-contract'
import { HistoryStatus, syncContract } from './sync-contract'
import { ChosenFile, ExportData, ExportFormat, ImportInput, ImportPreview, ImportResult, MergeInput, MergeResult } from './import-export-schema'
import {
  Contact,
  ContactDraft,
  ContactId,
  ContactPatch,
  EventId,
  FollowUpId,
  Interaction,
  InteractionDraft,
  InteractionId,
  InteractionPatch,
  Me,
  MePatch,
  Settings,
  SettingsPatch,
  Tie,
  TieDraft,
  TieId,
} from './schema'

/** A backup the user can restore, newest first in lists. */
export const BackupInfo = z.object({
  /** File name inside the data folder's `backups/`, e.g. `kith-2026-11-26.json`. */
  name: z.string(),
  modifiedAt: IsoDateTime,
  sizeBytes: z.number().int().nonnegative(),
})
export type BackupInfo = z.infer<typeof BackupInfo>

const StoreLocation = {
  /** Folder that holds the store, its lock, backups and preserved copies. */
  dataDir: z.string(),
  /** Full path of the network file. */
  file: z.string(),
  backups: z.array(BackupInfo),
}

/** Whether the store opened, and if not, what the user can do about it. */
export const StoreStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), ...StoreLocation }),
  z.object({
    /** `unreadable`: damaged or not Kith's; `too-new`: written by a newer Kith. The file is left untouched either way. */
    state: z.enum(['unreadable', 'too-new']),
    message: z.string(),
    /** Byte-for-byte copy of the file as found, kept beside it; null when the copy could not be made. */
    preservedCopy: z.string().nullable(),
    ...StoreLocation,
  }),
])
export type StoreStatus = z.infer<typeof StoreStatus>

/** Names Kith gives backups; anything else is refused, so a restore can never name a path. */
export const BACKUP_FILE_NAME = /^kith-[A-Za-z0-9-]+\.json$/
const BackupName = z.string().regex(BACKUP_FILE_NAME, 'Choose one of the listed backups.')

const NoInput = z.strictObject({})

export { HistoryStatus }

const DeletedContacts = z.object({
  removedContacts: z.number().int(),
  removedTies: z.number().int(),
  removedInteractions: z.number().int(),
  updatedInteractions: z.number().int(),
})

const ContactIds = z
  .array(ContactId, { error: 'Choose the contacts to change.' })
  .min(1, 'Choose at least one contact.')
  .max(50_000)
  .refine((ids) => new Set(ids).size === ids.length, { error: 'Each contact may appear only once.' })

/** A file name Kith suggests for an exported image; the user picks the real place in the save dialog. */
const ExportFileName = z
  .string()
  .regex(/^[\w .,()-]{1,120}\.(png|svg|pdf|json|csv|graphml|ics)$/, 'Use a plain file name ending in .png, .svg, .pdf, .json, .csv, .graphml or .ics.')

/**
 * The one table of every backend call: channel → zod input and output.
 *
 * The backend parses every input with it, and the renderer's client checks input with it before sending and
 * derives its types from it; a channel without a handler fails to compile. The preload builds its bridge from
 * the channel names in channels.ts instead, so it does not bundle zod.
 */
export const contract = {
  'network:get': { input: NoInput, output: NetworkFile },
  'contacts:create': { input: ContactDraft, output: Contact },
  'contacts:update': { input: z.strictObject({ id: ContactId, patch: ContactPatch }), output: Contact },
  'contacts:delete': { input: z.strictObject({ id: ContactId }), output: DeletedContacts.extend({ id: ContactId }) },
  'contacts:bulk-update': {
    input: z.strictObject({
      ids: ContactIds,
      set: ContactPatch.pick({ categories: true, tags: true, tieStrength: true, cadenceDays: true, onLaidOffList: true }).default({}),
      addCategories: z.array(Category).max(8).default([]),
      addTags: z.array(z.string().trim().min(1, 'Tags cannot be empty.').max(50, 'A tag is too long (at most 50 characters).')).max(50).default([]),
    }),
    output: z.object({ updated: z.number().int() }),
  },
  'contacts:bulk-delete': { input: z.strictObject({ ids: ContactIds }), output: DeletedContacts },
  'contacts:merge': { input: MergeInput, output: MergeResult },
  'import:preview': { input: ImportInput, output: ImportPreview },
  'import:apply': { input: ImportInput, output: ImportResult },
  /** Desktop only: the native open dialog for a contact file or a Kith backup, read as text. */
  'import:choose-file': { input: NoInput, output: ChosenFile },
  'export:data': { input: z.strictObject({ format: ExportFormat }), output: ExportData },
  'ties:create': { input: TieDraft, output: Tie },
  'ties:delete': { input: z.strictObject({ id: TieId }), output: z.object({ id: TieId }) },
  'interactions:create': { input: InteractionDraft, output: Interaction },
  'interactions:update': { input: z.strictObject({ id: InteractionId, patch: InteractionPatch }), output: Interaction },
  'interactions:delete': { input: z.strictObject({ id: InteractionId }), output: z.object({ id: InteractionId }) },
  'events:create': { input: EventDraft, output: Event },
  'events:update': { input: z.strictObject({ id: EventId, patch: EventPatch }), output: Event },
  'events:delete': { input: z.strictObject({ id: EventId }), output: z.object({ id: EventId }) },
  'follow-ups:complete': { input: z.strictObject({ id: FollowUpId, done: z.boolean({ error: 'Say whether it is done.' }) }), output: FollowUp },
  'follow-ups:delete': { input: z.strictObject({ id: FollowUpId }), output: z.object({ id: FollowUpId }) },
  'me:update': { input: MePatch, output: Me },
  'settings:update': { input: SettingsPatch, output: Settings },
  'layout:pin': {
    input: z.strictObject({
      layout: LayoutId,
      pins: z
        .array(z.strictObject({ id: ContactId, x: Point.shape.x, y: Point.shape.y }), { error: 'Pins must be a list.' })
        .min(1, 'Move at least one contact.')
        .max(50_000),
    }),
    output: z.object({ pinned: z.number().int() }),
  },
  'layout:reset': { input: z.strictObject({ layout: LayoutId }), output: z.object({ pinned: z.number().int() }) },
  'insights:get': { input: z.strictObject({ asOf: IsoDate.optional() }), output: Insights },
  'gaps:dismiss': {
    input: z.strictObject({ id: GapId, until: IsoDate.nullable().default(null) }),
    output: GapDecision,
  },
  'gaps:restore': { input: z.strictObject({ id: GapId }), output: z.object({ id: GapId }) },
  'sample:load': { input: NoInput, output: NetworkFile },
  'sample:clear': { input: NoInput, output: NetworkFile },
  'store:status': { input: NoInput, output: StoreStatus },
  'store:restore': { input: z.strictObject({ name: BackupName }), output: StoreStatus },
  'store:reveal': { input: NoInput, output: z.object({ opened: z.boolean(), path: z.string() }) },
  /** Desktop only: asks where to save an exported image or data file and writes it. `path` is null when the user cancels. */
  'export:save': {
    input: z.strictObject({
      fileName: ExportFileName,
      base64: z.string().min(1, 'The image is empty.').max(400_000_000, 'The image is too large to save.'),
    }),
    output: z.object({ path: z.string().nullable() }),
  },
  'history:status': { input: NoInput, output: HistoryStatus },
  'history:undo': { input: NoInput, output: HistoryStatus },
  'history:redo': { input: NoInput, output: HistoryStatus },
  ...routineContract,
  ...syncContract,
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>

export type Contract = typeof contract
/** What a caller sends on a channel (before defaults are applied). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>
/** What a handler receives on a channel (after parsing). */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>
/** What a channel answers with when it succeeds. */
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>

/**
 * Parses a channel's input with the contract, answering a plain-words failure for bad input. The backend
 * does this before every handler; the renderer's client does it before sending, so a mistake in a form is
 * explained at once and never becomes a refused request.
 */
export function parseInput<C extends Channel>(channel: C, input: unknown): Result<ParsedInputOf<C>> {
  const parsed = contract[channel].input.safeParse(input ?? {})
  if (parsed.success) return ok(parsed.data as ParsedInputOf<C>)
  const { message, issues } = describeIssues(parsed.error)
  return fail('INVALID_INPUT', message, issues)
}
