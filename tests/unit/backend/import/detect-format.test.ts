import { describe, expect, it } from 'vitest'
import { detectContactFileFormat } from '../../../../electron/backend/import/read-contact-file'

describe('detecting a contact file’s format', () => {
  it.each([
    ['\uFEFFNotes:\r\n"Some, quoted, notes"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n', 'linkedin-csv'],
    ['First Name,Last Name,Email Address,Company,Position,Connected On\nAda,Lovelace,,,,\n', 'linkedin-csv'],
    ['First Name,Middle Name,Last Name,Organization Name,Labels,E-mail 1 - Value\n', 'google-csv'],
    ['Name,Given Name,Family Name,Group Membership,E-mail 1 - Value\n', 'google-csv'],
    ['First Name,Last Name,Company,Job Title,E-mail Address\n', 'google-csv'],
    ['BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ada\r\nEND:VCARD\r\n', 'vcard'],
    ['foo,bar\n1,2\n', null],
    ['', null],
    ['{"version":4}', null],
  ])('%j → %s', (text, format) => {
    expect(detectContactFileFormat(text)).toBe(format)
  })

  it('finds the header even when its first 64 KB end inside a quoted cell that spans lines', () => {
    const notes = `"${'Met at the forum,\r\nthen again in Lisbon. '.repeat(200)}"`
    const rows = Array.from({ length: 40 }, (_, i) => `Ana ${i},Silva,,,Acme,Lead,12 Mar 2024,${notes}`)
    const text = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On,Notes', ...rows].join('\r\n')
    expect(text.length).toBeGreaterThan(65_536)
    expect(detectContactFileFormat(text)).toBe('linkedin-csv')
  })
})
