import { daysBetween, type IsoDate, type IsoDateTime } from './dates'
import { LAYOUTS, type LayoutId, type LayoutPins, type Point } from './layouts'
import { emptyNetwork, type NetworkFile } from './network-file'
import { fail, ok, type Result } from './result'
import { withoutPlanItemsOf } from './plan-contacts'
import { plural } from './wording'
import {
  ContactId,
  InteractionId,
  EMPTY_ME,
  FollowUpId,
  TieId,
  type Contact,
  type ContactDraftValue,
  type ContactPatchValue,
  type Interaction,
  type InteractionDraftValue,
  type InteractionPatchValue,
  type Me,
  type MePatchValue,
  type Settings,
  type SettingsPatchValue,
  type Tie,
  type TieDraftValue,
} from './schema'

/*
 * Every change to a network, as pure functions: (file, parsed input, context) → new file + answer.
 *
 * Inputs arrive already parsed by the contract; these functions check what a schema cannot see
 * (references between records, today's date). They never mutate their arguments.
 */

/** What a change needs from the outside world, passed in so the core stays pure. */
export interface ChangeContext {
  /** The moment of the change, for createdAt/updatedAt. */
  readonly now: IsoDateTime
  /** The user's calendar day. */
  readonly today: IsoDate
  /** A fresh unique id. */
  readonly newId: () => string
}

export interface Change<T> {
  readonly file: NetworkFile
  readonly value: T
}

const byId = (file: NetworkFile, id: string): Contact | undefined => file.contacts.find((c) => c.id === id)

function missingContacts(file: NetworkFile, ids: readonly string[]): string[] {
  const known = new Set<string>(file.contacts.map((c) => c.id))
  return ids.filter((id) => !known.has(id))
}

/** The summary of the interaction logged for "last spoke on" when a contact is added. */
export const LAST_SPOKE_SUMMARY = 'Last spoke (noted when added)'

/** Adds a contact, with their introduction tie and the day the user last spoke with them, in one change. */
export function createContact(file: NetworkFile, { lastSpokeOn, ...draft }: ContactDraftValue, ctx: ChangeContext): Result<Change<Contact>> {
  if (draft.introducedBy !== null && !byId(file, draft.introducedBy)) {
    return fail('DANGLING_REFERENCE', 'The contact chosen as introducer no longer exists. Pick someone else or leave it empty.')
  }
  if (lastSpokeOn !== null && daysBetween(ctx.today, lastSpokeOn) > 0) {
    return fail('INVALID_INPUT', 'The day you last spoke is in the future. Choose today or an earlier day.', [
      { path: 'lastSpokeOn', message: 'Choose today or an earlier day.' },
    ])
  }
  const contact: Contact = { id: ContactId.parse(ctx.newId()), ...draft, sources: [], connectedOn: null, createdAt: ctx.now, updatedAt: ctx.now }
  const added = withIntroductionTie({ ...file, contacts: [...file.contacts, contact] }, contact, ctx)
  if (lastSpokeOn === null) return ok({ file: added, value: contact })
  const spoke: Interaction = {
    id: InteractionId.parse(ctx.newId()),
    contactIds: [contact.id],
    date: lastSpokeOn,
    channel: 'other',
    direction: 'none',
    summary: LAST_SPOKE_SUMMARY,
    eventId: null,
  }
  return ok({ file: { ...added, interactions: [...added.interactions, spoke] }, value: contact })
}

/** Whoever introduced a contact knows them: record that tie unless the two are already linked. */
function withIntroductionTie(file: NetworkFile, contact: Contact, ctx: ChangeContext): NetworkFile {
  const by = contact.introducedBy
  if (by === null || file.ties.some((t) => (t.a === by && t.b === contact.id) || (t.a === contact.id && t.b === by))) return file
  return { ...file, ties: [...file.ties, { id: TieId.parse(ctx.newId()), a: by, b: contact.id, kind: 'introduced' }] }
}

