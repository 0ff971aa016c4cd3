import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectContactFileFormat, readContactFile, type ContactFileFormat } from '../../../../electron/backend/import/read-contact-file'
import { readCsvRecords } from '../../../../electron/backend/import/csv-records'
import { readVcardRecords } from '../../../../electron/backend/import/vcard-records'
import { readGoogleCsv } from '../../../../src/core/import/google-csv'
import { readLinkedIn } from '../../../../src/core/import/linkedin'
import { readVcards } from '../../../../src/core/import/vcard'

const FORMATS: ContactFileFormat[] = ['linkedin-csv', 'google-csv', 'vcard']

/** Text built from the pieces that matter to the readers, so random input reaches past the first check. */
const piece = fc.constantFrom(
  ',', '"', '""', '\r\n', '\n', '\r', ' ', ';', ':', '=', '=0D=0A', '=C3=', '\uFEFF', '\\', '\\n',
  'First Name', 'Last Name', 'Connected On', 'Company', 'E-mail 1 - Value', 'Labels', ' ::: ', 'Given Name',
  'BEGIN:VCARD', 'END:VCARD', 'VERSION:2.1', 'VERSION:3.0', 'FN', 'N', 'ORG', 'TEL;WORK;VOICE', 'EMAIL;PREF',
  'ENCODING=QUOTED-PRINTABLE', 'CHARSET=x', 'PHOTO;BASE64', 'CATEGORIES', 'item1.', '12 Mar 2024', '=HYPERLINK(',
)
const structured = fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join(''))
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), structured)

const isResult = (r: unknown) => typeof r === 'object' && r !== null && typeof (r as { ok: unknown }).ok === 'boolean'

describe('the contact-file readers never throw', () => {
  it('answers any text, in every format, with a result', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...FORMATS), (text, format) => {
        const result = readContactFile(format, text, 'random.txt')
        expect(isResult(result)).toBe(true)
        // readContactFile has a last-resort catch; INTERNAL would mean a reader threw past its own checks.
        if (!result.ok) expect(result.error.code, result.error.message).toBe('INVALID_INPUT')
        if (!result.ok) expect(result.error.message).not.toBe('')
        expect(isResult(readCsvRecords(text))).toBe(true)
        expect(isResult(readVcardRecords(text))).toBe(true)
        expect([null, ...FORMATS]).toContain(detectContactFileFormat(text))
      }),
      { numRuns: 1500 },
    )
  })

  it('the core mappers accept any rows and records', () => {
    const rows = fc.array(fc.record({ line: fc.nat(), cells: fc.array(fc.oneof(piece, fc.string({ maxLength: 30 })), { maxLength: 10 }) }), { maxLength: 20 })
    const value = fc.oneof(fc.string({ maxLength: 20 }), fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }))
    const records = fc.array(
      fc.record({
        line: fc.nat(),
        photosDropped: fc.nat({ max: 2 }),
        properties: fc.array(
          fc.record({
            name: fc.constantFrom('FN', 'N', 'ORG', 'TITLE', 'EMAIL', 'TEL', 'URL', 'NOTE', 'CATEGORIES', 'X-OTHER'),
            params: fc.dictionary(fc.constantFrom('type', 'pref'), fc.oneof(fc.string({ maxLength: 8 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }))),
            values: fc.array(value, { maxLength: 3 }),
          }),
          { maxLength: 12 },
        ),
      }),
      { maxLength: 6 },
    )
    fc.assert(
      fc.property(rows, records, (r, v) => {
        expect(isResult(readLinkedIn(r))).toBe(true)
        expect(isResult(readGoogleCsv(r))).toBe(true)
        expect(isResult(readVcards(v))).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })
})
