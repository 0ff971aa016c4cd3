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
 * Undo and redo for every change, kept once at the level of backend operations rather than per screen.
 *
 * Entries hold whole networks, but unchanged parts are shared between them (changes never mutate), so a
 * hundred steps cost little more than the records they touched. In memory only: it ends with the app.
 */
export class UndoHistory {
  private done: HistoryEntry[] = []
  private undone: HistoryEntry[] = []

  /** A new change: it can be undone, and whatever had been undone can no longer be redone. */
  record(entry: HistoryEntry): void {
    this.done.push(entry)
    if (this.done.length > HISTORY_LIMIT) this.done.shift()
    this.undone = []
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
