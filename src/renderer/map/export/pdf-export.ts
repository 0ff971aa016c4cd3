import type { Core } from 'cytoscape'
import type { LegendContent } from '../legend-content'
import { EXPORT_PALETTES, GRAPH_AREA, HEADER, PANEL, type ExportHeader, type ExportLook } from './export-layout'
import { sceneFromCy } from './map-scene'
import { fitOnPage, PAPER_SIZES, pdfGraphScale, type PaperSize } from './pdf-page'
import { drawText, liftText } from './pdf-text-layer'
import { buildMapSvg } from './svg-export'

/** The parts of the export page around the graph, in CSS px (see page-layout.ts). */
const PAGE_FIXED = { width: 2 * GRAPH_AREA.padding + PANEL.width, height: HEADER.height + 2 * GRAPH_AREA.padding }

/** A PDF export: the file, and the texts (names mostly) Helvetica could not show as written. */
export interface ExportedPdf {
  readonly blob: Blob
  readonly changedNames: readonly string[]
}

/**
 * The map as a one-page vector PDF, landscape A4 or Letter: the SVG export's shapes drawn onto the page by
 * svg2pdf.js, fitted inside the margin and centred, and its text written by jsPDF in Helvetica, so names
 * and legend stay text, selectable and searchable. The graph is scaled to the sheet and the header and
 * legend are printed at their screen size, so the legend stays readable however large the network.
 *
 * jsPDF and svg2pdf.js (about 500 kB together) are loaded the first time someone exports a PDF, so the
 * app's first paint does not pay for them. Neither uses eval or inline scripts, so the app's CSP holds.
 */
export async function exportMapPdf(
  cy: Core,
  legend: LegendContent,
  header: ExportHeader,
  options: ExportLook & { paper: PaperSize },
): Promise<ExportedPdf> {
  const [{ jsPDF: JsPdf, GState }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')])
  const paper = PAPER_SIZES[options.paper]
  const doc = new JsPdf({ orientation: 'landscape', unit: 'pt', format: [paper.width, paper.height], compress: true })
  doc.setProperties({ title: header.title, subject: header.subtitle, creator: 'Kith' })

  const scene = sceneFromCy(cy, options.theme)
  const graphScale = pdfGraphScale(scene.bbox, paper, PAGE_FIXED)
  const text = buildMapSvg(scene, legend, header, { ...options, graphScale })
  const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement
  if (svg.nodeName !== 'svg') throw new Error('Could not export the map: its drawing did not parse.')
  // Text is taken out here and written by jsPDF after svg2pdf.js has drawn the shapes (see pdf-text-layer.ts).
  const { texts, changed } = liftText(svg, doc)

  const width = Number(svg.getAttribute('width'))
  const height = Number(svg.getAttribute('height'))
  const place = fitOnPage({ w: width, h: height }, paper)
  if (options.background === 'solid') {
    // The whole sheet, margins too, so a dark export is dark to the edge.
    doc.setFillColor(EXPORT_PALETTES[options.theme ?? 'light'].page)
    doc.rect(0, 0, paper.width, paper.height, 'F')
  }
  await svg2pdf(svg, doc, { x: place.x, y: place.y, width: place.width, height: place.height })
  drawText(doc, texts, place, (state) => new GState(state))
  return { blob: doc.output('blob'), changedNames: changed }
}
