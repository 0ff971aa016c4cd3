import { CONTACT_FIELD_LABELS } from './field-labels'
import { LAYOUTS, type LayoutPins } from './layouts'
import type { NetworkFile } from './network-file'
import type { Change, ChangeContext } from './network-ops'
import { movePlanItems } from './plan-contacts'
import { fail, ok, type Result } from './result'
import type { Contact, ContactId, ContactSource, Tie } from './schema'

/*
 * Merging two records of one person: imports from two sources (or a hand-typed contact and an import) leave
 * near-duplicates. Everything that points at the merged record moves to the kept one, the kept one's empty
 * fields are filled from the other, and values that cannot be kept side by side (two different e-mails) are
 * written into the notes, so nothing the user entered is lost.
 */

/** Text fields that a merge fills when the kept contact has them empty. */
const MERGE_TEXT_FIELDS = ['organization', 'department', 'industry', 'role', 'email', 'phone', 'linkedinUrl', 'website', 'howMet'] as const
export type MergeTextField = (typeof MERGE_TEXT_FIELDS)[number]
const TEXT_FIELDS: readonly MergeTextField[] = MERGE_TEXT_FIELDS

/** The longest notes, tag list and source list a contact may hold (schema.ts). */
const MAX_NOTES = 5000
const MAX_TAGS = 50
const MAX_SOURCES = 20

/** What a merge did, for the dialog that previews it and for tests. */
export interface MergeOutcome {
  /** The kept contact as it is after the merge. */
  readonly contact: Contact
  /** Fields of the kept contact that were empty and now hold the other's value (text fields, notes, cadence, introducer, connected on). */
  readonly filled: readonly string[]
  /** Text fields where both had different values: the other's value went into the notes. */
  readonly keptInNotes: readonly MergeTextField[]
  /** Records that named the merged contact and now name the kept one. */
  readonly moved: {
    readonly interactions: number
    readonly ties: number
    readonly events: number
    readonly followUps: number
    /** Contacts the merged one had introduced. */
    readonly introductions: number
    /** Plan items of the merged contact; one in a month the kept contact was already planned in is joined to theirs. */
    readonly planItems: number
  }
  /** Ties dropped: the one between the two, and the merged one's ties to people the kept one was already tied to. */
  readonly droppedTies: { readonly between: number; readonly repeated: number }
}

/** The undo label of a merge: "merging Ana Lima into Ana Lima-Souza". */
export function mergeLabel(keepName: string, mergeName: string): string {
  return keepName === mergeName ? `merging two records of ${keepName}` : `merging ${mergeName} into ${keepName}`
}

const earlier = <T extends string>(a: T | null, b: T | null): T | null => (a === null ? b : b === null ? a : a <= b ? a : b)

/** Items of both lists, the first's first, without repeats that differ only in case. */
function unite(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set(first.map((s) => s.toLowerCase()))
  return [...first, ...second.filter((s) => !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()))]
}

/** Sources of both, one per file (kind + key); of two for the same file, the later import's. */
function uniteSources(first: readonly ContactSource[], second: readonly ContactSource[]): ContactSource[] {
  const byFile = new Map<string, ContactSource>()
  for (const source of [...first, ...second]) {
    const key = `${source.kind}\u0000${source.key}`
    const known = byFile.get(key)
    if (!known || source.importedOn > known.importedOn) byFile.set(key, source)
  }
  return [...byFile.values()]
}

/** The kept notes, then what only the other record held: its differing values and its notes. */
function mergedNotes(keep: Contact, other: Contact, conflicts: readonly MergeTextField[]): string {
  const theirNotes = other.notes !== '' && !keep.notes.includes(other.notes) ? other.notes : ''
  if (conflicts.length === 0) return keep.notes === '' ? theirNotes : theirNotes === '' ? keep.notes : `${keep.notes}\n\n${theirNotes}`
  const block = [`From the merged record of ${other.name}:`, ...conflicts.map((f) => `${CONTACT_FIELD_LABELS[f]}: ${other[f]}`), ...(theirNotes ? [theirNotes] : [])]
  return [...(keep.notes === '' ? [] : [keep.notes, '']), ...block].join('\n')
}

