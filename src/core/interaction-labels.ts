import type { Direction, InteractionChannel } from './schema'

/*
 * What Kith calls an interaction's channel and who helped whom, in words. The views show these, and the
 * interactions CSV writes them, so a spreadsheet says it the way the app does.
 */

export const CHANNEL_LABELS: Readonly<Record<InteractionChannel, string>> = {
  email: 'E-mail',
  phone: 'Phone call',
  video: 'Video call',
  coffee: 'Coffee',
  lunch: 'Lunch',
  meeting: 'Meeting',
  event: 'Event',
  comment: 'Comment on their work',
  social: 'Social media',
  other: 'Other',
}

export const DIRECTION_LABELS: Readonly<Record<Direction, string>> = {
  gave: 'I helped them',
  received: 'They helped me',
  mutual: 'We helped each other',
  none: 'No help either way',
}
