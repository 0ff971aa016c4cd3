import { createHash } from 'node:crypto'

/*
 * The text of kith.journal, the append-only log beside kith.json. One record per line:
 *
 *   <checksum> <json>\n
 *
 * where the checksum is the first 16 hex digits of the SHA-256 of the json, so a line cut short by a kill
 * or a power loss is told from a whole one. The first line names the kith.json the journal belongs to
 * (`base`, the SHA-256 of its bytes); then come saved changes (`delta`), and, during a compaction, a
 * marker naming the new kith.json that already holds every change above it (`includedIn`). Replaying the
 * deltas in order over either file gives the same network, because applying a delta is idempotent.
 */

export const JOURNAL_VERSION = 1

export type JournalRecord =
  | { readonly journal: typeof JOURNAL_VERSION; readonly base: string }
  | { readonly delta: unknown }
  | { readonly includedIn: string }

export const hashBytes = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex')

const checksum = (json: string): string => hashBytes(json).slice(0, 16)

export function journalLine(record: JournalRecord): string {
  const json = JSON.stringify(record)
  return `${checksum(json)} ${json}\n`
}

export interface ParsedJournal {
  /** Every kith.json this journal's deltas may be replayed over: its base and any compaction marker. */
  readonly bases: ReadonlySet<string>
  readonly deltas: readonly unknown[]
  /** Bytes of the whole, checked lines, header included; a torn last line lies beyond. */
  readonly goodBytes: number
  /** A last line that was cut short: it was never acknowledged, so it is dropped. */
  readonly torn: boolean
  /** Why the journal cannot be trusted past `goodBytes` (a damaged line with whole lines after it), or null. */
  readonly damage: string | null
}

/** Reads a journal's text; never throws. A journal with no valid header has no bases, so it belongs to no file. */
export function parseJournal(text: string): ParsedJournal {
  const bases = new Set<string>()
  const deltas: unknown[] = []
  const lines = text.split('\n')
  // After the last newline: empty when the last append completed, else a torn line.
  const tail = lines.pop() as string
  let goodBytes = 0
  for (const [index, line] of lines.entries()) {
    const record = readLine(line)
    if (record === null) {
      const isLast = index === lines.length - 1 && tail === ''
      // A bad last line is an append that never completed; a bad line with more after it is damage.
      if (isLast) return { bases, deltas, goodBytes, torn: true, damage: null }
      return { bases, deltas, goodBytes, torn: false, damage: `line ${index + 1} of the journal is damaged` }
    }
    if (index === 0) {
      if (!('journal' in record) || record.journal !== JOURNAL_VERSION) {
        return { bases, deltas, goodBytes, torn: false, damage: 'the journal has no header Kith knows' }
      }
      bases.add(record.base)
    } else if ('delta' in record) deltas.push(record.delta)
    else if ('includedIn' in record) bases.add(record.includedIn)
    goodBytes += Buffer.byteLength(line) + 1
  }
  return { bases, deltas, goodBytes, torn: tail !== '', damage: null }
}

function readLine(line: string): JournalRecord | null {
  const space = line.indexOf(' ')
  if (space !== 16) return null
  const json = line.slice(17)
  if (checksum(json) !== line.slice(0, 16)) return null
  try {
    const record: unknown = JSON.parse(json)
    if (typeof record !== 'object' || record === null) return null
    if ('journal' in record && 'base' in record && typeof record.base === 'string') return record as JournalRecord
    if ('delta' in record) return record as JournalRecord
    if ('includedIn' in record && typeof record.includedIn === 'string') return record as JournalRecord
    return null
  } catch {
    return null
  }
}