export function updateContact(
  file: NetworkFile,
  id: ContactId,
  patch: ContactPatchValue,
  ctx: ChangeContext,
): Result<Change<Contact>> {
  const current = byId(file, id)
  if (!current) return fail('NOT_FOUND', 'That contact no longer exists; it may have been deleted.')
  if (patch.introducedBy != null) {
    if (patch.introducedBy === id) return fail('INVALID_INPUT', 'A contact cannot have introduced themselves.')
    if (!byId(file, patch.introducedBy)) {
      return fail('DANGLING_REFERENCE', 'The contact chosen as introducer no longer exists. Pick someone else or leave it empty.')
    }
  }
  const updated: Contact = { ...current, ...stripUndefined(patch), updatedAt: ctx.now }
  const next = { ...file, contacts: file.contacts.map((c) => (c.id === id ? updated : c)) }
  return ok({ file: withIntroductionTie(next, updated, ctx), value: updated })
}

export interface DeletedContacts {
  readonly removedContacts: number
  readonly removedTies: number
  /** Interactions deleted because these contacts were their only participants. */
  readonly removedInteractions: number
  /** Interactions kept for their other participants, with these contacts taken out. */
  readonly updatedInteractions: number
  /** Plan items for these contacts, in any month: a plan to meet someone deleted means nothing. */
  readonly removedPlanItems: number
}
export type DeletedContact = DeletedContacts & { readonly id: ContactId }

/** Deletes a contact with its ties and its share of interactions, events and follow-ups, in one change. */
export function deleteContact(file: NetworkFile, id: ContactId): Result<Change<DeletedContact>> {
  if (!byId(file, id)) return fail('NOT_FOUND', 'That contact no longer exists; it may have been deleted already.')
  const { file: next, value } = removeContacts(file, new Set([id]))
  return ok({ file: next, value: { id, ...value } })
}

/**
 * Removes contacts and everything that only made sense with them: their ties, pins, interactions and
 * follow-ups that had nobody else, their place in shared interactions, events and follow-ups, and
 * introducer references to them.
 */
export function removeContacts(file: NetworkFile, ids: ReadonlySet<string>): Change<DeletedContacts> {
  const gone = (id: string) => ids.has(id)
  const ties = file.ties.filter((t) => !gone(t.a) && !gone(t.b))
  let removedInteractions = 0
  let updatedInteractions = 0
  const removedInteractionIds = new Set<string>()
  const interactions: Interaction[] = []
  for (const interaction of file.interactions) {
    const left = interaction.contactIds.filter((c) => !gone(c))
    if (left.length === interaction.contactIds.length) interactions.push(interaction)
    else if (left.length === 0) {
      removedInteractions++
      removedInteractionIds.add(interaction.id)
    } else {
      updatedInteractions++
      interactions.push({ ...interaction, contactIds: left })
    }
  }
  const followUps = file.followUps.flatMap((f) => {
    const left = f.contactIds.filter((c) => !gone(c))
    if (left.length === 0) return []
    const interactionId = f.interactionId && removedInteractionIds.has(f.interactionId) ? null : f.interactionId
    return [left.length === f.contactIds.length && interactionId === f.interactionId ? f : { ...f, contactIds: left, interactionId }]
  })
  const events = file.events.map((e) => (e.contactIds.some(gone) ? { ...e, contactIds: e.contactIds.filter((c) => !gone(c)) } : e))
  const contacts = file.contacts
    .filter((c) => !gone(c.id))
    .map((c) => (c.introducedBy !== null && gone(c.introducedBy) ? { ...c, introducedBy: null } : c))
  const layoutPins = Object.fromEntries(
    LAYOUTS.map((layout) => [layout, Object.fromEntries(Object.entries(file.layoutPins[layout]).filter(([pinned]) => !gone(pinned)))]),
  ) as LayoutPins
  const { plan, removed: removedPlanItems } = withoutPlanItemsOf(file.plan, gone)
  return {
    file: { ...file, contacts, ties, interactions, followUps, events, layoutPins, plan },
    value: {
      removedContacts: file.contacts.length - contacts.length,
      removedTies: file.ties.length - ties.length,
      removedInteractions,
      updatedInteractions,
      removedPlanItems,
    },
  }
}

