import type { Contact, Me } from '../schema'
import { fillTemplate, knownValues, type FilledText, type PlaceholderValues } from './fill-template'
import { mailtoLink, type Mailto } from './mailto'
import type { OutreachTemplate } from './templates'

/*
 * The composer's starting text: a template filled for one contact, the time it asks taken from the template
 * unless the user changed it, and the mailto link (null when the contact has no e-mail: copy only).
 */

export interface ComposedMessage extends FilledText {
  readonly mailto: Mailto | null
}

export function composeMessage(
  template: Pick<OutreachTemplate, 'subject' | 'body' | 'timeAsked'>,
  contact: Pick<Contact, 'name' | 'howMet' | 'email'>,
  me: Pick<Me, 'name'>,
  composer: PlaceholderValues = {},
): ComposedMessage {
  const values = knownValues(contact, me, { timeAsked: template.timeAsked, ...composer })
  const filled = fillTemplate(template, values)
  return { ...filled, mailto: mailtoLink(contact.email, filled.subject, filled.body) }
}

/** The link for text the user edited after filling. */
export const mailtoForEdited = (contact: Pick<Contact, 'email'>, subject: string, body: string): Mailto | null => mailtoLink(contact.email, subject, body)
