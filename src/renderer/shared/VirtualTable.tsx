import { defaultRangeExtractor, useVirtualizer, type Range, type Virtualizer } from '@tanstack/react-virtual'
import { useCallback, useRef, useState, type FocusEvent, type ReactNode, type RefObject } from 'react'
import { rowsWithGaps, withKeptRow } from './virtual-rows'
import './virtual-table.css'

/** Rows drawn beyond each edge of the box: Tab and the arrow keys always find the next row already there. */
const OVERSCAN = 8
/**
 * A list this short is drawn whole: a hundred rows cost nothing to draw, and the whole list stays in the page
 * for assistive technology and for find-in-page.
 */
const DRAW_ALL_UP_TO = 150

export interface VirtualTable {
  readonly virtualizer: Virtualizer<HTMLDivElement, HTMLTableRowElement>
  /** The scrolling box around the table. */
  readonly scrollRef: RefObject<HTMLDivElement | null>
  /** The table's header: its height is where row 0 starts, and what scrolling to a row must clear (it is sticky). */
  readonly headRef: (head: HTMLTableSectionElement | null) => void
  /** Keeps a row drawn while the focus moves to it from afar (the arrow keys); the focus itself keeps its row drawn. */
  readonly keepRow: (index: number | null) => void
}

/**
 * A table whose body draws only the rows in view (TanStack Virtual), with the row holding the focus kept
 * drawn wherever it is, so scrolling never drops the keyboard focus.
 */
export function useVirtualTable(options: { count: number; estimateRowHeight: number; rowKey: (index: number) => string }): VirtualTable {
  return useVirtualRows<HTMLTableRowElement>(options)
}

/** The same for any list: rows of any element, in a scrolling box of its own. */
export function useVirtualRows<Row extends Element>(options: { count: number; estimateRowHeight: number; rowKey: (index: number) => string }): {
  readonly virtualizer: Virtualizer<HTMLDivElement, Row>
  readonly scrollRef: RefObject<HTMLDivElement | null>
  readonly headRef: (head: HTMLElement | null) => void
  readonly keepRow: (index: number | null) => void
} {
  const scrollRef = useRef<HTMLDivElement | null>(null)
  const [headHeight, setHeadHeight] = useState(0)
  const [kept, setKept] = useState<number | null>(null)
  const observer = useRef<ResizeObserver | null>(null)
  const headRef = useCallback((head: HTMLElement | null) => {
    observer.current?.disconnect()
    if (!head) return
    setHeadHeight(head.getBoundingClientRect().height)
    observer.current = new ResizeObserver(() => setHeadHeight(head.getBoundingClientRect().height))
    observer.current.observe(head)
  }, [])
  const rangeExtractor = useCallback((range: Range) => withKeptRow(defaultRangeExtractor(range), kept, range.count), [kept])
  // The virtualizer re-renders the component that owns it on every scroll; nothing of it is memoized here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, Row>({
    count: options.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => options.estimateRowHeight,
    getItemKey: options.rowKey,
    overscan: options.count <= DRAW_ALL_UP_TO ? options.count : OVERSCAN,
    paddingStart: headHeight,
    scrollPaddingStart: headHeight,
    rangeExtractor,
  })
  return { virtualizer, scrollRef, headRef, keepRow: setKept }
}

/**
 * The table body: drawn rows in order, with empty rows (hidden from assistive technology) holding the place
 * of the others. Rows must carry `data-index` and `ref={virtualizer.measureElement}`; tables using it give
 * the table `aria-rowcount` and each row `aria-rowindex`, since most rows are not in the DOM.
 */
export function VirtualBody(props: {
  virtualizer: VirtualTable['virtualizer']
  keepRow: VirtualTable['keepRow']
  children: (index: number) => ReactNode
}) {
  const focus = keepFocusedRow(props.keepRow)
  return (
    <tbody onFocus={focus.onFocus} onBlur={focus.onBlur}>
      {drawnRows(props.virtualizer, props.children, (key, height) => (
        <tr key={key} className="virtual-gap" aria-hidden="true">
          {/* One cell, no colSpan: a span wider than the columns shown (some hide in narrow windows) adds an empty column. */}
          <td style={{ height }} />
        </tr>
      ))}
    </tbody>
  )
}

/** The drawn rows in order, each gap drawn by `gap` (an element the list may hold, e.g. an `li` in a `ul`). */
export function drawnRows<Row extends Element>(
  virtualizer: Virtualizer<HTMLDivElement, Row>,
  row: (index: number) => ReactNode,
  gap: (key: string, height: number) => ReactNode,
): ReactNode[] {
  return rowsWithGaps(virtualizer.getVirtualItems(), virtualizer.options.paddingStart, virtualizer.getTotalSize()).map((piece) =>
    piece.kind === 'gap' ? gap(piece.key, piece.height) : row(piece.index),
  )
}

/** Focus handlers for a list's container: the row holding the focus (`[data-index]`) stays drawn. */
export function keepFocusedRow(keepRow: (index: number | null) => void) {
  return {
    onFocus(event: FocusEvent<HTMLElement>) {
      const row = event.target.closest<HTMLElement>('[data-index]')
      if (row) keepRow(Number(row.dataset.index))
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) keepRow(null)
    },
  }
}