const replaceId = (ids: readonly ContactId[], from: ContactId, to: ContactId): ContactId[] | null => {
  if (!ids.includes(from)) return null
  const next = ids.map((id) => (id === from ? to : id))
  return [...new Set(next)]
}

/**
 * Merges the contact `mergeId` into `keepId` in one change: its interactions, ties, events, follow-ups and
 * introductions move to the kept contact, empty fields are filled from it, and it is removed.
 *
 * The tie between the two goes, as do the merged one's ties to people the kept one already knows, and its
 * map pins (the kept contact keeps its own place). Gap decisions and snapshots are left as they are.
 */
export function mergeContacts(file: NetworkFile, keepId: ContactId, mergeId: ContactId, ctx: ChangeContext): Result<Change<MergeOutcome>> {
  if (keepId === mergeId) return fail('INVALID_INPUT', 'Choose two different contacts to merge.')
  const keep = file.contacts.find((c) => c.id === keepId)
  const other = file.contacts.find((c) => c.id === mergeId)
  if (!keep || !other) {
    const gone = !keep && !other ? 'Neither contact exists any more' : `${keep ? 'The contact to merge' : 'The contact to keep'} no longer exists`
    return fail('NOT_FOUND', `${gone}; it may have been deleted or merged already. Nothing was changed.`)
  }

  const filled: string[] = []
  const conflicts: MergeTextField[] = []
  const texts: Partial<Record<MergeTextField, string>> = {}
  for (const field of TEXT_FIELDS) {
    if (keep[field] === '' && other[field] !== '') {
      texts[field] = other[field]
      filled.push(field)
    } else if (other[field] !== '' && other[field].toLowerCase() !== keep[field].toLowerCase()) conflicts.push(field)
  }
  const notes = mergedNotes(keep, other, conflicts)
  if (keep.notes === '' && notes !== '') filled.push('notes')
  if (notes.length > MAX_NOTES) {
    return fail('INVALID_INPUT', `${keep.name} and ${other.name} hold more than 5,000 characters of notes together. Shorten one of them, then merge.`)
  }
  const tags = unite(keep.tags, other.tags)
  if (tags.length > MAX_TAGS) return fail('INVALID_INPUT', `${keep.name} and ${other.name} have more than 50 tags together. Remove some, then merge.`)
  const sources = uniteSources(keep.sources, other.sources)
  if (sources.length > MAX_SOURCES) return fail('INVALID_INPUT', `${keep.name} and ${other.name} come from more than 20 imported files together.`)

  // The kept one's introducer, else the other's, but never one of the two themselves.
  const ownIntroducer = keep.introducedBy === mergeId ? null : keep.introducedBy
  const theirIntroducer = other.introducedBy === keepId ? null : other.introducedBy
  const introducedBy = ownIntroducer ?? theirIntroducer
  if (ownIntroducer === null && introducedBy !== null) filled.push('introducedBy')
  if (keep.cadenceDays === null && other.cadenceDays !== null) filled.push('cadenceDays')
  const connectedOn = earlier(keep.connectedOn, other.connectedOn)
  if (connectedOn !== keep.connectedOn) filled.push('connectedOn')

  const merged: Contact = {
    ...keep,
    ...texts,
    categories: unite(keep.categories, other.categories) as Contact['categories'],
    tags,
    tieStrength: Math.max(keep.tieStrength, other.tieStrength),
    // A fill like the text fields above, not the effective cadence (that is core/cadence.ts).
    cadenceDays: keep.cadenceDays === null ? other.cadenceDays : keep.cadenceDays,
    introducedBy,
    onLaidOffList: keep.onLaidOffList || other.onLaidOffList,
    notes,
    sources,
    connectedOn,
    // Known since the earlier of the two: the person has been in Kith that long.
    createdAt: earlier(keep.createdAt, other.createdAt) as Contact['createdAt'],
    updatedAt: ctx.now,
  }

  let introductions = 0
  const contacts = file.contacts.flatMap((c) => {
    if (c.id === mergeId) return []
    if (c.id === keepId) return [merged]
    if (c.introducedBy !== mergeId) return [c]
    introductions++
    return [{ ...c, introducedBy: keepId }]
  })

  const { ties, moved: movedTies, between, repeated } = moveTies(file.ties, keepId, mergeId)

  let interactionsMoved = 0
  const interactions = file.interactions.map((i) => {
    const ids = replaceId(i.contactIds, mergeId, keepId)
    if (!ids) return i
    interactionsMoved++
    return { ...i, contactIds: ids }
  })
  let eventsMoved = 0
  const events = file.events.map((e) => {
    const ids = replaceId(e.contactIds, mergeId, keepId)
    if (!ids) return e
    eventsMoved++
    return { ...e, contactIds: ids }
  })
  let followUpsMoved = 0
  const followUps = file.followUps.map((f) => {
    const ids = replaceId(f.contactIds, mergeId, keepId)
    if (!ids) return f
    followUpsMoved++
    return { ...f, contactIds: ids }
  })
  const layoutPins = Object.fromEntries(
    LAYOUTS.map((layout) => [layout, Object.fromEntries(Object.entries(file.layoutPins[layout]).filter(([id]) => id !== mergeId))]),
  ) as LayoutPins

  const { plan, moved: planItemsMoved } = movePlanItems(file.plan, keepId, mergeId)

  return ok({
    file: { ...file, contacts, ties, interactions, events, followUps, layoutPins, plan },
    value: {
      contact: merged,
      filled,
      keptInNotes: conflicts,
      moved: { interactions: interactionsMoved, ties: movedTies, events: eventsMoved, followUps: followUpsMoved, introductions, planItems: planItemsMoved },
      droppedTies: { between, repeated },
    },
  })
}

