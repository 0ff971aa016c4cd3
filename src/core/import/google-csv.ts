import type { Result } from '../result'
import { OUTLOOK_COLUMNS, isOutlookHeader } from './outlook-csv'
import { type CsvRow, headerKey, importCategory, readCsvExport, type ReadOptions, type ReadOutcome } from './records'

/*
 * Google Contacts CSV, current and legacy, and Outlook's CSV. The current Google export has `First Name`,
 * `Organization Name`, `Labels` joined by " ::: " and repeating `E-mail N - Value` groups; the legacy one has
 * `Name`, `Given Name`, `Family Name`, `Organization 1 - Name` and `Group Membership`. Columns go by name.
 */

const HEADER_SEARCH_ROWS = 5

/** Google's system groups ("* myContacts", "* starred") are not the user's labels. */
const isSystemLabel = (label: string) => label.startsWith('* ') || label === 'My Contacts' || label === 'Starred in Android'

export const isGoogleHeader = (cells: readonly string[]): boolean => {
  const keys = new Set(cells.map(headerKey))
  const google =
    (keys.has('first name') || keys.has('given name')) &&
    (keys.has('organization name') || keys.has('labels') || keys.has('group membership') || keys.has('e-mail 1 - value') || keys.has('organization 1 - name'))
  return google || isOutlookHeader(keys)
}

const splitLabels = (text: string): string[] =>
  text
    .split(':::')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !isSystemLabel(l))

export function readGoogleCsv(rows: readonly CsvRow[], options?: ReadOptions): Result<ReadOutcome> {
  const category = importCategory(options)
  return readCsvExport(rows, {
    isHeader: isGoogleHeader,
    searchRows: HEADER_SEARCH_ROWS,
    notFound: 'This is not a Google or Outlook contacts file: no header with "First Name" (or "Given Name") and e-mail or organization columns was found.',
    readRow: (col, cells) => {
      const parts = [
        col.get(cells, 'First Name', 'Given Name'),
        col.get(cells, ...OUTLOOK_COLUMNS.middle, 'Additional Name'),
        col.get(cells, 'Last Name', 'Family Name'),
      ].filter((p) => p !== '')
      const name = parts.join(' ') || col.get(cells, 'Name', 'File As', 'Nickname')
      if (name === '') return { skip: 'No name (First Name, Last Name or Name is empty).' }
      const first = (values: string[]) => (values[0] ?? '').split(':::')[0]!.trim()
      const email = first([...col.matching(cells, /^e-mail \d+ - value$/), ...col.matching(cells, OUTLOOK_COLUMNS.email)])
      const phone = first([...col.matching(cells, /^phone \d+ - value$/), ...OUTLOOK_COLUMNS.phone.map((n) => col.get(cells, n))].filter((v) => v !== ''))
      const website = first([...col.matching(cells, /^website \d+ - value$/), col.get(cells, ...OUTLOOK_COLUMNS.website)].filter((v) => v !== ''))
      const tags = [
        ...splitLabels(col.get(cells, 'Labels', 'Group Membership')),
        ...col
          .get(cells, ...OUTLOOK_COLUMNS.categories)
          .split(';')
          .map((c) => c.trim())
          .filter((c) => c !== ''),
      ]
      return {
        draft: {
          name,
          categories: [category],
          organization: col.get(cells, 'Organization Name', 'Organization 1 - Name', ...OUTLOOK_COLUMNS.organization),
          department: col.get(cells, 'Organization Department', 'Organization 1 - Department', ...OUTLOOK_COLUMNS.department),
          role: col.get(cells, 'Organization Title', 'Organization 1 - Title', ...OUTLOOK_COLUMNS.role),
          email,
          phone,
          ...(/linkedin\.com/i.test(website) ? { linkedinUrl: website } : { website }),
          notes: col.get(cells, 'Notes'),
          tags,
        },
      }
    },
  })
}
