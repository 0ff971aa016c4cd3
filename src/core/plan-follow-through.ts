import type { FollowUp } from './event-schema'
import type { NetworkFile } from './network-file'
import type { Change, ChangeContext } from './network-ops'
import { createInteraction } from './network-ops'
import { monthOf, monthsBetween } from './plan-months'
import { statusRank, type PlanItem, type PlanItemId, type PlanStatus } from './plan-schema'
import { fail, ok, type Result } from './result'
import { LIVE_CHANNELS, type ContactId, type Interaction, type InteractionChannel } from './schema'
import type { IsoDate } from './dates'

/*
 * The plan follows what the user does elsewhere: a sent request marks the item asked, a logged meeting marks
 * it met, a completed thank-you marks it thanked. Each rides in the same undo step as the action itself.
 */

/** A meeting counts for a plan item up to this many months after its month (people meet late) … */
const MONTHS_LATE = 2
/** … or one month early. */
const MONTHS_EARLY = 1

interface Placed {
  readonly month: string
  readonly item: PlanItem
}

/** The contact's item whose month is nearest to `date` (within the window) and whose status `fits`. */
function nearestItem(file: NetworkFile, contactId: string, date: IsoDate, fits: (status: PlanStatus) => boolean): Placed | undefined {
  const month = monthOf(date)
  let best: Placed | undefined
  let bestDistance = Infinity
  for (const [m, entry] of Object.entries(file.plan)) {
    const late = monthsBetween(m, month)
    if (late > MONTHS_LATE || late < -MONTHS_EARLY) continue
    for (const item of entry.items) {
      if (item.contactId !== contactId || !fits(item.status)) continue
      if (Math.abs(late) < bestDistance) {
        best = { month: m, item }
        bestDistance = Math.abs(late)
      }
    }
  }
  return best
}

function withStatus(file: NetworkFile, changes: ReadonlyMap<string, PlanStatus>): NetworkFile {
  if (changes.size === 0) return file
  const plan = Object.fromEntries(
    Object.entries(file.plan).map(([m, entry]) => [m, { ...entry, items: entry.items.map((i) => (changes.has(i.id) ? { ...i, status: changes.get(i.id) as PlanStatus } : i)) }]),
  )
  return { ...file, plan }
}

const itemById = (file: NetworkFile, id: string): PlanItem | undefined => {
  for (const entry of Object.values(file.plan)) {
    const found = entry.items.find((i) => i.id === id)
    if (found) return found
  }
  return undefined
}

export interface OutreachRecord {
  readonly contactId: ContactId
  readonly planItemId: PlanItemId | null
  readonly subject: string
  /** How it went out: `email` for the mail client, another channel when the user pasted it elsewhere. */
  readonly channel: InteractionChannel
}

export interface RecordedOutreach {
  readonly interaction: Interaction
  /** The plan item after the change; null when the message was not for a plan item. */
  readonly item: PlanItem | null
}

/** A request went out: log it as an interaction today and mark the plan item asked (unless it is further along). */
export function recordOutreach(file: NetworkFile, input: OutreachRecord, ctx: ChangeContext): Result<Change<RecordedOutreach>> {
  const item = input.planItemId === null ? null : itemById(file, input.planItemId)
  if (item === undefined) return fail('NOT_FOUND', 'That plan item no longer exists; it may have been removed.')
  if (item && item.contactId !== input.contactId) return fail('INVALID_INPUT', 'That plan item is for someone else.')
  if (item && item.status === 'skipped') return fail('CONFLICT', 'That plan item is skipped; take it up again before writing to them.')
  const subject = input.subject.trim()
  const logged = createInteraction(
    file,
    { contactIds: [input.contactId], date: ctx.today, channel: input.channel, direction: 'none', summary: subject === '' ? 'Sent a request' : `Sent: ${subject}`, eventId: null, followUp: null },
    ctx,
  )
  if (!logged.ok) return logged
  const advance = item && statusRank(item.status) < statusRank('contacted')
  const next = advance ? withStatus(logged.value.file, new Map([[item.id, 'contacted']])) : logged.value.file
  return ok({ file: next, value: { interaction: logged.value.value, item: item ? (itemById(next, item.id) as PlanItem) : null } })
}

/** A meeting was logged: each participant's open plan item nearby becomes met. The items changed, for the page to offer a thank-you. */
export function planAfterInteraction(file: NetworkFile, interaction: Interaction): { file: NetworkFile; met: PlanItem[] } {
  if (!LIVE_CHANNELS.has(interaction.channel)) return { file, met: [] }
  const changes = new Map<string, PlanStatus>()
  for (const id of interaction.contactIds) {
    const found = nearestItem(file, id, interaction.date, (s) => s !== 'skipped' && statusRank(s) < statusRank('met'))
    if (found) changes.set(found.item.id, 'met')
  }
  const next = withStatus(file, changes)
  return { file: next, met: [...changes.keys()].map((id) => itemById(next, id) as PlanItem) }
}

/** A follow-up was completed: the met items of its people nearby become thanked. */
export function planAfterFollowUp(file: NetworkFile, followUp: FollowUp): NetworkFile {
  if (followUp.doneOn === null) return file
  const changes = new Map<string, PlanStatus>()
  for (const id of followUp.contactIds) {
    const found = nearestItem(file, id, followUp.dueOn, (s) => s === 'met')
    if (found) changes.set(found.item.id, 'thanked')
  }
  return withStatus(file, changes)
}
