import type { GState, jsPDF } from 'jspdf'
import type { PagePlacement } from './pdf-page'
import { pdfSafeText } from './pdf-text'

/** The one font of the PDF: built into every PDF reader, so nothing is embedded and names stay text. */
export const PDF_FONT = 'helvetica'

/** One piece of the SVG's text, where it sits in the SVG's own units, ready for jsPDF. */
export interface PdfText {
  readonly text: string
  /** Left end of the text on its baseline, in the SVG's root units: centred and right-aligned text is already moved. */
  readonly x: number
  readonly y: number
  /** Font size in the SVG's root units (a scaled group's text is scaled with it). */
  readonly size: number
  readonly style: 'normal' | 'bold' | 'italic' | 'bolditalic'
  readonly fill: Rgba | null
  readonly stroke: { readonly color: Rgba; readonly width: number } | null
  /** The text's own opacity times its groups' (a faded node's label). */
  readonly opacity: number
}

export interface Rgba {
  readonly r: number
  readonly g: number
  readonly b: number
  readonly a: number
}

/**
 * Takes every <text> out of `svg` and returns it as PdfText, with every text (names mostly) that had
 * letters Helvetica lacks.
 *
 * svg2pdf.js measures each text it draws with a fresh canvas, for a bounding box this export never uses: at
 * 1,000 contacts that was half of the PDF's time. jsPDF writes the text instead, with Helvetica's own
 * metrics for centring, so it also lands where the PDF font puts it, not where a screen font would. The
 * text is drawn after the shapes; on paper a name is never hidden under a neighbour's disc.
 */
export function liftText(svg: Element, doc: jsPDF): { texts: PdfText[]; changed: string[] } {
  const texts: PdfText[] = []
  const changed = new Set<string>()
  const before = doc.getFont()
  for (const node of Array.from(svg.getElementsByTagName('text'))) {
    const original = node.textContent ?? ''
    const text = pdfSafeText(original)
    if (text !== original) changed.add(original)
    const bold = Number(node.getAttribute('font-weight') ?? 400) >= 600
    const italic = node.getAttribute('font-style') === 'italic'
    const style = italic ? (bold ? 'bolditalic' : 'italic') : bold ? 'bold' : 'normal'
    const size = Number(node.getAttribute('font-size') ?? 12)
    const { scale, dx, dy, opacity } = placement(node, svg)
    doc.setFont(PDF_FONT, style)
    const advance = doc.getStringUnitWidth(text) * size
    const anchor = node.getAttribute('text-anchor')
    const shift = anchor === 'end' ? advance : anchor === 'middle' ? advance / 2 : 0
    const strokeColor = parseColor(node.getAttribute('stroke'))
    const strokeOpacity = Number(node.getAttribute('stroke-opacity') ?? 1)
    const fill = node.getAttribute('fill') === 'none' ? null : (parseColor(node.getAttribute('fill')) ?? BLACK)
    texts.push({
      text,
      x: scale * (Number(node.getAttribute('x') ?? 0) - shift) + dx,
      y: scale * Number(node.getAttribute('y') ?? 0) + dy,
      size: size * scale,
      style,
      fill,
      stroke: strokeColor ? { color: { ...strokeColor, a: strokeColor.a * strokeOpacity }, width: scale * Number(node.getAttribute('stroke-width') ?? 1) } : null,
      opacity: opacity * Number(node.getAttribute('opacity') ?? 1),
    })
    node.remove()
  }
  doc.setFont(before.fontName, before.fontStyle)
  return { texts, changed: Array.from(changed) }
}

/**
 * Where `node`'s groups put it: their transforms (translate and uniform scale, all the SVG export writes)
 * as p ↦ scale·p + (dx, dy), and how much they fade it.
 */
