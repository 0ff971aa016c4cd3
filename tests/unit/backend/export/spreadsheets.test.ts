import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { exportData } from '../../../../electron/backend/export/export-data'
import { CONTACT_COLUMN_NAMES, INTERACTION_COLUMN_NAMES } from '../../../../src/core/export/spreadsheet-tables'
import { guardFormula } from '../../../../src/core/export/formula-guard'
import { NOW, TODAY } from '../../helpers/builders'
import { exportNetwork } from '../../helpers/export-network'

/** The CSV as a spreadsheet would load it: rows of cells keyed by the header, BOM and CRLF handled by csv-parse. */
function readCsv(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[]
}

const contactsCsv = () => exportData(exportNetwork(), 'contacts-csv', TODAY, new Date(NOW))
const interactionsCsv = () => exportData(exportNetwork(), 'interactions-csv', TODAY, new Date(NOW))

describe('contacts CSV', () => {
  it('is named for today, typed text/csv, and starts with a UTF-8 byte-order mark and CRLF lines', () => {
    const { fileName, mimeType, text } = contactsCsv()
    expect(fileName).toBe('kith-contacts-2026-11-26.csv')
    expect(mimeType).toBe('text/csv')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${CONTACT_COLUMN_NAMES.map((h) => `"${h}"`).join(',')}`)
  })

  it('has one row per contact, alphabetical, with every column filled as the contacts view shows it', () => {
    const rows = readCsv(contactsCsv().text)
    expect(Object.keys(rows[0]!)).toEqual(CONTACT_COLUMN_NAMES)
    expect(rows.map((r) => r.Name)).toEqual(['Ana Marín', 'Ben <&> "Ode"', 'Cy Park'])
    expect(rows[0]).toEqual({
      Name: 'Ana Marín',
      Organization: `'=HYPERLINK("http://evil.example","click")`,
      Department: 'Flow',
      Industry: 'Healthcare',
      Role: 'Analyst',
      Categories: 'My department; Authors & bloggers',
      Tags: 'data; ops',
      'Tie strength (1 to 5)': '4',
      'Keep in touch every (days)': '30',
      'Last contact': '2026-11-20',
      'Next due': '2026-12-20',
      Staleness: 'Fresh',
      'E-mail': 'ana@example.com',
      Phone: `'+44 20 7946 0958`,
      'LinkedIn URL': 'https://www.linkedin.com/in/ana',
      Website: 'https://ana.example.com',
      'How you met': 'Winter planning',
      'Introduced by': 'Ben <&> "Ode"',
      'On laid-off list': 'yes',
      'Connected on': '2024-03-12',
      Notes: 'Two lines,\nand "quotes"',
      'Added on': '2024-01-01',
    })
  })

  it('derives cadence, next due and staleness from the categories when nothing else is set', () => {
    const [, ben, cy] = readCsv(contactsCsv().text)
    // Ben: social (90 days), last seen on 20 Nov with Ana.
    expect(ben).toMatchObject({ 'Keep in touch every (days)': '90', 'Last contact': '2026-11-20', 'Next due': '2027-02-18', Staleness: 'Fresh' })
    // Cy: never contacted, added long ago: due at the end of a month's grace, and dormant.
    expect(cy).toMatchObject({ 'Last contact': '', 'Next due': '2024-01-31', Staleness: 'Dormant or never contacted', 'On laid-off list': 'no', 'Introduced by': '' })
  })

  it('defuses every cell that a spreadsheet would run as a formula, and leaves the rest as written', () => {
    const [ana, ben, cy] = readCsv(contactsCsv().text)
    expect(ana!.Organization!.startsWith(`'=`)).toBe(true)
    expect(ben!.Role).toBe(`'-lead`)
    expect(ben!.Tags).toBe(`'@team`)
    expect(cy!.Notes).toBe(`'=cmd|' /C calc'!A0`)
    expect(ana!.Name).toBe('Ana Marín')
  })
})

describe('formula guard', () => {
  it.each(['=1+1', '+44 20 7946 0958', '-2', '@SUM(A1)', '\tx', '\rx', '\0x', '＝1+1', '＋1', '－1', '＠x'])('prefixes %j with an apostrophe', (cell) => {
    expect(guardFormula(cell)).toBe(`'${cell}`)
  })
  it.each(['', 'Ana', '(020) 7946 0958', '2026-11-26', ' =not first', "'already text", 'a=b'])('leaves %j alone', (cell) => {
    expect(guardFormula(cell)).toBe(cell)
  })
})

describe('interactions CSV', () => {
  it('has one row per interaction, oldest first, with people, channel, help and event in words', () => {
    const { fileName, mimeType, text } = interactionsCsv()
    expect(fileName).toBe('kith-interactions-2026-11-26.csv')
    expect(mimeType).toBe('text/csv')
    const rows = readCsv(text)
    expect(Object.keys(rows[0]!)).toEqual(INTERACTION_COLUMN_NAMES)
    expect(rows).toEqual([
      { Date: '2026-10-01', People: 'Ana Marín', Channel: 'E-mail', 'Who helped whom': 'I helped them', Summary: 'Sent the deck', Event: '' },
      { Date: '2026-11-01', People: 'Ana Marín; Ben <&> "Ode"', Channel: 'Video call', 'Who helped whom': 'No help either way', Summary: '', Event: '' },
      {
        Date: '2026-11-20',
        People: 'Ana Marín; Ben <&> "Ode"',
        Channel: 'Coffee',
        'Who helped whom': 'We helped each other',
        Summary: `'+1 for the plan`,
        Event: 'Flow & Capacity Summit',
      },
    ])
  })
})
