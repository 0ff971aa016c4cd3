import type { ImportChange, ImportCreate, ImportUpdate } from '../import-export-schema'
import type { NetworkFile } from '../network-file'
import type { ChangeContext } from '../network-ops'
import { ContactId, type Contact, type ContactSource, type ImportSourceKind } from '../schema'
import type { z } from 'zod'
import { emailKey, levelOfKey, linkedinKey, matchKeys, type MatchKeys, type MatchLevel, sourceKey } from './match-keys'
import type { ImportedContact, ReadOutcome, SkippedRow } from './records'

/*
 * What importing a contact file would do to a network, and the network it would make. Pure: the preview and the
 * apply are the same computation, so what the user saw is what gets written.
 *
 * - A row matches someone already in Kith by LinkedIn profile, then e-mail, then name + organization (two
 *   different LinkedIn profiles are never the same person, whatever their names).
 * - Someone matched is updated only in fields that are empty, or that still hold what this same source gave
 *   last time (ContactSource.fields): what the user typed is never overwritten. Their categories never change;
 *   new tags are added; the LinkedIn "Connected On" day fills an empty one.
 * - A row for the same person as an earlier row is skipped, naming the earlier line.
 * - Nothing changes (not even `importedOn`) for someone the file has nothing new about, so importing the same
 *   file twice leaves the network as it was.
 */

/** The fields an import fills and remembers per source; tags are added to, categories never touched. */
const IMPORTED_FIELDS = ['name', 'organization', 'department', 'industry', 'role', 'email', 'phone', 'linkedinUrl', 'website', 'notes'] as const
type ImportedField = (typeof IMPORTED_FIELDS)[number]

type FieldChange = z.infer<typeof ImportChange>

const MAX_TAGS = 50
const MAX_SOURCES = 20

export interface ContactImportPlan {
  readonly create: ImportCreate[]
  readonly update: ImportUpdate[]
  readonly skipped: SkippedRow[]
  readonly warnings: string[]
  /** The network after the import; the very same object when the import changes nothing. */
  readonly file: NetworkFile
  readonly createdIds: ContactId[]
  readonly updatedIds: ContactId[]
}

const SAME_AS: Record<MatchLevel, string> = {
  linkedin: 'same LinkedIn profile',
  email: 'same e-mail',
  'name-organization': 'same name and organization',
}

/** Lookup of people by each kind of key; the first one holding a key keeps it. */
class KeyIndex<T> {
  private readonly maps: Record<MatchLevel, Map<string, T>> = { linkedin: new Map(), email: new Map(), 'name-organization': new Map() }

  add(level: MatchLevel, key: string, value: T): void {
    if (key !== '' && !this.maps[level].has(key)) this.maps[level].set(key, value)
  }

  addKeys(keys: MatchKeys, value: T): void {
    this.add('linkedin', keys.linkedin, value)
    this.add('email', keys.email, value)
    this.add('name-organization', keys.nameOrganization, value)
  }

  /** The first level at which `keys` finds someone, passing over anyone `conflicts` rules out. */
  find(keys: MatchKeys, conflicts: (value: T, level: MatchLevel) => boolean): { value: T; level: MatchLevel } | null {
    const levels: [MatchLevel, string][] = [
      ['linkedin', keys.linkedin],
      ['email', keys.email],
      ['name-organization', keys.nameOrganization],
    ]
    for (const [level, key] of levels) {
      if (key === '') continue
      const value = this.maps[level].get(key)
      if (value !== undefined && !conflicts(value, level)) return { value, level }
    }
    return null
  }
}

/** Another spelling of the same profile or address is no change. */
function sameValue(field: ImportedField, a: string, b: string): boolean {
  if (field === 'linkedinUrl') return linkedinKey(a) === linkedinKey(b)
  if (field === 'email') return emailKey(a) === emailKey(b)
  return a === b
}

const differ = (a: string, b: string): boolean => a !== '' && b !== '' && a !== b

/** Two different LinkedIn profiles are two people, whatever else they share. */
const otherProfile = (keys: MatchKeys, theirs: string, level: MatchLevel): boolean => level !== 'linkedin' && differ(keys.linkedin, theirs)

/** The values a file gave, as recorded on the contact's source: the non-empty imported fields. */
function givenFields(draft: ImportedContact['draft']): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const field of IMPORTED_FIELDS) if (draft[field] !== '') fields[field] = draft[field]
  return fields
}

/** Keeps the source list within its limit by dropping the oldest imports. */
function withSource(sources: readonly ContactSource[], source: ContactSource, replacing: string | undefined): ContactSource[] {
  const others = sources.filter((s) => !(s.kind === source.kind && (s.key === source.key || s.key === replacing)))
  const kept = [...others, source]
  if (kept.length <= MAX_SOURCES) return kept
  return [...kept].sort((a, b) => a.importedOn.localeCompare(b.importedOn)).slice(kept.length - MAX_SOURCES)
}

interface Refresh {
  readonly contact: Contact
  readonly changes: FieldChange[]
}

/**
 * What one row changes on someone already in Kith, or null when it brings nothing new. A field is filled when
 * empty, refreshed when it still holds what this source gave last time, and otherwise left as the user has it.
 */
