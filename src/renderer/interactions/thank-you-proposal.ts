import type { IsoDate } from '../../core/dates'
import { firstNameOf } from '../../core/outreach/fill-template'
import type { NetworkFile } from '../../core/network-file'
import { planAfterInteraction } from '../../core/plan-follow-through'
import type { Interaction, InteractionChannel } from '../../core/schema'
import { writtenMonth } from '../../core/wording'

/*
 * After a meeting with someone in the plan, the form proposes the thank-you: saving marks their plan item
 * met (the backend does it), and completing the thank-you marks it thanked. The rule is the backend's own
 * (planAfterInteraction), asked about the interaction as it stands in the form, so the two never disagree.
 */

export interface ThankYouProposal {
  readonly contactId: string
  readonly title: string
  /** Why the thank-you is proposed, shown beside the follow-up. */
  readonly why: string
}

export function thankYouProposal(network: NetworkFile, draft: { contactIds: readonly string[]; channel: InteractionChannel; date: string }): ThankYouProposal | null {
  if (draft.contactIds.length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) return null
  const preview = {
    id: 'preview',
    contactIds: [...draft.contactIds],
    date: draft.date as IsoDate,
    channel: draft.channel,
    direction: 'none',
    summary: '',
    eventId: null,
  } as unknown as Interaction
  const { met } = planAfterInteraction(network, preview)
  const first = met[0]
  if (!first) return null
  const contact = network.contacts.find((c) => c.id === first.contactId)
  if (!contact) return null
  const month = Object.entries(network.plan).find(([, entry]) => entry.items.some((i) => i.id === first.id))?.[0]
  const others = met.length - 1
  const name = firstNameOf(contact.name) || contact.name
  const title = others === 0 ? `Send a thank-you to ${name}` : `Send a thank-you to ${name} and ${others === 1 ? 'one other' : `${others} others`}`
  const where = month ? `your plan for ${writtenMonth(month)}` : 'your plan'
  const why =
    others === 0
      ? `${contact.name} is in ${where}: saving marks them met, and doing this thank-you marks them thanked.`
      : `${contact.name} and ${others === 1 ? 'one other person' : `${others} others`} are in your plan: saving marks them met, and doing this thank-you marks them thanked.`
  return { contactId: contact.id, title, why }
}
