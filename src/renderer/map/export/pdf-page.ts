/**
 * The PDF's paper and where the map goes on it: pure numbers in PDF points (1/72 inch), tested in Node.
 */

/** Paper sizes Kith offers, landscape because a network map is wider than tall. */
export const PAPER_SIZES = {
  a4: { label: 'A4', width: 841.89, height: 595.28 },
  letter: { label: 'Letter', width: 792, height: 612 },
} as const

export type PaperSize = keyof typeof PAPER_SIZES
export const PAPER_SIZE_IDS = Object.keys(PAPER_SIZES) as PaperSize[]

/** White space kept around the map on every side: 1/2 inch, inside what office printers can reach. */
export const PAGE_MARGIN = 36

/** Where the drawing lands on the page, in points, and how much it was scaled from CSS px. */
export interface PagePlacement {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly scale: number
}

/**
 * Fits a `content` drawing (CSS px) inside `paper` less `margin` on each side, keeping its aspect ratio,
 * centred both ways.
 *
 * The scale is min((W − 2m) / w, (H − 2m) / h): the side that runs out first decides, and the other axis
 * gets equal space before and after. A drawing smaller than the page is enlarged too, so a small
 * network fills the sheet instead of sitting in its middle.
 */
export function fitOnPage(content: { w: number; h: number }, paper: { width: number; height: number }, margin = PAGE_MARGIN): PagePlacement {
  const roomW = Math.max(paper.width - 2 * margin, 1)
  const roomH = Math.max(paper.height - 2 * margin, 1)
  const w = Math.max(content.w, 1)
  const h = Math.max(content.h, 1)
  const scale = Math.min(roomW / w, roomH / h)
  const width = w * scale
  const height = h * scale
  return { x: (paper.width - width) / 2, y: (paper.height - height) / 2, width, height, scale }
}

/** PDF points per CSS pixel at which the header and legend are printed: 0.75, their size on screen. */
export const PRINT_SCALE = 0.75

/** A small graph may be enlarged to fill the sheet, up to this much. */
const MAX_GRAPH_SCALE = 2

/**
 * How much to scale the graph (`graph`, CSS px) so that the whole export page, header and legend at their
 * screen size (PRINT_SCALE), fits on `paper` with its margin.
 *
 * Scaling the whole page instead would print a 5,000-contact legend at a twentieth of a point. The room
 * left for the graph is the paper's room in CSS px, R = (paper − 2·margin) / PRINT_SCALE, less the page's
 * fixed parts (see page-layout.ts): width R_w − (2·padding + panel width), height R_h − (header + 2·padding).
 * The graph scale is the smaller ratio of room to graph, at most MAX_GRAPH_SCALE.
 */
export function pdfGraphScale(
  graph: { w: number; h: number },
  paper: { width: number; height: number },
  fixed: { readonly width: number; readonly height: number },
  margin = PAGE_MARGIN,
): number {
  const roomW = (paper.width - 2 * margin) / PRINT_SCALE - fixed.width
  const roomH = (paper.height - 2 * margin) / PRINT_SCALE - fixed.height
  return Math.min(Math.max(roomW, 1) / Math.max(graph.w, 1), Math.max(roomH, 1) / Math.max(graph.h, 1), MAX_GRAPH_SCALE)
}

/**
 * The paper most people around `locale` use: Letter in the US, Canada and the few other countries on
 * US paper sizes, A4 everywhere else. Only a default — the dialog lets the user pick.
 */
export function defaultPaperSize(locale: string): PaperSize {
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase()
  return region !== undefined && LETTER_REGIONS.has(region) ? 'letter' : 'a4'
}

const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'CR', 'GT', 'PR', 'DO', 'SV', 'NI', 'PA', 'BZ'])
