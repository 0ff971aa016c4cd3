import type { IsoDate } from '../../core/dates'
import type { NetworkFile } from '../../core/network-file'
import { monthOf } from '../../core/plan-months'
import type { PlanItem } from '../../core/plan-schema'

/**
 * The plan item a brief is about: the one asked for, or else the contact's nearest open item (this month's or a
 * coming one first, then the latest past one), so a brief opened from the map still shows what the meeting is for.
 */
export function briefPlanItem(plan: NetworkFile['plan'], contactId: string, today: IsoDate, planItemId?: string): PlanItem | null {
  const entries = Object.entries(plan).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  if (planItemId !== undefined) {
    for (const [, entry] of entries) for (const item of entry.items) if (item.id === planItemId) return item
    return null
  }
  const now = monthOf(today)
  const open = entries.flatMap(([month, entry]) =>
    entry.items.filter((i) => i.contactId === contactId && i.status !== 'thanked' && i.status !== 'skipped').map((item) => ({ month, item })),
  )
  return (open.find((o) => o.month >= now) ?? open.at(-1))?.item ?? null
}
