import type { Core } from 'cytoscape'
import type { LegendContent } from '../legend-content'
import { paintMarks } from './canvas-marks'
import { EXPORT_PALETTES, type ExportHeader, type ExportLook } from './export-layout'
import { pageLayout } from './page-layout'

/** Canvas limits that hold in every current browser engine, Safari on iOS included. */
export const CANVAS_LIMITS = { maxSide: 4096, maxPixels: 16_777_216 } as const

/**
 * The largest scale up to `requested` at which an image of `bbox` CSS pixels stays within `limits`.
 *
 * Browsers do not fail on an oversized canvas: they hand back an empty or blank image. So the scale is
 * lowered until every side, rounded up to whole pixels, fits, and `reduced` says so the user can be told.
 */
export function safeExportScale(
  bbox: { w: number; h: number },
  requested: number,
  limits: { maxSide: number; maxPixels: number } = CANVAS_LIMITS,
): { scale: number; reduced: boolean } {
  const w = Math.max(bbox.w, 1)
  const h = Math.max(bbox.h, 1)
  const fits = (s: number) => {
    const pw = Math.ceil(w * s)
    const ph = Math.ceil(h * s)
    return Math.max(pw, ph) <= limits.maxSide && pw * ph <= limits.maxPixels
  }
  if (fits(requested)) return { scale: requested, reduced: false }
  // Each side rounds up by less than a pixel, so allow one pixel: (w·s + 1) ≤ maxSide and (w·s + 1)(h·s + 1) ≤ maxPixels.
  const sideFit = (limits.maxSide - 1) / Math.max(w, h)
  const areaFit = (-(w + h) + Math.sqrt((w + h) ** 2 + 4 * w * h * (limits.maxPixels - 1))) / (2 * w * h)
  return { scale: Math.min(sideFit, areaFit), reduced: true }
}

/**
 * The PNG page: header band, `graph` (already rendered at `scale`) and the legend panel on the right.
 *
 * Everything but the graph is drawn from the layout the SVG export uses, in CSS pixels × scale. With the
 * graph image G_w × G_h pixels and the legend panel L CSS px tall (see page-layout.ts), the PNG is
 *   width  = round(max(G_w, 320·scale) + (2·24 + 280)·scale)
 *   height = round(68·scale + max(G_h + 2·24·scale, L·scale))
 * so a 2× export of the same map is twice the size of a 1× export.
 */
export async function composeMapPng(
  graph: ImageBitmap | HTMLImageElement | HTMLCanvasElement,
  legend: LegendContent,
  header: ExportHeader,
  options: ExportLook & { scale: number },
): Promise<Blob> {
  const { scale } = options
  const width = 'naturalWidth' in graph ? graph.naturalWidth : graph.width
  const height = 'naturalHeight' in graph ? graph.naturalHeight : graph.height
  const page = pageLayout({ w: width / scale, h: height / scale }, legend, header, options.background, options.theme)
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(page.width * scale)
  canvas.height = Math.round(page.height * scale)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('Could not export the map: this display gave no canvas to draw on.')
  ctx.scale(scale, scale)
  paintMarks(ctx, page.marks)
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(graph, page.graph.x, page.graph.y, page.graph.w, page.graph.h)
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob || blob.size === 0) {
    throw new Error(`Could not export the map: the ${canvas.width} × ${canvas.height} px image came out empty. Try a smaller scale.`)
  }
  return blob
}

/**
 * The map as a PNG of everything visible (not just the current view), at `scale` or the largest safe one.
 *
 * The scale is checked against the whole page, so the composed image and the graph within it both stay
 * within CANVAS_LIMITS. cytoscape multiplies `scale` by the screen's pixel ratio unless maxWidth or
 * maxHeight is given (and `scale` then overrides them), so they are passed to keep 2× exactly 2×.
 */
export async function exportMapPng(
  cy: Core,
  legend: LegendContent,
  header: ExportHeader,
  options: ExportLook & { scale: 1 | 2 | 3 | 4 },
): Promise<{ blob: Blob; scale: number; reduced: boolean }> {
  const bb = cy.elements().boundingBox()
  const graph = { w: Math.ceil(bb.w), h: Math.ceil(bb.h) }
  const page = pageLayout(graph, legend, header, options.background, options.theme)
  const { scale, reduced } = safeExportScale({ w: page.width, h: page.height }, options.scale)
  const drawOptions = {
    full: true,
    scale,
    maxWidth: graph.w * scale,
    maxHeight: graph.h * scale,
    ...(options.background === 'solid' ? { bg: EXPORT_PALETTES[options.theme ?? 'light'].page } : {}),
  }
  const canvas = drawGraph(cy, drawOptions)
  if (canvas) {
    if (canvas.width === 0 || canvas.height === 0) throw new Error('Could not export the map: the graph image came out empty. Try a smaller scale.')
    return { blob: await composeMapPng(canvas, legend, header, { ...options, scale }), scale, reduced }
  }
  let graphPng: Blob
  try {
    graphPng = await cy.png({ output: 'blob-promise', ...drawOptions })
  } catch (cause) {
    throw new Error('Could not export the map: drawing the graph failed.', { cause })
  }
  if (graphPng.size === 0) throw new Error('Could not export the map: the graph image came out empty. Try a smaller scale.')
  const bitmap = await createImageBitmap(graphPng)
  try {
    const blob = await composeMapPng(bitmap, legend, header, { ...options, scale })
    return { blob, scale, reduced }
  } finally {
    bitmap.close()
  }
}

/**
 * The graph drawn onto a canvas, as `cy.png` draws it before encoding, or null when this cytoscape has no
 * such step. Composing straight from that canvas saves a PNG encode and decode: at 5,000 contacts that was
 * about 40 % of the export time (measured with npm run bench:map).
 */
function drawGraph(cy: Core, options: Record<string, unknown>): HTMLCanvasElement | null {
  type Renderer = { bufferCanvasImage?: (options: Record<string, unknown>) => HTMLCanvasElement }
  const renderer = (cy as unknown as { renderer?: () => Renderer }).renderer?.()
  try {
    return typeof renderer?.bufferCanvasImage === 'function' ? renderer.bufferCanvasImage(options) : null
  } catch (cause) {
    throw new Error('Could not export the map: drawing the graph failed.', { cause })
  }
}
