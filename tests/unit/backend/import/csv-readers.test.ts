import { describe, expect, it } from 'vitest'
import { readCsvRecords } from '../../../../electron/backend/import/csv-records'
import { readContactFile } from '../../../../electron/backend/import/read-contact-file'
import { parseDayMonthYear } from '../../../../src/core/import/records'

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'
const PREAMBLE =
  'Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses are missing. ' +
  'You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email."\r\n\r\n'

const read = (text: string, format: 'linkedin-csv' | 'google-csv' = 'linkedin-csv', fileName?: string) => {
  const result = readContactFile(format, text, fileName)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('CSV records', () => {
  it('keeps quoted commas, doubled quotes and quoted newlines, and gives each record its first line', () => {
    const result = readCsvRecords('a,b\r\n"x, y","say ""hi"""\r\n"two\r\nlines",z\r\n\r\nlast,row')
    expect(result.ok && result.value).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
      { line: 5, cells: [''] },
      { line: 6, cells: ['last', 'row'] },
    ])
  })

  it('pins the comma: semicolons and tabs stay inside cells', () => {
    const result = readCsvRecords('a;b\tc,d\n')
    expect(result.ok && result.value[0]!.cells).toEqual(['a;b\tc', 'd'])
  })
})

describe('LinkedIn Connections.csv', () => {
  it('reads the current export: BOM, quoted Notes preamble, blank line, CRLF, URL column', () => {
    const text =
      '\uFEFF' + PREAMBLE + HEADER + '\r\n' +
      'Ada,Lovelace,https://www.linkedin.com/in/ada,ada@example.com,"Analytical Engines, Ltd",Head of "Notes",12 Mar 2024\r\n' +
      'Grace,Hopper,https://www.linkedin.com/in/grace,,US Navy,"Rear Admiral ""Amazing Grace""",01 Jan 2020\r\n'
    const { drafts, skipped, warnings } = read(text)
    expect(skipped).toEqual([])
    expect(warnings).toEqual([])
    expect(drafts.map((d) => [d.line, d.draft.name, d.draft.organization, d.draft.role, d.connectedOn])).toEqual([
      [5, 'Ada Lovelace', 'Analytical Engines, Ltd', 'Head of "Notes"', '2024-03-12'],
      [6, 'Grace Hopper', 'US Navy', 'Rear Admiral "Amazing Grace"', '2020-01-01'],
    ])
    expect(drafts[0]!.draft).toMatchObject({ categories: ['social'], email: 'ada@example.com', linkedinUrl: 'https://www.linkedin.com/in/ada' })
  })

  it('reads an unquoted preamble after a BOM, with LF line ends', () => {
    const text = '\uFEFFNotes:\nSome addresses are missing.\n\n' + HEADER + '\nAda,Lovelace,,,,,\n'
    expect(read(text).drafts.map((d) => d.draft.name)).toEqual(['Ada Lovelace'])
  })

  it('reads an older export with no preamble and no URL column, columns in another order', () => {
    const text = 'Last Name,First Name,Email Address,Company,Position,Connected On\r\nLovelace,Ada,,Engines,Countess,3 Feb 2015\r\n'
    const { drafts } = read(text)
    expect(drafts[0]).toMatchObject({ line: 2, connectedOn: '2015-02-03', draft: { name: 'Ada Lovelace', organization: 'Engines', role: 'Countess', linkedinUrl: '' } })
  })

  it('skips rows without a name with their line and reason, and ignores blank lines', () => {
    const text = HEADER + '\r\n,,https://www.linkedin.com/in/nobody,,Acme,CEO,12 Mar 2024\r\n\r\nAda,,,,,,\r\n'
    const { drafts, skipped } = read(text)
    expect(skipped).toEqual([{ line: 2, reason: 'No first or last name.' }])
    expect(drafts.map((d) => [d.line, d.draft.name])).toEqual([[4, 'Ada']])
  })

  it('keeps formula-like cells as plain text', () => {
    const text = HEADER + '\n"=HYPERLINK(""http://evil.example"",""x"")",@SUM(1+1),,,+cmd|calc,-2+3,\n'
    const { drafts } = read(text)
    expect(drafts[0]!.draft).toMatchObject({ name: '=HYPERLINK("http://evil.example","x") @SUM(1+1)', organization: '+cmd|calc', role: '-2+3' })
  })

  it('leaves out a bad e-mail or date with a warning instead of losing the person', () => {
    const text = HEADER + '\nAda,Lovelace,,not-an-email,,,sometime\n'
    const { drafts, warnings } = read(text)
    expect(drafts[0]).toMatchObject({ connectedOn: null, draft: { email: '' } })
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/^Line 2: /)
  })

  it('reads Connected On dates and refuses impossible ones', () => {
    expect(parseDayMonthYear('12 Mar 2024')).toBe('2024-03-12')
    expect(parseDayMonthYear('1 sep 2021')).toBe('2021-09-01')
    expect(parseDayMonthYear('31 Feb 2024')).toBeNull()
    expect(parseDayMonthYear('2024-03-12')).toBeNull()
  })
})

