import { randomUUID } from 'node:crypto'
import { deltaSize, diffNetwork, KEYED, VALUES, type KeyedName, type NetworkDelta } from '../../src/core/network-delta'
import type { NetworkFile } from '../../src/core/network-file'

/**
 * How much recent history the log keeps. A window further behind than this gets the whole network, which
 * is what it would have read before deltas existed; the bound is on records because one bulk change can
 * carry thousands.
 */
export const REVISION_LIMITS = { entries: 200, records: 20_000 }

/** How a copy at some revision becomes the network as saved now (the contract's Catch). */
export type Catch = { readonly kind: 'none' } | { readonly kind: 'delta'; readonly delta: NetworkDelta } | { readonly kind: 'full'; readonly network: NetworkFile }

interface Entry {
  readonly seq: number
  readonly delta: NetworkDelta
  readonly records: number
}

/**
 * Numbers every saved state of the network and remembers, for the recent ones, what each save changed, so
 * a window that holds revision r can be sent only the records that changed since r.
 *
 * A revision is `<session>:<n>`: the session is new each time the backend starts, so a window that outlived
 * a restart is never mistaken for being up to date; it gets the whole network instead.
 */
export class RevisionLog {
  private seq = 0
  /** Deltas can start from `base` or later; older revisions are unknown. */
  private base = 0
  private entries: Entry[] = []
  private records = 0

  constructor(
    private current: NetworkFile,
    private readonly session: string = randomUUID(),
    private readonly limits = REVISION_LIMITS,
  ) {}

  get revision(): string {
    return `${this.session}:${this.seq}`
  }

  /** A saved change, as the store announces it (see DurableStore.onSaved). */
  record(before: NetworkFile, after: NetworkFile): void {
    // A change that did not start from what the log last saw means one went by unheard: trust nothing older.
    if (before !== this.current) return this.startOver(after)
    const delta = diffNetwork(before, after)
    this.seq++
    this.current = after
    const entry = { seq: this.seq, delta, records: deltaSize(delta) }
    this.entries.push(entry)
    this.records += entry.records
    while (this.entries.length > this.limits.entries || this.records > this.limits.records) {
      const dropped = this.entries.shift() as Entry
      this.records -= dropped.records
      this.base = dropped.seq
    }
  }

  /** A network that replaced the old one wholesale (a restored backup): every window reads it whole. */
  startOver(file: NetworkFile): void {
    this.seq++
    this.base = this.seq
    this.entries = []
    this.records = 0
    this.current = file
  }

  /** How a copy at `revision` becomes `file`, the network as saved now. */
  since(revision: string | null, file: NetworkFile): Catch {
    // The store saved something the log was not told about: nobody's copy can be trusted.
    if (file !== this.current) this.startOver(file)
    const full: Catch = { kind: 'full', network: file }
    const seq = revision === null ? null : this.seqOf(revision)
    if (seq === null || seq < this.base || seq > this.seq) return full
    if (seq === this.seq) return { kind: 'none' }
    const delta = mergeDeltas(
      this.entries.filter((e) => e.seq > seq).map((e) => e.delta),
      file,
    )
    // Past half the records, the file is hardly bigger than the delta and a whole read is simpler to apply.
    return deltaSize(delta) * 2 > recordsOf(file) ? full : { kind: 'delta', delta }
  }

  private seqOf(revision: string): number | null {
    const at = revision.lastIndexOf(':')
    if (at < 0 || revision.slice(0, at) !== this.session) return null
    const seq = Number(revision.slice(at + 1))
    return Number.isSafeInteger(seq) ? seq : null
  }
}

const recordsOf = (file: NetworkFile): number => (Object.keys(KEYED) as KeyedName[]).reduce((sum, name) => sum + file[name].length, 0)

const keyOf = (name: KeyedName, row: object): string => (row as Record<string, string>)[KEYED[name]] as string

/**
 * One delta with the effect of several in a row, given the network after the last of them. The latest
 * version of each record wins; a record removed and added again is removed and appended, as applyDelta
 * does for the single deltas; a collection that was reordered on the way travels whole.
 */
export function mergeDeltas(deltas: readonly NetworkDelta[], after: NetworkFile): NetworkDelta {
  const merged: Record<string, unknown> = {}
  for (const name of Object.keys(KEYED) as KeyedName[]) {
    const changes = deltas.flatMap((delta) => (delta[name] ? [delta[name]] : []))
    if (changes.length === 0) continue
    if (changes.some((change) => 'all' in change)) {
      merged[name] = { all: after[name] }
      continue
    }
    const removed = new Set<string>()
    const upsert = new Map<string, object>()
    for (const change of changes as { removed: readonly string[]; upsert: readonly object[] }[]) {
      for (const key of change.removed) {
        // Dropped from the upserts too, so a record added back later lands at the end, where the file has it.
        upsert.delete(key)
        removed.add(key)
      }
      for (const row of change.upsert) upsert.set(keyOf(name, row), row)
    }
    merged[name] = { removed: [...removed], upsert: [...upsert.values()] }
  }
  for (const name of VALUES) if (deltas.some((delta) => name in delta)) merged[name] = after[name]
  return merged as NetworkDelta
}
