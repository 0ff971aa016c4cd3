import { z } from 'zod'
import { NetworkFile } from './network-file'

/*
 * What one saved change did to the network, as records rather than a whole file: the renderer applies it
 * instead of reading 30,000 contacts again, and the store can append it to a journal instead of rewriting
 * the file. Changes never mutate (they return new objects for what they touch and share the rest), so a
 * diff is a walk comparing references: milliseconds even at 300,000 interactions.
 */

/** The collections whose records have an identity; everything else in the file travels as a whole value. */
export const KEYED = {
  contacts: 'id',
  ties: 'id',
  interactions: 'id',
  events: 'id',
  followUps: 'id',
  snapshots: 'date',
} as const
export type KeyedName = keyof typeof KEYED
type Row<K extends KeyedName> = NetworkFile[K][number]

export const VALUES = ['schemaVersion', 'me', 'settings', 'sampleLoaded', 'layoutPins', 'gapDecisions', 'plan', 'templates'] as const
export type ValueName = (typeof VALUES)[number]

/**
 * One collection's change. `upsert` rows replace the row with the same key where it stands, or are
 * appended in order when it is new; `removed` keys go. When the order of the rows that stayed changed,
 * the whole collection travels instead (`all`).
 */
export type CollectionDelta<T> = { readonly removed: readonly string[]; readonly upsert: readonly T[] } | { readonly all: readonly T[] }

export type NetworkDelta = {
  readonly [K in KeyedName]?: CollectionDelta<Row<K>>
} & {
  readonly [K in ValueName]?: NetworkFile[K]
}

const shape = NetworkFile.shape
const collection = <T extends z.ZodType>(row: T) =>
  z.union([z.object({ removed: z.array(z.string()), upsert: z.array(row) }), z.object({ all: z.array(row) })])

/** The contract's check of a delta on the wire (rows are checked like the file's own). */
export const NetworkDeltaSchema = z.object({
  contacts: collection(shape.contacts.element).optional(),
  ties: collection(shape.ties.element).optional(),
  interactions: collection(shape.interactions.element).optional(),
  events: collection(shape.events.element).optional(),
  followUps: collection(shape.followUps.element).optional(),
  snapshots: collection(shape.snapshots.element).optional(),
  schemaVersion: shape.schemaVersion.optional(),
  me: shape.me.optional(),
  settings: shape.settings.optional(),
  sampleLoaded: z.boolean().optional(),
  layoutPins: shape.layoutPins.optional(),
  gapDecisions: shape.gapDecisions.optional(),
  plan: shape.plan.optional(),
  templates: shape.templates.optional(),
})

const keyOf = (name: KeyedName, row: object): string => (row as Record<string, string>)[KEYED[name]] as string

function diffRows<T extends object>(name: KeyedName, before: readonly T[], after: readonly T[]): CollectionDelta<T> | null {
  if (before === after) return null
  const afterKeys = new Set(after.map((row) => keyOf(name, row)))
  const removed: string[] = []
  const kept: T[] = []
  for (const row of before) {
    if (afterKeys.has(keyOf(name, row))) kept.push(row)
    else removed.push(keyOf(name, row))
  }
  const upsert: T[] = []
  for (let i = 0; i < after.length; i++) {
    const row = after[i] as T
    const old = kept[i]
    if (old === undefined) upsert.push(row)
    else if (keyOf(name, old) !== keyOf(name, row)) return { all: after }
    else if (old !== row) upsert.push(row)
  }
  return removed.length === 0 && upsert.length === 0 ? null : { removed, upsert }
}

/** What changed from `before` to `after`; empty when they are the same file. */
export function diffNetwork(before: NetworkFile, after: NetworkFile): NetworkDelta {
  const delta: Record<string, unknown> = {}
  for (const name of Object.keys(KEYED) as KeyedName[]) {
    const rows = diffRows(name, before[name] as readonly object[], after[name] as readonly object[])
    if (rows) delta[name] = rows
  }
  for (const name of VALUES) if (before[name] !== after[name]) delta[name] = after[name]
  return delta as NetworkDelta
}

export const isEmptyDelta = (delta: NetworkDelta): boolean => Object.keys(delta).length === 0

/** How many records a delta carries: the cost of sending or applying it. */
export function deltaSize(delta: NetworkDelta): number {
  let size = 0
  for (const name of Object.keys(KEYED) as KeyedName[]) {
    const rows = delta[name]
    if (rows) size += 'all' in rows ? rows.all.length : rows.removed.length + rows.upsert.length
  }
  return size + VALUES.filter((name) => name in delta).length
}

function applyRows<T extends object>(name: KeyedName, rows: readonly T[], change: CollectionDelta<T>): T[] {
  if ('all' in change) return [...change.all]
  const removed = new Set(change.removed)
  const replacing = new Map(change.upsert.map((row) => [keyOf(name, row), row]))
  const next: T[] = []
  for (const row of rows) {
    const key = keyOf(name, row)
    if (removed.has(key)) continue
    const replacement = replacing.get(key)
    if (replacement) replacing.delete(key)
    next.push(replacement ?? row)
  }
  // What is left is new; the Map keeps the delta's order.
  for (const row of replacing.values()) next.push(row)
  return next
}

/**
 * The file after a delta. Rows the delta does not name keep their identity, so views memoized on them
 * stay put. Idempotent: applying a delta to a file that already has it changes nothing, so a journal can
 * be replayed over a file that was saved after some of its entries.
 */
export function applyDelta(file: NetworkFile, delta: NetworkDelta): NetworkFile {
  const next: Record<string, unknown> = { ...file }
  for (const name of Object.keys(KEYED) as KeyedName[]) {
    const change = delta[name]
    if (change) next[name] = applyRows(name, file[name] as readonly object[], change as CollectionDelta<object>)
  }
  for (const name of VALUES) if (name in delta) next[name] = delta[name]
  return next as NetworkFile
}
