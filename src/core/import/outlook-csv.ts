/*
 * Outlook's contacts CSV ("Comma Separated Values" export), by column name. Google's reader (google-csv.ts) reads
 * both dialects, so a file from either lands in the same place; this table is what Outlook adds.
 */
export const OUTLOOK_COLUMNS = {
  first: ['First Name'],
  middle: ['Middle Name'],
  last: ['Last Name'],
  organization: ['Company'],
  department: ['Department'],
  role: ['Job Title'],
  email: /^e-mail( \d+)? address$/,
  phone: ['Mobile Phone', 'Business Phone', 'Home Phone', 'Primary Phone', 'Other Phone'],
  website: ['Web Page'],
  notes: ['Notes'],
  /** Outlook joins categories with ";". */
  categories: ['Categories'],
} as const

export const isOutlookHeader = (keys: ReadonlySet<string>): boolean =>
  keys.has('first name') && (keys.has('e-mail address') || keys.has('job title') || keys.has('business phone'))
