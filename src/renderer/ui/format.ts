import { CATEGORY_LABELS, type Category } from '../../core/categories'
import type { Direction, InteractionChannel } from '../../core/schema'

export function formatDaysAgo(days: number | null): string {
  if (days === null) return 'never'
  if (days <= 0) return 'today'
  if (days === 1) return 'yesterday'
  return `${days} days ago`
}

export const categoryLabel = (c: Category): string => CATEGORY_LABELS[c]

export const STRENGTH_LABELS: Readonly<Record<number, string>> = {
  1: '1 · weak',
  2: '2 · acquaintance',
  3: '3 · working relationship',
  4: '4 · strong',
  5: '5 · close',
}

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
  none: 'Neither',
}
