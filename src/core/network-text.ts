import type { NetworkFile } from './network-file'

/** Rows per chunk: small enough that writing a 90 MB file leaves the event loop free between chunks. */
const ROWS_PER_CHUNK = 2000

/**
 * kith.json as text, one record per line, in chunks.
 *
 * Each top-level field starts a line, and each record of a list (a contact, an interaction…) is one line:
 * a user who opens the file can still find, read and grep a person, and a diff names the records that
 * changed. It costs about what compact JSON costs, where two-space indentation doubled the size (and the
 * time to write and parse it) at 30,000 contacts; see tests/bench/store-bench.mjs.
 */
export function* networkText(file: NetworkFile): Generator<string> {
  const entries = Object.entries(file)
  yield '{'
  for (const [index, [key, value]] of entries.entries()) {
    const separator = index === entries.length - 1 ? '' : ','
    if (!Array.isArray(value) || value.length === 0) {
      yield `\n${JSON.stringify(key)}:${JSON.stringify(value)}${separator}`
      continue
    }
    yield `\n${JSON.stringify(key)}:[`
    for (let start = 0; start < value.length; start += ROWS_PER_CHUNK) {
      const rows = value.slice(start, start + ROWS_PER_CHUNK).map((row) => JSON.stringify(row))
      yield `\n${rows.join(',\n')}${start + ROWS_PER_CHUNK < value.length ? ',' : ''}`
    }
    yield `\n]${separator}`
  }
  yield '\n}\n'
}

/** The whole text at once, for small files and backups of them. */
export const serializeNetwork = (file: NetworkFile): string => [...networkText(file)].join('')