describe('Google and Outlook contacts CSV', () => {
  it('reads the current Google export: labels become tags, repeated e-mail groups', () => {
    const text =
      'First Name,Middle Name,Last Name,Organization Name,Organization Title,Organization Department,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Value,Website 1 - Value\r\n' +
      'Ada,,Lovelace,Engines,Countess,R&D,"Met at the\r\nRoyal Society",Mentors ::: * myContacts ::: Math,* Work,,* Home,ada@home.example,+44 20 1234 5678,https://ada.example\r\n'
    const { drafts } = read(text, 'google-csv')
    expect(drafts[0]).toMatchObject({
      line: 2,
      draft: {
        name: 'Ada Lovelace',
        organization: 'Engines',
        role: 'Countess',
        department: 'R&D',
        notes: 'Met at the\nRoyal Society',
        tags: ['Mentors', 'Math'],
        email: 'ada@home.example',
        phone: '+44 20 1234 5678',
        website: 'https://ada.example',
        categories: ['social'],
      },
    })
  })

  it('reads the legacy Google export (Given Name, Group Membership)', () => {
    const text =
      'Name,Given Name,Additional Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Name,Organization 1 - Title\n' +
      'Grace Hopper,Grace,Brewster,Hopper,* My Contacts ::: Navy,* Work,grace@navy.example ::: g@old.example,US Navy,Admiral\n' +
      'Only Full,,,,,,,,\n' +
      ',,,,Friends,,,,\n'
    const { drafts, skipped } = read(text, 'google-csv')
    expect(drafts.map((d) => d.draft.name)).toEqual(['Grace Brewster Hopper', 'Only Full'])
    expect(drafts[0]!.draft).toMatchObject({ tags: ['Navy'], email: 'grace@navy.example', organization: 'US Navy', role: 'Admiral' })
    expect(skipped).toEqual([{ line: 4, reason: 'No name (First Name, Last Name or Name is empty).' }])
  })

  it('reads Outlook headers', () => {
    const text =
      'Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Phone,Mobile Phone,E-mail Address,E-mail 2 Address,Web Page,Notes,Categories\r\n' +
      ',Alan,,Turing,,Bletchley Park,Hut 8,Cryptanalyst,01908 640404,,alan@bp.example,,bp.example,Enigma,Colleagues;Heroes\r\n'
    const { drafts } = read(text, 'google-csv')
    expect(drafts[0]!.draft).toMatchObject({
      name: 'Alan Turing',
      organization: 'Bletchley Park',
      department: 'Hut 8',
      role: 'Cryptanalyst',
      phone: '01908 640404',
      email: 'alan@bp.example',
      website: 'https://bp.example',
      notes: 'Enigma',
      tags: ['Colleagues', 'Heroes'],
    })
  })
})

describe('bad input', () => {
  it.each([
    ['an empty file', '', /“c.csv” is empty/],
    ['only a byte-order mark and blank lines', '\uFEFF\r\n\r\n', /is empty/],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000binary', /is not a text file/],
    ['no recognizable header', 'foo,bar\n1,2\n', /“c.csv”: This is not a LinkedIn connections file/],
  ])('answers %s with a clear message, never a throw', (_, text, message) => {
    const result = readContactFile('linkedin-csv', text, 'c.csv')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(message)
  })

  it('refuses a Google file with no recognizable header', () => {
    const result = readContactFile('google-csv', 'a,b\n', 'g.csv')
    expect(!result.ok && result.error.message).toMatch(/not a Google or Outlook contacts file/)
  })

  it('refuses a file over the size limit', () => {
    const result = readContactFile('linkedin-csv', 'x'.repeat(26_000_000), 'big.csv')
    expect(!result.ok && result.error.message).toMatch(/too large/)
  })
})

describe('a CSV that cannot be parsed', () => {
  it('names the line where an unclosed quote starts trouble', () => {
    const result = readContactFile('linkedin-csv', HEADER + '\nAda,"Lovelace\n', 'c.csv')
    expect(!result.ok && result.error.message).toMatch(/^“c.csv”: The CSV could not be read near line \d+/)
  })

  it('reads a 1,000-row export (speed belongs in the benchmark, not here)', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `First${i},Last${i},https://www.linkedin.com/in/p${i},p${i}@example.com,"Org, ${i % 50}",Role ${i},12 Mar 2024`)
    const { drafts } = read('\uFEFF' + PREAMBLE + HEADER + '\r\n' + rows.join('\r\n'))
    expect(drafts).toHaveLength(1000)
  })
})

describe('Google links', () => {
  it('puts a LinkedIn profile from a website column into the LinkedIn URL', () => {
    const text = 'First Name,Last Name,Labels,Website 1 - Value\nAda,Lovelace,,https://www.linkedin.com/in/ada\n'
    expect(read(text, 'google-csv').drafts[0]!.draft).toMatchObject({ linkedinUrl: 'https://www.linkedin.com/in/ada', website: '' })
  })
})
