import { addDays, daysBetween, type IsoDate } from './dates'
import type { Event } from './event-schema'
import { effectiveCadenceDays } from './last-contact'
import type { Contact, Interaction, InteractionChannel, Settings } from './schema'
import { stalenessBand, type StalenessBand } from './staleness'

/** What the insights need to know about one contact, gathered once. */
export interface ContactFacts {
  readonly contact: Contact
  readonly lastContact: IsoDate | null
  readonly daysSince: number | null
  readonly cadenceDays: number
  readonly band: StalenessBand
  /** Days since the last contact divided by the cadence; Infinity when never contacted. */
  readonly overdueRatio: number
  /** Met in person or by video at least once. */
  readonly metLive: boolean
  /** Last 12 months: times the user helped them, and they the user. */
  readonly gave: number
  readonly received: number
}

export interface NetworkFacts {
  readonly contacts: readonly ContactFacts[]
  readonly byId: ReadonlyMap<string, ContactFacts>
  /** Interactions of the last 12 months by direction. */
  readonly reciprocity: { gave: number; received: number; mutual: number; none: number }
}

const LIVE: ReadonlySet<InteractionChannel> = new Set(['coffee', 'lunch', 'meeting', 'event', 'video'])

interface Tally {
  last: IsoDate | null
  live: boolean
  gave: number
  received: number
}

/**
 * Everything per contact in one pass over the interactions (the insights' cost is dominated by this pass,
 * so it must not become one pass per contact). Interactions dated after `asOf` are ignored: asking about
 * an earlier day shows the network as it was then.
 */
export function gatherFacts(
  network: { readonly contacts: readonly Contact[]; readonly interactions: readonly Interaction[]; readonly settings: Settings },
  asOf: IsoDate,
): NetworkFacts {
  const yearAgo = addDays(asOf, -365)
  const tallies = new Map<string, Tally>()
  for (const c of network.contacts) tallies.set(c.id, { last: null, live: false, gave: 0, received: 0 })
  const reciprocity = { gave: 0, received: 0, mutual: 0, none: 0 }
  for (const interaction of network.interactions) {
    const { date } = interaction
    if (date > asOf) continue
    const recent = date > yearAgo
    if (recent) reciprocity[interaction.direction]++
    const live = LIVE.has(interaction.channel)
    for (const id of interaction.contactIds) {
      const tally = tallies.get(id)
      if (!tally) continue
      if (tally.last === null || date > tally.last) tally.last = date
      if (live) tally.live = true
      if (recent) {
        if (interaction.direction === 'gave') tally.gave++
        else if (interaction.direction === 'received') tally.received++
      }
    }
  }
  const contacts = network.contacts.map((contact): ContactFacts => {
    const tally = tallies.get(contact.id) as Tally
    const cadenceDays = effectiveCadenceDays(contact, network.settings)
    const daysSince = tally.last === null ? null : daysBetween(tally.last, asOf)
    return {
      contact,
      lastContact: tally.last,
      daysSince,
      cadenceDays,
      band: stalenessBand(daysSince, cadenceDays),
      overdueRatio: daysSince === null ? Infinity : daysSince / cadenceDays,
      metLive: tally.live,
      gave: tally.gave,
      received: tally.received,
    }
  })
  return { contacts, byId: new Map(contacts.map((f) => [f.contact.id, f])), reciprocity }
}

/** Whether an event kept the user active in the window ending `asOf`: it overlaps the window. */
export function eventInWindow(event: Event, asOf: IsoDate, windowDays: number): boolean {
  if (event.startOn > asOf) return false
  // A conference without an end day is a one-day event; other kinds without one are still going on.
  const end = event.endOn ?? (event.kind === 'conference' ? event.startOn : asOf)
  return end >= addDays(asOf, -windowDays)
}