export function placement(node: Element, root: Element): { scale: number; dx: number; dy: number; opacity: number } {
  let scale = 1
  let dx = 0
  let dy = 0
  let opacity = 1
  for (let at = node.parentElement; at && at !== root; at = at.parentElement) {
    // A transform list applies right to left: the last item is closest to the content.
    const steps = Array.from((at.getAttribute('transform') ?? '').matchAll(/(translate|scale)\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)/g)).reverse()
    for (const [, kind, first, second] of steps) {
      if (kind === 'translate') {
        dx += Number(first)
        dy += Number(second ?? 0)
      } else {
        scale *= Number(first)
        dx *= Number(first)
        dy *= Number(first)
      }
    }
    opacity *= Number(at.getAttribute('opacity') ?? 1)
  }
  return { scale, dx, dy, opacity }
}

/**
 * Draws `texts` onto the current page, each moved and scaled as svg2pdf.js placed the drawing.
 *
 * Opacity needs a graphics state; one is made per distinct opacity and reused, so a map with a thousand
 * faded names still adds only a handful of objects to the file. `makeState` is jsPDF's GState constructor,
 * passed in because jsPDF is loaded only when a PDF is made.
 */
export function drawText(doc: jsPDF, texts: readonly PdfText[], place: PagePlacement, makeState: (state: GState) => GState): void {
  const states = new Set<string>()
  for (const t of texts) {
    const fillAlpha = t.opacity * (t.fill?.a ?? 1)
    const strokeAlpha = t.opacity * (t.stroke?.color.a ?? 1)
    const faded = fillAlpha < 1 || strokeAlpha < 1
    if (faded) {
      const key = `o${fillAlpha.toFixed(3)}s${strokeAlpha.toFixed(3)}`.replace(/\./g, '_')
      if (!states.has(key)) {
        doc.addGState(key, makeState({ opacity: fillAlpha, 'stroke-opacity': strokeAlpha }))
        states.add(key)
      }
      doc.saveGraphicsState()
      doc.setGState(key)
    }
    doc.setFont(PDF_FONT, t.style)
    doc.setFontSize(t.size * place.scale)
    if (t.fill) doc.setTextColor(t.fill.r, t.fill.g, t.fill.b)
    if (t.stroke) {
      doc.setDrawColor(t.stroke.color.r, t.stroke.color.g, t.stroke.color.b)
      doc.setLineWidth(t.stroke.width * place.scale)
      doc.setLineJoin('round')
    }
    const renderingMode = t.stroke ? (t.fill ? 'fillThenStroke' : 'stroke') : 'fill'
    // A halo (outline only) repeats its name: marked as an artifact, readers' search, copy and screen
    // readers skip it and find each name once.
    const halo = t.fill === null
    if (halo) writeRaw(doc, '/Artifact BMC')
    doc.text(t.text, place.x + t.x * place.scale, place.y + t.y * place.scale, { baseline: 'alphabetic', renderingMode })
    if (halo) writeRaw(doc, 'EMC')
    if (faded) doc.restoreGraphicsState()
  }
}

/** Writes an operator into the page's content; jsPDF has it (its plugins use it) but does not type it. */
function writeRaw(doc: jsPDF, line: string): void {
  ;(doc.internal as unknown as { write: (line: string) => void }).write(line)
}

const BLACK: Rgba = { r: 0, g: 0, b: 0, a: 1 }

/** `#rgb`, `#rrggbb`, `rgb(…)` or `rgba(…)` — the forms the SVG export writes — or null for anything else. */
export function parseColor(value: string | null): Rgba | null {
  if (!value) return null
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(value.trim())
  if (hex) {
    const h = hex[1]!.length === 3 ? Array.from(hex[1]!, (c) => c + c).join('') : hex[1]!
    return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16), a: 1 }
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i.exec(value.trim())
  if (!fn) return null
  const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? Number(fn[4].slice(0, -1)) / 100 : Number(fn[4])
  return { r: Number(fn[1]), g: Number(fn[2]), b: Number(fn[3]), a: Math.min(1, Math.max(0, alpha)) }
}
