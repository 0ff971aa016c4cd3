/** Selecting contacts in the table: ticks, Shift for a range, and the header box that ticks everyone shown. */

/**
 * A tick with Shift held: every row from the anchor (the row ticked last) to `target`, in the order shown,
 * takes the state `target` takes. Without an anchor in view it is a single tick. Rows out of the range keep theirs.
 */
export function tickRange(selected: ReadonlySet<string>, order: readonly string[], anchor: string | null, target: string, on: boolean): Set<string> {
  const next = new Set(selected)
  const to = order.indexOf(target)
  const from = anchor === null ? -1 : order.indexOf(anchor)
  const [first, last] = from < 0 || to < 0 ? [to, to] : [Math.min(from, to), Math.max(from, to)]
  if (first < 0) {
    if (on) next.add(target)
    else next.delete(target)
    return next
  }
  for (let i = first; i <= last; i++) {
    const id = order[i] as string
    if (on) next.add(id)
    else next.delete(id)
  }
  return next
}

/** The header box: ticked when everyone shown is selected, half-ticked when some are. */
export function shownSelection(selected: ReadonlySet<string>, shown: readonly string[]): 'all' | 'some' | 'none' {
  let count = 0
  for (const id of shown) if (selected.has(id)) count++
  return count === 0 ? 'none' : count === shown.length ? 'all' : 'some'
}
