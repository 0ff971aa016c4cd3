import { describe, expect, it } from 'vitest'
import type { ContactId } from '../../../../src/core/schema'
import type { ImportPreview } from '../../../../src/core/import-export-schema'
import {
  changesNothing,
  checkingWords,
  fileTooLarge,
  importButtonLabel,
  importedNotice,
  previewCounts,
  readingWords,
} from '../../../../src/renderer/import/import-wording'
import { importedStillThere, rowsOf } from '../../../../src/renderer/contacts/just-imported'
import type { ContactRow } from '../../../../src/renderer/contacts/contact-rows'

const person = (name: string, line = 5) => ({ line, name, organization: 'Acme', role: '', email: '' })
const preview = (over: Partial<ImportPreview> = {}): ImportPreview => ({ format: 'linkedin-csv', create: [], update: [], skipped: [], warnings: [], ...over })
const id = (s: string) => s as ContactId

describe('the import preview’s words', () => {
  it('count new people, updates and rows left out, and name the button with the number', () => {
    const p = preview({
      create: [person('Ana'), person('Ben'), person('Chloé')],
      update: [{ line: 9, id: id('c1'), name: 'Dev', matchedBy: 'email', changes: [{ field: 'role', from: '', to: 'Nurse' }] }],
      skipped: [{ line: 12, reason: 'No first or last name.' }],
    })
    expect(previewCounts(p)).toEqual([
      { label: 'new', count: '3' },
      { label: 'to update', count: '1' },
      { label: 'left out', count: '1' },
    ])
    expect(importButtonLabel(p)).toBe('Import 4 contacts')
    expect(importButtonLabel(preview({ create: [person('Ana')] }))).toBe('Import 1 contact')
    expect(changesNothing(p)).toBe(false)
  })

  it('say nothing would change when a contact file brings no one new and changes no one, whatever it left out', () => {
    expect(changesNothing(preview({ skipped: [{ line: 9, reason: 'No first or last name.' }] }))).toBe(true)
    // A backup may take people away, which the counts do not show: it always offers to restore.
    expect(changesNothing(preview({ format: 'kith-json' }))).toBe(false)
    expect(importButtonLabel(preview({ format: 'kith-json', create: [person('Ana', 0)] }))).toBe('Replace my network with this backup')
  })

  it('say how far the reading got without claiming 100% too early, then what is being checked', () => {
    expect(readingWords('Connections.csv', null)).toBe('Reading Connections.csv…')
    expect(readingWords('Connections.csv', 0.6)).toBe('Reading Connections.csv… 60%')
    expect(readingWords('Connections.csv', 0.999)).toBe('Reading Connections.csv… 99%')
    const csv = 'Notes:\r\n\r\nFirst Name,Last Name\r\n' + 'Ana,Silva\r\n'.repeat(30_000)
    expect(checkingWords(csv, 'auto')).toBe('Checking 30,001 rows…')
    expect(checkingWords('BEGIN:VCARD\nFN:Ana\nEND:VCARD\nbegin:vcard\nFN:Ben\nEND:VCARD\n', 'auto')).toBe('Checking 2 cards…')
    expect(checkingWords('{ "schemaVersion": 5 }', 'auto')).toBe('Checking the backup…')
  })

  it('refuse a file over 20 MB by its size, naming it', () => {
    expect(fileTooLarge({ name: 'Connections.csv', size: 3_100_000 })).toBeNull()
    expect(fileTooLarge({ name: 'Connections.csv', size: 20_000_000 })).toBeNull()
    expect(fileTooLarge({ name: 'everything.vcf', size: 52_400_000 })).toBe(
      '“everything.vcf” is too large to import (52 MB; at most 20 MB). A LinkedIn export of 30,000 connections is about 3 MB: check that this is the contacts file.',
    )
  })

  it('tell what the import did, and that Undo takes it back', () => {
    const result = { created: 812, updated: 3, skipped: 2, createdIds: [], updatedIds: [] }
    expect(importedNotice(result, 'Connections.csv', 'linkedin-csv')).toBe('Added 812 people and updated 3 from “Connections.csv”. 2 rows were left out. Undo takes the import back.')
    expect(importedNotice({ ...result, created: 1, updated: 0, skipped: 0 }, 'ana.vcf', 'vcard')).toBe('Added 1 person from “ana.vcf”. Undo takes the import back.')
    expect(importedNotice(result, 'kith-backup.json', 'kith-json')).toBe('Restored the backup “kith-backup.json”. Undo brings back what was there before.')
  })
})

describe('the people just imported', () => {
  it('are exactly those the import added or refreshed that are still in the network', () => {
    const batch = { batch: 1, fileName: 'Connections.csv', createdIds: ['a', 'b', 'gone'], updatedIds: ['c'], undoLabel: null }
    const still = importedStillThere(batch, new Set(['a', 'b', 'c', 'someone-else']))
    expect([...still]).toEqual(['a', 'b', 'c'])
    const rows = ['a', 'someone-else', 'c'].map((cid) => ({ contact: { id: cid } }) as unknown as ContactRow)
    expect(rowsOf(rows, still).map((r) => r.contact.id)).toEqual(['a', 'c'])
  })
})
