import { effectiveCadence } from './cadence'
import { addDays, dayNumber, type IsoDate } from './dates'
import { LIVE_CHANNELS, type Contact, type Interaction, type Settings } from './schema'
import { addedOn, stalenessBand, type StalenessBand } from './staleness'

/** What the insights need to know about one contact, gathered once. */
export interface ContactFacts {
  readonly contact: Contact
  readonly lastContact: IsoDate | null
  readonly daysSince: number | null
  readonly cadenceDays: number
  readonly band: StalenessBand
  /** Days since the last contact divided by the cadence; Infinity when never contacted (0 while still new). */
  readonly overdueRatio: number
  /** Met in person or by video at least once. */
  readonly metLive: boolean
  /** Last 12 months: times the user helped them, and they the user. */
  readonly gave: number
  readonly received: number
}

export interface NetworkFacts {
  readonly contacts: readonly ContactFacts[]
  /** Each contact id's position in `contacts`. */
  readonly index: ReadonlyMap<string, number>
  /** Interactions of the last 12 months by direction. */
  readonly reciprocity: { gave: number; received: number; mutual: number; none: number }
}

/**
 * Everything per contact in one pass over the interactions (the insights' cost is dominated by this pass,
 * so it must not become one pass per contact; the tallies live in arrays by contact position, which keeps
 * the pass within about twice a bare last-contact pass). Interactions dated after `asOf` are ignored:
 * asking about an earlier day shows the network as it was then.
 */
export function gatherFacts(
  network: { readonly contacts: readonly Contact[]; readonly interactions: readonly Interaction[]; readonly settings: Settings },
  asOf: IsoDate,
): NetworkFacts {
  const yearAgo = addDays(asOf, -365)
  const n = network.contacts.length
  const index = new Map<string, number>()
  network.contacts.forEach((c, i) => index.set(c.id, i))
  const last: (IsoDate | null)[] = new Array<IsoDate | null>(n).fill(null)
  const live = new Uint8Array(n)
  const gave = new Int32Array(n)
  const received = new Int32Array(n)
  const reciprocity = { gave: 0, received: 0, mutual: 0, none: 0 }
  for (const interaction of network.interactions) {
    const { date, direction } = interaction
    // String comparisons are a large share of this pass: older interactions need only one.
    const recent = date > yearAgo
    if (recent) {
      if (date > asOf) continue
      if (direction === 'gave') reciprocity.gave++
      else if (direction === 'received') reciprocity.received++
      else if (direction === 'mutual') reciprocity.mutual++
      else reciprocity.none++
    }
    for (const id of interaction.contactIds) {
      const i = index.get(id)
      if (i === undefined) continue
      const seen = last[i]
      if (seen === null || seen === undefined || date > seen) last[i] = date
      // Most contacts are met live early on; only look the channel up until then.
      if (live[i] === 0 && LIVE_CHANNELS.has(interaction.channel)) live[i] = 1
      if (recent) {
        if (direction === 'gave') gave[i] = (gave[i] ?? 0) + 1
        else if (direction === 'received') received[i] = (received[i] ?? 0) + 1
      }
    }
  }
  const today = dayNumber(asOf)
  const contacts = network.contacts.map((contact, i): ContactFacts => {
    const cadenceDays = effectiveCadence(contact, network.settings)
    const lastContact = last[i] ?? null
    const daysSince = lastContact === null ? null : today - dayNumber(lastContact)
    const band = stalenessBand(daysSince, cadenceDays, today - dayNumber(addedOn(contact)))
    return {
      contact,
      lastContact,
      daysSince,
      cadenceDays,
      band,
      overdueRatio: daysSince !== null ? daysSince / cadenceDays : band === 'new' ? 0 : Infinity,
      metLive: live[i] === 1,
      gave: gave[i] as number,
      received: received[i] as number,
    }
  })
  return { contacts, index, reciprocity }
}
