import { NOTE_MAX, PURPOSE_MAX, statusRank, type Plan, type PlanItem } from './plan-schema'
import type { ContactId } from './schema'

/*
 * What deleting or merging contacts does to the plan. Kept apart from plan-ops so network-ops and
 * merge-contacts can use it without depending on the plan's operations.
 */

/** The plan without the items of contacts for whom `gone` is true; months keep their busy mark. */
export function withoutPlanItemsOf(plan: Plan, gone: (id: string) => boolean): { plan: Plan; removed: number } {
  let removed = 0
  const next = Object.fromEntries(
    Object.entries(plan).map(([month, entry]) => {
      const items = entry.items.filter((i) => !gone(i.contactId))
      removed += entry.items.length - items.length
      return [month, items.length === entry.items.length ? entry : { ...entry, items }]
    }),
  )
  return { plan: removed === 0 ? plan : next, removed }
}

/**
 * The plan with `mergeId`'s items moved to `keepId`. Where both had an item in the same month, the one
 * further along the chain stays (the kept one's when equal) and the other's purpose and note join it,
 * so a month never plans the same person twice.
 */
export function movePlanItems(plan: Plan, keepId: ContactId, mergeId: ContactId): { plan: Plan; moved: number } {
  let moved = 0
  const next = Object.fromEntries(
    Object.entries(plan).map(([month, entry]) => {
      const theirs = entry.items.find((i) => i.contactId === mergeId)
      if (!theirs) return [month, entry]
      moved++
      const mine = entry.items.find((i) => i.contactId === keepId)
      if (!mine) return [month, { ...entry, items: entry.items.map((i) => (i === theirs ? { ...i, contactId: keepId } : i)) }]
      const [winner, loser] = statusRank(theirs.status) > statusRank(mine.status) ? [{ ...theirs, contactId: keepId }, mine] : [mine, theirs]
      const joined: PlanItem = { ...winner, purpose: joinText(winner.purpose, loser.purpose, PURPOSE_MAX), note: joinText(winner.note, loser.note, NOTE_MAX) }
      const items = entry.items.flatMap((i) => (i === mine ? [joined] : i === theirs ? [] : [i]))
      return [month, { ...entry, items }]
    }),
  )
  return { plan: moved === 0 ? plan : next, moved }
}

// Clipped so the joined text still fits the field; the kept item's own words come first.
const joinText = (a: string, b: string, max: number) => (b === '' || a === b ? a : a === '' ? b : `${a}\n${b}`).slice(0, max)
