import type { Core } from 'cytoscape'
import type { jsPDF } from 'jspdf'
import type { LegendContent } from '../legend-content'
import { EXPORT_PALETTES, type ExportHeader, type ExportLook } from './export-layout'
import { sceneFromCy } from './map-scene'
import { fitOnPage, PAPER_SIZES, type PaperSize } from './pdf-page'
import { pdfSafeText } from './pdf-text'
import { buildMapSvg } from './svg-export'

/** The one font of the PDF: built into every PDF reader, so nothing is embedded and names stay text. */
const PDF_FONT = 'helvetica'

/** A PDF export: the file, and the names (at most a few) that Helvetica could not show as written. */
export interface ExportedPdf {
  readonly blob: Blob
  readonly changedNames: readonly string[]
}

/**
 * The map as a one-page vector PDF, landscape A4 or Letter: the SVG export drawn onto the page by
 * svg2pdf.js, fitted inside the margin and centred. Names and legend stay text, selectable and searchable.
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
  const [{ jsPDF: JsPdf }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')])
  const paper = PAPER_SIZES[options.paper]
  const doc = new JsPdf({ orientation: 'landscape', unit: 'pt', format: [paper.width, paper.height], compress: true })
  doc.setProperties({ title: header.title, subject: header.subtitle, creator: 'Kith' })

  const text = buildMapSvg(sceneFromCy(cy, options.theme), legend, header, options)
  const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement
  if (svg.nodeName !== 'svg') throw new Error('Could not export the map: its drawing did not parse.')
  const changedNames = prepareText(svg, doc)

  const width = Number(svg.getAttribute('width'))
  const height = Number(svg.getAttribute('height'))
  const place = fitOnPage({ w: width, h: height }, paper)
  if (options.background === 'solid') {
    // The whole sheet, margins too, so a dark export is dark to the edge.
    doc.setFillColor(EXPORT_PALETTES[options.theme ?? 'light'].page)
    doc.rect(0, 0, paper.width, paper.height, 'F')
  }
  await svg2pdf(svg, doc, { x: place.x, y: place.y, width: place.width, height: place.height })
  return { blob: doc.output('blob'), changedNames }
}

/**
 * Readies the SVG's text for svg2pdf.js and Helvetica, in place, and returns the names it had to change.
 *
 * - Characters Helvetica lacks are replaced (see pdf-text.ts).
 * - Weights 600 and up become "bold": svg2pdf.js only knows the word, and would set 600 or 700 as regular.
 * - Centred and right-aligned text is moved to start where it should, measured with Helvetica's own
 *   metrics; svg2pdf.js would measure with a screen font and place it a little off.
 */
function prepareText(svg: Element, doc: jsPDF): string[] {
  svg.setAttribute('font-family', PDF_FONT)
  // svg2pdf.js sets the font only where the SVG changes it, trusting the document's current font, so the
  // font used for measuring here is put back after.
  const before = doc.getFont()
  const changed = new Set<string>()
  for (const node of Array.from(svg.getElementsByTagName('text'))) {
    const original = node.textContent ?? ''
    const safe = pdfSafeText(original)
    if (safe !== original) {
      changed.add(original)
      node.textContent = safe
    }
    const bold = Number(node.getAttribute('font-weight') ?? 400) >= 600
    node.setAttribute('font-weight', bold ? 'bold' : 'normal')
    const anchor = node.getAttribute('text-anchor')
    if (anchor === 'middle' || anchor === 'end') {
      doc.setFont(PDF_FONT, node.getAttribute('font-style') === 'italic' ? (bold ? 'bolditalic' : 'italic') : bold ? 'bold' : 'normal')
      const advance = doc.getStringUnitWidth(safe) * Number(node.getAttribute('font-size') ?? 12)
      node.setAttribute('x', String(Number(node.getAttribute('x') ?? 0) - (anchor === 'end' ? advance : advance / 2)))
      node.removeAttribute('text-anchor')
    }
  }
  doc.setFont(before.fontName, before.fontStyle)
  return Array.from(changed)
}
