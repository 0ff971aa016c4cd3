/**
 * Which groups of the overview are opened into their people. Pure values: every change returns a new
 * state, or the same one when nothing changes (so React skips the redraw).
 */
export interface Expansion {
  /** "Expand all": every group shows its people. */
  readonly all: boolean
  /** Keys of the groups opened one by one (see groupKey). */
  readonly open: ReadonlySet<string>
}

export const ALL_COLLAPSED: Expansion = { all: false, open: new Set() }
export const ALL_EXPANDED: Expansion = { all: true, open: new Set() }

export const isExpanded = (state: Expansion, key: string): boolean => state.all || state.open.has(key)

/** Opens the groups with these keys (a bubble clicked, or the groups of people the user jumps to). */
export function expandGroups(state: Expansion, keys: Iterable<string>): Expansion {
  if (state.all) return state
  const missing = [...keys].filter((key) => !state.open.has(key))
  if (missing.length === 0) return state
  return { all: false, open: new Set([...state.open, ...missing]) }
}

/**
 * Folds one group back into its bubble. After "Expand all", the other groups stay open: `groupKeys`
 * lists every group there is, so they can be named one by one.
 */
export function collapseGroup(state: Expansion, key: string, groupKeys: Iterable<string>): Expansion {
  if (state.all) return { all: false, open: new Set([...groupKeys].filter((k) => k !== key)) }
  if (!state.open.has(key)) return state
  const open = new Set(state.open)
  open.delete(key)
  return { all: false, open }
}
