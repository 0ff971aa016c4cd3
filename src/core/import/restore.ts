import type { ImportCreate, ImportUpdate } from '../import-export-schema'
import type { NetworkFile } from '../network-file'
import type { Contact, ContactId } from '../schema'
import { plural } from '../wording'

/*
 * Importing a Kith backup (`kith-json`) restores it: the whole network becomes the backup's, exactly as saved,
 * so an export and an import bring back the same file. The preview says who comes back or changes (by id) and
 * what would go.
 */

export interface RestorePlan {
  readonly create: ImportCreate[]
  readonly update: ImportUpdate[]
  readonly warnings: string[]
  /** False when the backup holds exactly the network already in Kith: restoring it writes nothing. */
  readonly changed: boolean
  readonly createdIds: ContactId[]
  readonly updatedIds: ContactId[]
}

/** Structural equality of JSON values, key order aside (a parsed backup and the store may order keys differently). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    return a.length === other.length && a.every((v, i) => sameJson(v, other[i]))
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = Object.keys(left).filter((k) => left[k] !== undefined)
  return keys.length === Object.keys(right).filter((k) => right[k] !== undefined).length && keys.every((k) => sameJson(left[k], right[k]))
}

/** A field's value as the preview shows it. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ')
  return JSON.stringify(value)
}

function changesOf(current: Contact, restored: Contact): ImportUpdate['changes'] {
  const fields = new Set([...Object.keys(current), ...Object.keys(restored)]) as Set<keyof Contact>
  return [...fields]
    .filter((field) => !sameJson(current[field], restored[field]))
    .map((field) => ({ field, from: shown(current[field]), to: shown(restored[field]) }))
}

/** What restoring `backup` over `current` would do; `fileName` names the backup in the warnings. */
export function planRestore(current: NetworkFile, backup: NetworkFile, fileName?: string): RestorePlan {
  const now = new Map(current.contacts.map((c) => [c.id, c]))
  const create: ImportCreate[] = []
  const update: ImportUpdate[] = []
  for (const contact of backup.contacts) {
    const existing = now.get(contact.id)
    if (!existing) {
      create.push({ line: null, name: contact.name, organization: contact.organization, role: contact.role, email: contact.email })
      continue
    }
    const changes = changesOf(existing, contact)
    if (changes.length > 0) update.push({ line: null, id: contact.id, name: contact.name, matchedBy: 'id', changes })
  }
  const kept = new Set<string>(backup.contacts.map((c) => c.id))
  const keptInteractions = new Set<string>(backup.interactions.map((i) => i.id))
  const goingPeople = current.contacts.filter((c) => !kept.has(c.id)).length
  const goingInteractions = current.interactions.filter((i) => !keptInteractions.has(i.id)).length
  const backupName = fileName ? `the backup “${fileName}”` : 'the backup'
  const warnings = [
    `Restoring replaces your whole network with ${backupName} (${plural(backup.contacts.length, 'person', 'people')}, ${plural(backup.interactions.length, 'interaction')}); it is one step you can undo.`,
  ]
  const going = [
    ...(goingPeople > 0 ? [plural(goingPeople, 'person', 'people')] : []),
    ...(goingInteractions > 0 ? [plural(goingInteractions, 'interaction')] : []),
  ]
  if (going.length > 0) {
    const verb = going.length === 1 && goingPeople + goingInteractions === 1 ? 'is' : 'are'
    warnings.push(`${going.join(' and ')} now in Kith ${verb} not in the backup and would go.`)
  }
  return {
    create,
    update,
    warnings,
    changed: !sameJson(current, backup),
    createdIds: backup.contacts.filter((c) => !now.has(c.id)).map((c) => c.id),
    updatedIds: update.map((u) => u.id),
  }
}