/** The merged contact's ties, re-pointed at the kept one, without the tie between them or a second tie to the same person. */
function moveTies(all: readonly Tie[], keepId: ContactId, mergeId: ContactId): { ties: Tie[]; moved: number; between: number; repeated: number } {
  const peer = (t: Tie, id: ContactId) => (t.a === id ? t.b : t.a)
  const keptPeers = new Set(all.filter((t) => t.a === keepId || t.b === keepId).map((t) => peer(t, keepId)))
  let moved = 0
  let between = 0
  let repeated = 0
  const ties = all.flatMap((t) => {
    if (t.a !== mergeId && t.b !== mergeId) return [t]
    const other = peer(t, mergeId)
    if (other === keepId) between++
    else if (keptPeers.has(other)) repeated++
    if (other === keepId || keptPeers.has(other)) return []
    keptPeers.add(other)
    moved++
    return [t.a === mergeId ? { ...t, a: keepId } : { ...t, b: keepId }]
  })
  return { ties, moved, between, repeated }
}

/** How much a record holds: its filled-in fields and the interactions, ties and events that name it. */
function weight(file: NetworkFile, c: Contact): number {
  const fields = TEXT_FIELDS.filter((f) => c[f] !== '').length + (c.notes === '' ? 0 : 1) + c.tags.length
  const named = (ids: readonly string[]) => (ids.includes(c.id) ? 1 : 0)
  const records =
    file.interactions.reduce((n, i) => n + named(i.contactIds), 0) +
    file.ties.reduce((n, t) => n + (t.a === c.id || t.b === c.id ? 1 : 0), 0) +
    file.events.reduce((n, e) => n + named(e.contactIds), 0)
  return fields + records
}

/**
 * Which of two records to keep by default: the one holding more (fields, interactions, ties, events), and of
 * two that hold as much, the older, since it is the one the user has been tending.
 */
export function suggestKeep(file: NetworkFile, a: Contact, b: Contact): { keep: Contact; merge: Contact } {
  const diff = weight(file, a) - weight(file, b)
  const keepA = diff !== 0 ? diff > 0 : a.createdAt <= b.createdAt
  return keepA ? { keep: a, merge: b } : { keep: b, merge: a }
}
