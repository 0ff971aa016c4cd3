/**
 * Pure helpers for lists that draw only the rows on screen (TanStack Virtual decides which): the rows to
 * draw in order with the empty space between them, and the one row that must stay drawn because it holds
 * the keyboard focus.
 */

/** Where a drawn row sits in the whole list, in pixels from the top of the scrolling box. */
export interface RowSpan {
  readonly index: number
  readonly start: number
  readonly end: number
}

/** What a list body holds, top to bottom: drawn rows, and gaps standing in for the rows not drawn. */
export type RowPiece = { readonly kind: 'row'; readonly index: number } | { readonly kind: 'gap'; readonly key: string; readonly height: number }

/** Gaps thinner than this are rounding, not missing rows. */
const SUB_PIXEL = 0.5

/**
 * The drawn rows with a gap wherever rows are left out: before the first, between two that are apart (the
 * focused row kept far from the others) and after the last, so the scroll height stays that of the whole list.
 * `origin` is where row 0 starts (below the table's header); `total` where the list ends.
 */
export function rowsWithGaps(spans: readonly RowSpan[], origin: number, total: number): RowPiece[] {
  const pieces: RowPiece[] = []
  let cursor = origin
  const gap = (height: number, key: string) => {
    if (height > SUB_PIXEL) pieces.push({ kind: 'gap', key, height })
  }
  let previous: number | null = null
  for (const span of spans) {
    // Keys by place, not by row, so scrolling moves the gaps instead of replacing them.
    gap(span.start - cursor, previous === null ? 'top' : `after-${previous}`)
    pieces.push({ kind: 'row', index: span.index })
    cursor = Math.max(cursor, span.end)
    previous = span.index
  }
  gap(total - cursor, 'end')
  return pieces
}

/**
 * The rows to draw: those on screen plus `kept`, the row holding the focus, even when it is scrolled far
 * away; otherwise its element goes and the focus falls back to the page. Sorted, no repeats.
 */
export function withKeptRow(indexes: readonly number[], kept: number | null, count: number): number[] {
  if (kept === null || kept < 0 || kept >= count || indexes.includes(kept)) return [...indexes]
  return [...indexes, kept].sort((a, b) => a - b)
}
