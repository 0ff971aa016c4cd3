import { z } from 'zod'
import { Contact, ContactId } from './schema'

/*
 * The shapes of the import and export channels (their names and shapes are fixed: tests outside the project
 * call them). The contract table in contract.ts uses these.
 */

/** What a file to import holds; `auto` asks the backend to tell from the text. */
export const IMPORT_FORMATS = ['auto', 'linkedin-csv', 'google-csv', 'vcard', 'kith-json'] as const
export const ImportFormat = z.enum(IMPORT_FORMATS, {
  error: () => `Format must be one of: ${IMPORT_FORMATS.join(', ')}.`,
})
export type ImportFormat = z.infer<typeof ImportFormat>
export type DetectedImportFormat = Exclude<ImportFormat, 'auto'>

export const ImportInput = z.strictObject({
  format: ImportFormat.default('auto'),
  // Large on purpose: the backend refuses big files itself, with a message naming the file and its size.
  text: z.string({ error: 'The file must be sent as text.' }).max(100_000_000, 'The file is too large to import.'),
  fileName: z.string().max(255, 'The file name is too long.').optional(),
})
export type ImportInput = z.input<typeof ImportInput>

const Line = z.number().int().nullable()

/** Someone the import would add. `line` is where they start in the file; null for a Kith backup. */
export const ImportCreate = z.object({
  line: Line,
  name: z.string(),
  organization: z.string(),
  role: z.string(),
  email: z.string(),
})
export type ImportCreate = z.infer<typeof ImportCreate>

/** A field the import would fill or refresh on someone already in Kith. */
export const ImportChange = z.object({ field: z.string(), from: z.string(), to: z.string() })

/** Someone already in Kith whom the file also holds, and what would change. */
export const ImportUpdate = z.object({
  line: Line,
  id: ContactId,
  name: z.string(),
  /** What matched them: `linkedin`, `email`, `name-organization`, or `id` for a Kith backup. */
  matchedBy: z.enum(['linkedin', 'email', 'name-organization', 'id']),
  changes: z.array(ImportChange),
})
export type ImportUpdate = z.infer<typeof ImportUpdate>

export const ImportSkipped = z.object({ line: z.number().int(), reason: z.string() })

export const ImportPreview = z.object({
  format: z.enum(['linkedin-csv', 'google-csv', 'vcard', 'kith-json']),
  create: z.array(ImportCreate),
  update: z.array(ImportUpdate),
  skipped: z.array(ImportSkipped),
  warnings: z.array(z.string()),
})
export type ImportPreview = z.infer<typeof ImportPreview>

export const ImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  /** How many rows or cards were left out (the preview lists them with their lines and reasons). */
  skipped: z.number().int(),
  /** Who was added and who was refreshed, so the contacts view can show just them. */
  createdIds: z.array(ContactId),
  updatedIds: z.array(ContactId),
})
export type ImportResult = z.infer<typeof ImportResult>

export const MergeInput = z
  .strictObject({ keepId: ContactId, mergeId: ContactId })
  .refine((m) => m.keepId !== m.mergeId, { error: 'Choose two different contacts to merge.' })
export const MergeResult = Contact

export const EXPORT_FORMATS = ['kith-json', 'contacts-csv', 'interactions-csv', 'graphml', 'calendar-ics'] as const
export const ExportFormat = z.enum(EXPORT_FORMATS, { error: () => `Format must be one of: ${EXPORT_FORMATS.join(', ')}.` })
export type ExportFormat = z.infer<typeof ExportFormat>
export const ExportData = z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() })
export type ExportData = z.infer<typeof ExportData>

/** Desktop only: a file the user chose in the native open dialog; null when they cancelled. */
export const ChosenFile = z.object({ fileName: z.string(), text: z.string() }).nullable()
