import type { Contact } from './schema'

/** A contact's fields as the contact form calls them, for previews, merge notes and messages. */
export const CONTACT_FIELD_LABELS = {
  name: 'Name',
  organization: 'Organization',
  department: 'Department',
  industry: 'Industry',
  role: 'Role',
  email: 'E-mail',
  phone: 'Phone',
  linkedinUrl: 'LinkedIn URL',
  website: 'Website',
  howMet: 'How you met',
  notes: 'Notes',
  tags: 'Tags',
  connectedOn: 'Connected on',
} as const satisfies Partial<Record<keyof Contact, string>>

/** "linkedinUrl" → "LinkedIn URL"; a field without a label is shown as named. */
export const contactFieldLabel = (field: string): string => (CONTACT_FIELD_LABELS as Readonly<Record<string, string>>)[field] ?? field
