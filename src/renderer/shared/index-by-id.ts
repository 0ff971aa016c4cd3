/** Records by id, for looking up names and events while drawing lists (one map per list, not a search per row). */
export const indexById = <T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> => new Map(items.map((item) => [item.id, item]))
