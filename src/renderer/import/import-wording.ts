import type { DetectedImportFormat, ImportPreview, ImportResult } from '../../core/import-export-schema'
import { formatNumber, plural, pluralWord } from '../shared/format'

/* What the import dialog and its notice say, from the backend's answers (pure, so it is tested without a page). */

/** What each kind of file is called in the dialog, in the order the format menu lists them. */
export const FORMAT_LABELS: Readonly<Record<DetectedImportFormat, string>> = {
  'linkedin-csv': 'LinkedIn connections',
  'google-csv': 'Google Contacts or Outlook CSV',
  vcard: 'vCard',
  'kith-json': 'Kith backup',
}
export const DETECTED_FORMATS = Object.keys(FORMAT_LABELS) as DetectedImportFormat[]

/** The largest file the page sends: well above a 30,000-row LinkedIn export (about 3 MB). */
export const MAX_FILE_BYTES = 20_000_000

const megabytes = (bytes: number) => `${formatNumber(Math.max(1, Math.round(bytes / 1e6)))} MB`

/** Why a file is refused before it is read, or null when it may be read. */
export function fileTooLarge(file: { readonly name: string; readonly size: number }): string | null {
  if (file.size <= MAX_FILE_BYTES) return null
  return `“${file.name}” is too large to import (${megabytes(file.size)}; at most ${megabytes(MAX_FILE_BYTES)}). A LinkedIn export of 30,000 connections is about 3 MB: check that this is the contacts file.`
}

/** How far the reading got, "60%" (never 100% before it is done). */
export const percentOf = (share: number): string => `${Math.min(99, Math.floor(share * 100))}%`

/** "Reading Connections.csv… 60%" while the page reads a file; without a share until the browser says how far it got. */
export const readingWords = (fileName: string, share: number | null): string => `Reading ${fileName}…${share === null ? '' : ` ${percentOf(share)}`}`

/**
 * What the backend is checking, counted cheaply from the text: cards in a vCard file, rows after the header
 * in a CSV (a quoted line break can make it a few too many, which is fine for a progress line).
 */
export function checkingWords(text: string, format: DetectedImportFormat | 'auto'): string {
  if (format === 'kith-json' || (format === 'auto' && /^\s*\{/.test(text))) return 'Checking the backup…'
  const cards = text.match(/^BEGIN:VCARD/gim)?.length ?? 0
  if (format === 'vcard' || cards > 0) return `Checking ${plural(cards, 'card')}…`
  const lines = text.split('\n').filter((line) => line.trim() !== '').length
  return `Checking ${plural(Math.max(0, lines - 1), 'row')}…`
}

/**
 * Whether a contact file would change nothing: everyone in it is already in Kith as the file has them. A backup
 * always offers to restore: it may take people or interactions away, which the counts do not show (its warnings do).
 */
export const changesNothing = (preview: ImportPreview): boolean =>
  preview.format !== 'kith-json' && preview.create.length === 0 && preview.update.length === 0

/** Said instead of the import button when nothing would change (rows left out are listed below it). */
export const NOTHING_WOULD_CHANGE = 'Everyone in this file is already in Kith; nothing would change.'

/** The import button: "Import 812 contacts"; for a backup, that it replaces the network. */
export function importButtonLabel(preview: ImportPreview): string {
  if (preview.format === 'kith-json') return 'Replace my network with this backup'
  return `Import ${plural(preview.create.length + preview.update.length, 'contact')}`
}

/** The three counts at the top of the preview. */
export function previewCounts(preview: ImportPreview): readonly { readonly label: string; readonly count: string }[] {
  return [
    { label: 'new', count: formatNumber(preview.create.length) },
    { label: 'to update', count: formatNumber(preview.update.length) },
    { label: 'left out', count: formatNumber(preview.skipped.length) },
  ]
}

/** The notice once the import is saved: what changed, and that Undo takes it back. */
export function importedNotice(result: ImportResult, fileName: string, format: DetectedImportFormat): string {
  if (format === 'kith-json') return `Restored the backup “${fileName}”. Undo brings back what was there before.`
  const parts = [`Added ${plural(result.created, 'person', 'people')}`]
  if (result.updated > 0) parts.push(`updated ${formatNumber(result.updated)}`)
  const left = result.skipped > 0 ? ` ${plural(result.skipped, 'row')} ${pluralWord(result.skipped, 'was', 'were')} left out.` : ''
  return `${parts.join(' and ')} from “${fileName}”.${left} Undo takes the import back.`
}

export { contactFieldLabel as fieldLabel } from '../../core/field-labels'

/** What matched a file's row to someone already in Kith, as a short phrase. */
export const MATCHED_BY: Readonly<Record<'linkedin' | 'email' | 'name-organization' | 'id', string>> = {
  linkedin: 'same LinkedIn profile',
  email: 'same e-mail',
  'name-organization': 'same name and organization',
  id: 'same contact in the backup',
}