export function createTie(file: NetworkFile, draft: TieDraftValue, ctx: ChangeContext): Result<Change<Tie>> {
  if (draft.a === draft.b) return fail('INVALID_INPUT', 'A tie links two different contacts.')
  const a = byId(file, draft.a)
  const b = byId(file, draft.b)
  if (!a || !b) return fail('DANGLING_REFERENCE', 'One of the two contacts no longer exists.')
  const existing = file.ties.find((t) => (t.a === draft.a && t.b === draft.b) || (t.a === draft.b && t.b === draft.a))
  if (existing) return fail('DUPLICATE', `${a.name} and ${b.name} are already linked.`)
  const tie: Tie = { id: TieId.parse(ctx.newId()), a: draft.a, b: draft.b, kind: draft.kind }
  return ok({ file: { ...file, ties: [...file.ties, tie] }, value: tie })
}

export function deleteTie(file: NetworkFile, id: TieId): Result<Change<{ id: TieId }>> {
  if (!file.ties.some((t) => t.id === id)) return fail('NOT_FOUND', 'That tie no longer exists.')
  return ok({ file: { ...file, ties: file.ties.filter((t) => t.id !== id) }, value: { id } })
}

export function createInteraction(
  file: NetworkFile,
  draft: InteractionDraftValue,
  ctx: ChangeContext,
): Result<Change<Interaction>> {
  const refused = interactionProblem(file, draft, ctx.today)
  if (refused) return refused
  if (draft.followUp && draft.followUp.dueOn < draft.date) {
    return fail('INVALID_INPUT', 'The follow-up cannot be due before the interaction it follows.', [
      { path: 'followUp.dueOn', message: 'Choose the day of the interaction or later.' },
    ])
  }
  const { followUp, ...fields } = draft
  const interaction: Interaction = { id: InteractionId.parse(ctx.newId()), ...fields }
  const followUps = followUp
    ? [
        ...file.followUps,
        { id: FollowUpId.parse(ctx.newId()), title: followUp.title, contactIds: draft.contactIds, interactionId: interaction.id, dueOn: followUp.dueOn, doneOn: null },
      ]
    : file.followUps
  return ok({ file: { ...file, interactions: [...file.interactions, interaction], followUps }, value: interaction })
}

/** Why an interaction's people, day or event cannot be saved; null when they can. */
function interactionProblem(
  file: NetworkFile,
  fields: Pick<Interaction, 'contactIds' | 'date' | 'eventId'>,
  today: IsoDate,
): ReturnType<typeof fail> | null {
  const missing = missingContacts(file, fields.contactIds)
  if (missing.length > 0) {
    return fail('DANGLING_REFERENCE', missing.length === 1 ? 'One of the chosen contacts no longer exists.' : `${missing.length} of the chosen contacts no longer exist.`)
  }
  if (daysBetween(today, fields.date) > 0) {
    return fail('INVALID_INPUT', `${fields.date} is in the future. Log interactions once they have happened.`, [
      { path: 'date', message: 'The date is in the future.' },
    ])
  }
  if (fields.eventId !== null && !file.events.some((e) => e.id === fields.eventId)) {
    return fail('DANGLING_REFERENCE', 'The chosen event no longer exists.')
  }
  return null
}

/** Corrects a logged interaction (who, when, how, which way, what, where); its follow-ups stay as they are. */
export function updateInteraction(file: NetworkFile, id: InteractionId, patch: InteractionPatchValue, ctx: ChangeContext): Result<Change<Interaction>> {
  const current = file.interactions.find((i) => i.id === id)
  if (!current) return fail('NOT_FOUND', 'That interaction no longer exists; it may have been deleted.')
  const next: Interaction = { ...current, ...stripUndefined(patch) }
  const refused = interactionProblem(file, next, ctx.today)
  if (refused) return refused
  return ok({ file: { ...file, interactions: file.interactions.map((i) => (i.id === id ? next : i)) }, value: next })
}

