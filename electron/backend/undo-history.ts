import type { HistoryStatus } from '../../src/core/contract'
import type { NetworkFile } from '../../src/core/network-file'

/** One saved change: what it was called and the whole network before and after it. */
export interface HistoryEntry {
  readonly label: string
  readonly before: NetworkFile
  readonly after: NetworkFile
}

/** How many changes can be undone; older ones drop off. */
export const HISTORY_LIMIT = 100
/**
 * How many list slots the history may hold on to, beyond the current network. A change copies every list
 * it touches (30,000 contacts, or 300,000 interactions, at 8 bytes a slot), so at that size a hundred steps
 * of logging interactions would keep about 240 MB alive; this keeps the history near 40 MB whatever the size.
 */
export const HISTORY_SLOT_LIMIT = 5_000_000

/** The list slots a change allocated: the length of every list it replaced. */
function slotsOf(entry: HistoryEntry): number {
  let slots = 0
  for (const [key, value] of Object.entries(entry.after)) {
    if (Array.isArray(value) && value !== (entry.before as unknown as Record<string, unknown>)[key]) slots += value.length
  }
  return slots
}

/**
 * Undo and redo for every change, kept once at the level of backend operations rather than per screen.
 *
 * Entries hold whole networks, but unchanged parts are shared between them (changes never mutate), so a
 * step costs the records it touched plus the lists it copied; HISTORY_SLOT_LIMIT bounds the latter for
 * large networks. In memory only: it ends with the app.
 */
export class UndoHistory {
  private done: HistoryEntry[] = []
  private undone: HistoryEntry[] = []

  constructor(private readonly slotLimit = HISTORY_SLOT_LIMIT) {}

  /** A new change: it can be undone, and whatever had been undone can no longer be redone. */
  record(entry: HistoryEntry): void {
    this.done.push(entry)
    this.undone = []
    // The newest step always stays, however large; older ones drop off by count, then by memory.
    let slots = this.done.reduce((sum, e) => sum + slotsOf(e), 0)
    while (this.done.length > 1 && (this.done.length > HISTORY_LIMIT || slots > this.slotLimit)) {
      slots -= slotsOf(this.done.shift() as HistoryEntry)
    }
  }

  /**
   * `to` takes the place of `from` wherever undo or redo would next expect or return it: the network a
   * derived change (see DurableStore.amend) completed, so neither refuses it as "diverged".
   */
  amend(from: NetworkFile, to: NetworkFile): void {
    const last = this.done.at(-1)
    if (last?.after === from) this.done[this.done.length - 1] = { ...last, after: to }
    const next = this.undone.at(-1)
    if (next?.before === from) this.undone[this.undone.length - 1] = { ...next, before: to }
  }

  /** The network to go back to when `current` is what the last change produced, moving that change to redo. */
  undo(current: NetworkFile): NetworkFile | 'nothing' | 'diverged' {
    const entry = this.done.at(-1)
    if (!entry) return 'nothing'
    if (entry.after !== current) return 'diverged'
    this.undone.push(this.done.pop() as HistoryEntry)
    return entry.before
  }

  redo(current: NetworkFile): NetworkFile | 'nothing' | 'diverged' {
    const entry = this.undone.at(-1)
    if (!entry) return 'nothing'
    if (entry.before !== current) return 'diverged'
    this.done.push(this.undone.pop() as HistoryEntry)
    return entry.after
  }

  status(): HistoryStatus {
    return { undo: this.done.at(-1)?.label ?? null, redo: this.undone.at(-1)?.label ?? null }
  }

  /** For rolling back when a write fails after the history already moved. */
  snapshot(): () => void {
    const done = [...this.done]
    const undone = [...this.undone]
    return () => {
      this.done = done
      this.undone = undone
    }
  }

  clear(): void {
    this.done = []
    this.undone = []
  }
}
