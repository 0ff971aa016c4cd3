import { z } from 'zod'
import { Event, FollowUp } from './event-schema'
import { GapDecisions, Snapshot } from './insight-schema'
import { LAYOUTS, LayoutPins, NO_PINS } from './layouts'
import { TemplateStore, NO_TEMPLATES } from './outreach/templates'
import { Plan } from './plan-schema'
import { Contact, DEFAULT_SETTINGS, EMPTY_ME, Interaction, Me, Settings, Tie, type Network } from './schema'

/** The version this build of Kith reads and writes (see migrations.ts for how older files are upgraded). */
export const SCHEMA_VERSION = 6

/**
 * Finds broken references in a network: duplicate ids, ties or interactions naming a missing contact.
 *
 * Kith's own writes never produce these, so a file that has them was edited by hand or damaged.
 */
export function integrityProblems(
  network: Network & {
    readonly layoutPins?: LayoutPins
    readonly events?: readonly Event[]
    readonly followUps?: readonly FollowUp[]
    readonly snapshots?: readonly Snapshot[]
    readonly plan?: Plan
  },
): string[] {
  const problems: string[] = []
  const contactIds = new Set<string>()
  for (const c of network.contacts) {
    if (contactIds.has(c.id)) problems.push(`Contact id ${c.id} is used twice.`)
    contactIds.add(c.id)
  }
  const missing = (id: string) => !contactIds.has(id)
  for (const c of network.contacts) {
    if (c.introducedBy !== null && missing(c.introducedBy)) {
      problems.push(`${c.name} names a missing contact (${c.introducedBy}) as introducer.`)
    }
  }
  const tieIds = new Set<string>()
  for (const t of network.ties) {
    if (tieIds.has(t.id)) problems.push(`Tie id ${t.id} is used twice.`)
    tieIds.add(t.id)
    if (missing(t.a) || missing(t.b)) problems.push(`Tie ${t.id} names a missing contact.`)
    if (t.a === t.b) problems.push(`Tie ${t.id} links a contact to themselves.`)
  }
  const eventIds = new Set<string>()
  for (const e of network.events ?? []) {
    if (eventIds.has(e.id)) problems.push(`Event id ${e.id} is used twice.`)
    eventIds.add(e.id)
    if (e.contactIds.some(missing)) problems.push(`Event ${e.id} names a missing contact.`)
  }
  const interactionIds = new Set<string>()
  for (const i of network.interactions) {
    if (interactionIds.has(i.id)) problems.push(`Interaction id ${i.id} is used twice.`)
    interactionIds.add(i.id)
    if (i.contactIds.some(missing)) problems.push(`Interaction ${i.id} names a missing contact.`)
    if (i.eventId && !eventIds.has(i.eventId)) problems.push(`Interaction ${i.id} names a missing event.`)
  }
  const followUpIds = new Set<string>()
  for (const f of network.followUps ?? []) {
    if (followUpIds.has(f.id)) problems.push(`Follow-up id ${f.id} is used twice.`)
    followUpIds.add(f.id)
    if (f.contactIds.some(missing)) problems.push(`Follow-up ${f.id} names a missing contact.`)
    if (f.interactionId && !interactionIds.has(f.interactionId)) problems.push(`Follow-up ${f.id} names a missing interaction.`)
  }
  const planItemIds = new Set<string>()
  for (const [month, entry] of Object.entries(network.plan ?? {})) {
    for (const item of entry.items) {
      if (planItemIds.has(item.id)) problems.push(`Plan item id ${item.id} is used twice.`)
      planItemIds.add(item.id)
      if (missing(item.contactId)) problems.push(`Plan item ${item.id} in ${month} names a missing contact.`)
      if (item.status === 'skipped' && item.skipReason === null) problems.push(`Plan item ${item.id} in ${month} is skipped without a reason.`)
      if (item.status !== 'skipped' && item.skipReason !== null) problems.push(`Plan item ${item.id} in ${month} has a skip reason but is not skipped.`)
    }
  }
  const days = (network.snapshots ?? []).map((s) => s.date)
  if (new Set(days).size !== days.length) problems.push('Two snapshots share a day.')
  for (const layout of LAYOUTS) {
    const pinned = Object.keys(network.layoutPins?.[layout] ?? {}).filter(missing)
    if (pinned.length > 0) problems.push(`The ${layout} layout pins ${pinned.length} missing contact(s).`)
  }
  return problems
}

/** The file Kith keeps on disk, current version: every field checked, every reference resolved. */
export const NetworkFile = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    me: Me,
    contacts: z.array(Contact),
    ties: z.array(Tie),
    interactions: z.array(Interaction),
    settings: Settings,
    /** True while the network is Kith's sample, so the user can clear it and start their own. */
    sampleLoaded: z.boolean().default(false),
    /** Since version 2: positions the user fixed by dragging, per layout. */
    layoutPins: LayoutPins,
    /** Since version 3: conferences, committees, projects and the groups the user runs. */
    events: z.array(Event),
    /** Since version 3: thank-yous and other promises, with due days. */
    followUps: z.array(FollowUp),
    /** Since version 4: gaps the user dismissed or snoozed, by gap id. */
    gapDecisions: GapDecisions,
    /** Since version 4: the headline metrics of each day Kith was used, oldest first. */
    snapshots: z.array(Snapshot),
    /** Since version 6: the monthly plan, by `YYYY-MM`. */
    plan: Plan,
    /** Since version 6: the user's own outreach templates and their edits of the built-in ones. */
    templates: TemplateStore,
  })
  .superRefine((network, ctx) => {
    for (const message of integrityProblems(network).slice(0, 20)) ctx.addIssue({ code: 'custom', message })
  })
export type NetworkFile = z.infer<typeof NetworkFile>

/** A network with nobody in it yet. */
export const emptyNetwork = (settings: Settings = DEFAULT_SETTINGS): NetworkFile => ({
  schemaVersion: SCHEMA_VERSION,
  me: EMPTY_ME,
  contacts: [],
  ties: [],
  interactions: [],
  settings,
  sampleLoaded: false,
  layoutPins: NO_PINS,
  events: [],
  followUps: [],
  gapDecisions: {},
  snapshots: [],
  plan: {},
  templates: NO_TEMPLATES,
})