export function deleteInteraction(file: NetworkFile, id: InteractionId): Result<Change<{ id: InteractionId }>> {
  if (!file.interactions.some((i) => i.id === id)) return fail('NOT_FOUND', 'That interaction no longer exists.')
  // Its follow-ups stay (the promise still stands), without the link.
  const followUps = file.followUps.map((f) => (f.interactionId === id ? { ...f, interactionId: null } : f))
  return ok({ file: { ...file, interactions: file.interactions.filter((i) => i.id !== id), followUps }, value: { id } })
}

export function updateMe(file: NetworkFile, patch: MePatchValue): Result<Change<Me>> {
  const me: Me = { ...file.me, ...stripUndefined(patch) }
  return ok({ file: { ...file, me }, value: me })
}

export function updateSettings(file: NetworkFile, patch: SettingsPatchValue): Result<Change<Settings>> {
  const settings: Settings = {
    monthlyTarget: patch.monthlyTarget ?? file.settings.monthlyTarget,
    cadenceDaysByCategory: { ...file.settings.cadenceDaysByCategory, ...stripUndefined(patch.cadenceDaysByCategory ?? {}) },
    insightThresholds: { ...file.settings.insightThresholds, ...stripUndefined(patch.insightThresholds ?? {}) },
    theme: patch.theme ?? file.settings.theme,
    partner: patch.partner === undefined ? file.settings.partner : patch.partner,
  }
  return ok({ file: { ...file, settings }, value: settings })
}

export interface PinnedPosition {
  readonly id: ContactId
  readonly x: number
  readonly y: number
}

/** Fixes contacts where the user dragged them in one layout; later drags of the same contact replace earlier ones. */
export function pinPositions(file: NetworkFile, layout: LayoutId, pins: readonly PinnedPosition[]): Result<Change<{ pinned: number }>> {
  const missing = missingContacts(file, pins.map((p) => p.id))
  if (missing.length > 0) return fail('DANGLING_REFERENCE', 'A contact you moved no longer exists.')
  // Built from entries, not by assignment: `next[id] = …` with an id such as "__proto__" would set the prototype.
  const next: Record<string, Point> = Object.fromEntries([...Object.entries(file.layoutPins[layout]), ...pins.map(({ id, x, y }) => [id, { x, y }] as const)])
  return ok({ file: { ...file, layoutPins: { ...file.layoutPins, [layout]: next } }, value: { pinned: Object.keys(next).length } })
}

/** Unpins everyone in one layout, so the layout places them again. */
export function resetLayout(file: NetworkFile, layout: LayoutId): Result<Change<{ pinned: number }>> {
  return ok({ file: { ...file, layoutPins: { ...file.layoutPins, [layout]: {} } }, value: { pinned: 0 } })
}

/**
 * Fills an empty network with `sample`; refuses when the user already has contacts. The user's own
 * settings stay, and so does their profile if they have filled it in.
 */
export function loadSample(file: NetworkFile, sample: NetworkFile): Result<Change<NetworkFile>> {
  if (file.contacts.length > 0) {
    return fail(
      'CONFLICT',
      `Your network already has ${plural(file.contacts.length, 'contact')}; the sample only opens in an empty network.`,
    )
  }
  const loaded: NetworkFile = { ...sample, me: file.me.name === '' ? sample.me : file.me, settings: file.settings, templates: file.templates, sampleLoaded: true }
  return ok({ file: loaded, value: loaded })
}

/**
 * Removes the sample and everything added to it, so the user can start their own network. Refused for
 * a network that is not the sample. `sampleMe` is the sample's persona, reset only if still in place.
 */
export function clearSample(file: NetworkFile, sampleMe: Me): Result<Change<NetworkFile>> {
  if (!file.sampleLoaded) return fail('CONFLICT', 'This network is your own, not the sample, so Kith will not clear it.')
  const cleared: NetworkFile = { ...emptyNetwork(file.settings), templates: file.templates, me: file.me.name === sampleMe.name ? EMPTY_ME : file.me }
  return ok({ file: cleared, value: cleared })
}

function stripUndefined<T extends object>(value: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]-?: Exclude<T[K], undefined>
  }
}
