import type { Tie } from './schema'

/** Who knows whom, as an index from contact id to the ids of the contacts tied to it. */
export function tieIndex(ties: readonly Tie[]): Map<string, string[]> {
  const index = new Map<string, string[]>()
  const link = (from: string, to: string) => {
    const list = index.get(from)
    if (list) list.push(to)
    else index.set(from, [to])
  }
  for (const t of ties) {
    link(t.a, t.b)
    link(t.b, t.a)
  }
  return index
}

/** The contact and everyone within `depth` steps of it through contact–contact ties. */
export function neighbourhood(index: ReadonlyMap<string, readonly string[]>, id: string, depth: 1 | 2): Set<string> {
  const seen = new Set([id])
  let frontier = [id]
  for (let step = 0; step < depth; step++) {
    const next: string[] = []
    for (const current of frontier) {
      for (const other of index.get(current) ?? []) {
        if (!seen.has(other)) {
          seen.add(other)
          next.push(other)
        }
      }
    }
    frontier = next
  }
  return seen
}