function refresh(contact: Contact, row: ImportedContact, kind: ImportSourceKind, keys: MatchKeys, ctx: ChangeContext, warnings: string[]): Refresh | null {
  // The same source may have been recorded under a weaker key (an older export without the URL column).
  const rowKeys = [keys.linkedin, keys.email, keys.nameOrganization].filter((k) => k !== '')
  const previous = contact.sources.find((s) => s.kind === kind && rowKeys.includes(s.key))
  const changes: FieldChange[] = []
  const patch: Partial<Record<ImportedField, string>> = {}
  for (const field of IMPORTED_FIELDS) {
    const incoming = row.draft[field]
    const current = contact[field]
    if (incoming === '' || sameValue(field, incoming, current)) continue
    if (current === '' || previous?.fields[field] === current) {
      patch[field] = incoming
      changes.push({ field, from: current, to: incoming })
    }
  }
  const known = new Set(contact.tags.map((t) => t.toLowerCase()))
  const newTags = [...new Set(row.draft.tags.filter((t) => !known.has(t.toLowerCase())))]
  let tags = contact.tags
  if (newTags.length > 0) {
    const room = Math.max(0, MAX_TAGS - contact.tags.length)
    if (room < newTags.length) warnings.push(`Line ${row.line}: ${contact.name} already has ${contact.tags.length} tags; only ${room} of the new ones fit.`)
    if (room > 0) {
      tags = [...contact.tags, ...newTags.slice(0, room)]
      changes.push({ field: 'tags', from: contact.tags.join(', '), to: tags.join(', ') })
    }
  }
  const connectedOn = contact.connectedOn ?? row.connectedOn
  if (connectedOn !== contact.connectedOn) changes.push({ field: 'connectedOn', from: '', to: connectedOn ?? '' })
  if (changes.length === 0) return null
  const source: ContactSource = { kind, key: sourceKey(keys), importedOn: ctx.today, fields: givenFields(row.draft) }
  const sources = withSource(contact.sources, source, previous?.key)
  return { contact: { ...contact, ...patch, tags, connectedOn, sources, updatedAt: ctx.now }, changes }
}

function created(row: ImportedContact, kind: ImportSourceKind, key: string, ctx: ChangeContext): Contact {
  const { lastSpokeOn: _lastSpokeOn, ...draft } = row.draft
  return {
    id: ContactId.parse(ctx.newId()),
    ...draft,
    sources: [{ kind, key, importedOn: ctx.today, fields: givenFields(row.draft) }],
    connectedOn: row.connectedOn,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
}

/** The contact's keys from its fields, plus the keys its earlier imports were recorded under. */
function indexPeople(contacts: readonly Contact[]): KeyIndex<Contact> {
  const index = new KeyIndex<Contact>()
  for (const contact of contacts) index.addKeys(matchKeys(contact), contact)
  for (const contact of contacts) for (const source of contact.sources) index.add(levelOfKey(source.key), source.key, contact)
  return index
}

/** The import of `outcome` (a contact file already read) into `file`: the preview and the resulting network. */
export function planContactImport(file: NetworkFile, kind: ImportSourceKind, outcome: ReadOutcome, ctx: ChangeContext): ContactImportPlan {
  const people = indexPeople(file.contacts)
  const earlierRows = new KeyIndex<{ line: number; keys: MatchKeys }>()
  const lineOfTarget = new Map<string, number>()
  const create: ImportCreate[] = []
  const update: ImportUpdate[] = []
  const skipped: SkippedRow[] = [...outcome.skipped]
  const warnings = [...outcome.warnings]
  const added: Contact[] = []
  const refreshed = new Map<string, Contact>()

  for (const row of outcome.drafts) {
    const keys = matchKeys(row.draft)
    // Within one file each person is listed once, so two different e-mails mean two people even with one name.
    const earlier = earlierRows.find(
      keys,
      (r, level) => otherProfile(keys, r.keys.linkedin, level) || (level === 'name-organization' && differ(r.keys.email, keys.email)),
    )
    if (earlier) {
      skipped.push({ line: row.line, reason: `The same person as line ${earlier.value.line} (${SAME_AS[earlier.level]}).` })
      continue
    }
    const match = people.find(keys, (c, level) => otherProfile(keys, linkedinKey(c.linkedinUrl), level))
    if (match) {
      const firstLine = lineOfTarget.get(match.value.id)
      if (firstLine !== undefined) {
        skipped.push({ line: row.line, reason: `The same person as line ${firstLine} (both are ${match.value.name} in Kith).` })
        continue
      }
      lineOfTarget.set(match.value.id, row.line)
    }
    earlierRows.addKeys(keys, { line: row.line, keys })
    if (!match) {
      const contact = created(row, kind, sourceKey(keys), ctx)
      added.push(contact)
      create.push({ line: row.line, name: contact.name, organization: contact.organization, role: contact.role, email: contact.email })
      continue
    }
    const result = refresh(match.value, row, kind, keys, ctx, warnings)
    if (!result) continue
    refreshed.set(match.value.id, result.contact)
    update.push({ line: row.line, id: match.value.id, name: match.value.name, matchedBy: match.level, changes: result.changes })
  }

  skipped.sort((a, b) => a.line - b.line)
  const changed = added.length > 0 || refreshed.size > 0
  const next: NetworkFile = changed
    ? { ...file, contacts: [...file.contacts.map((c) => refreshed.get(c.id) ?? c), ...added] }
    : file
  return {
    create,
    update,
    skipped,
    warnings,
    file: next,
    createdIds: added.map((c) => c.id),
    updatedIds: [...refreshed.keys()] as ContactId[],
  }
}
