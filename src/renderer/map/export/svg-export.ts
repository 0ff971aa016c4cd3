import type { Core } from 'cytoscape'
import type { LegendContent } from '../legend-content'
import { dashPattern, FONT_STACK, sliceArcs, strokeCap, type ExportHeader, type ExportLook, type Mark, type Slice } from './export-layout'
import { sceneFromCy, type MapScene, type SceneDisc, type SceneEdge, type SceneGroupLabel, type SceneLabel } from './map-scene'
import { pageLayout } from './page-layout'
import { fitText } from './text-fit'

/** Label halo, like the map's translucent label background (its colour comes with the label). */
const HALO = { width: 3, opacity: 0.8 } as const

/**
 * The map as a standalone SVG 1.1 document: header band, graph and legend panel, laid out like the PNG.
 *
 * Pure (no DOM), so it is tested in Node. Vector output stays sharp at any zoom and prints well; all text
 * is XML-escaped and characters XML cannot hold are dropped, so any contact name yields a valid file.
 */
export function buildMapSvg(scene: MapScene, legend: LegendContent, header: ExportHeader, options: ExportLook & { graphScale?: number }): string {
  const { bbox } = scene
  // The PDF shrinks a large graph to leave its header and legend readable on one sheet (see pdf-page.ts).
  const k = options.graphScale ?? 1
  const page = pageLayout({ w: bbox.w * k, h: bbox.h * k }, legend, header, options.background, options.theme)
  const place =
    k === 1
      ? `translate(${num(page.graph.x - bbox.x1)} ${num(page.graph.y - bbox.y1)})`
      : `translate(${num(page.graph.x)} ${num(page.graph.y)}) scale(${k}) translate(${num(-bbox.x1)} ${num(-bbox.y1)})`
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(page.width)}" height="${num(page.height)}" viewBox="0 0 ${num(page.width)} ${num(page.height)}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(header.title)}</title>`,
    `<desc>${escapeXml(header.subtitle)}</desc>`,
    ...page.marks.map(markSvg),
    `<g transform="${place}">`,
    '<g>',
    ...scene.edges.map(edgeSvg),
    '</g>',
    ...scene.nodes.map((n) => (n.kind === 'group' ? groupSvg(n) : discSvg(n))),
    '</g>',
    '</svg>',
    '',
  ]
  return out.join('\n')
}

/**
 * The map as an SVG file (image/svg+xml, UTF-8) of everything visible now, not just the current view.
 *
 * Drawn from the elements' encodings rather than rasterised, so it needs no canvas and has no size limit.
 */
export function exportMapSvg(cy: Core, legend: LegendContent, header: ExportHeader, options: ExportLook): { blob: Blob } {
  return { blob: new Blob([buildMapSvg(sceneFromCy(cy, options.theme), legend, header, options)], { type: 'image/svg+xml' }) }
}

function markSvg(m: Mark): string {
  switch (m.type) {
    case 'rect':
      return `<rect x="${num(m.x)}" y="${num(m.y)}" width="${num(m.w)}" height="${num(m.h)}" fill="${escapeXml(m.fill)}"/>`
    case 'line':
      return `<line x1="${num(m.x1)}" y1="${num(m.y1)}" x2="${num(m.x2)}" y2="${num(m.y2)}"${stroke(m.color, m.width, m.dash)}/>`
    case 'circle':
      return circleSvg(m.cx, m.cy, m.r, m.fill, m.fillOpacity, m.stroke, m.strokeWidth, m.dash)
    case 'pie':
      return pieSvg(m.cx, m.cy, m.r, m.slices, 1)
    case 'text':
      return `<text x="${num(m.x)}" y="${num(m.y)}" font-size="${num(m.size)}" font-weight="${m.weight}" fill="${escapeXml(m.color)}"${m.anchor === 'end' ? ' text-anchor="end"' : ''}>${escapeXml(m.text)}</text>`
  }
}

function edgeSvg(e: SceneEdge): string {
  return `<line x1="${num(e.x1)}" y1="${num(e.y1)}" x2="${num(e.x2)}" y2="${num(e.y2)}"${stroke(e.color, e.width, [])}${opacity('stroke-opacity', e.opacity)}/>`
}

/** A contact or me: fill (pie or plain), border, laid-off ring and label, faded together. */
function discSvg(n: SceneDisc): string {
  const r = n.diameter / 2
  const parts = [n.fills.length > 1 ? pieSvg(n.x, n.y, r, n.fills, n.fillOpacity) : circleSvg(n.x, n.y, r, n.fills[0]?.color ?? null, n.fillOpacity, null, 0, [])]
  if (n.core) parts.push(circleSvg(n.x, n.y, n.core.diameter / 2, n.core.color, 0.9, null, 0, []))
  if (n.border.width > 0) parts.push(circleSvg(n.x, n.y, r, null, 0, n.border.color, n.border.width, dashPattern(n.border.style, n.border.width)))
  if (n.ring) {
    const ringR = r + n.border.width / 2 + n.ring.offset + n.ring.width / 2
    parts.push(circleSvg(n.x, n.y, ringR, null, 0, n.ring.color, n.ring.width, []))
  }
  if (n.label) parts.push(labelSvg(n.label, true))
  return `<g${opacity('opacity', n.opacity)}>${parts.join('')}</g>`
}

function groupSvg(g: SceneGroupLabel): string {
  return `<g${opacity('opacity', g.opacity)}>${labelSvg(g.label, false)}</g>`
}

/** A label beside its node (or centred on its cluster), cut with an ellipsis like on the map. */
function labelSvg(label: SceneLabel, halo: boolean): string {
  const text = escapeXml(fitText(label.text, label.maxWidth, label.size, label.weight))
  // Cytoscape's label box is a little over one em tall, with the baseline about one em below its top.
  const y = label.top + label.size
  const at = `x="${num(label.x)}" y="${num(y)}" text-anchor="${label.anchor}" font-size="${num(label.size)}" font-weight="${label.weight}"${label.italic ? ' font-style="italic"' : ''}`
  // SVG 1.1 has no paint-order, so the halo is a stroked copy drawn under the text.
  const under = halo
    ? `<text ${at} fill="none" stroke="${escapeXml(label.halo)}" stroke-width="${HALO.width}" stroke-opacity="${HALO.opacity}" stroke-linejoin="round">${text}</text>`
    : ''
  return `${under}<text ${at} fill="${escapeXml(label.color)}">${text}</text>`
}

function circleSvg(cx: number, cy: number, r: number, fill: string | null, fillOpacity: number, strokeColor: string | null, strokeWidth: number, dash: readonly number[]): string {
  const paint = fill === null ? ' fill="none"' : ` fill="${escapeXml(fill)}"${opacity('fill-opacity', fillOpacity)}`
  const line = strokeColor === null ? '' : stroke(strokeColor, strokeWidth, dash)
  return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}"${paint}${line}/>`
}

/** One path per slice: centre, out to the arc's start, along the arc, and back. */
function pieSvg(cx: number, cy: number, r: number, slices: readonly Slice[], fillOpacity: number): string {
  const arcs = sliceArcs(slices)
  if (arcs.length === 1) return circleSvg(cx, cy, r, arcs[0]?.color ?? null, fillOpacity, null, 0, [])
  return arcs
    .map(({ color, start, end }) => {
      const large = end - start > Math.PI ? 1 : 0
      const d = `M${num(cx)} ${num(cy)}L${num(cx + r * Math.cos(start))} ${num(cy + r * Math.sin(start))}A${num(r)} ${num(r)} 0 ${large} 1 ${num(cx + r * Math.cos(end))} ${num(cy + r * Math.sin(end))}Z`
      return `<path d="${d}" fill="${escapeXml(color)}"${opacity('fill-opacity', fillOpacity)}/>`
    })
    .join('')
}

function stroke(color: string, width: number, dash: readonly number[]): string {
  const dashes = dash.length > 0 ? ` stroke-dasharray="${dash.map(num).join(' ')}"` : ''
  return ` stroke="${escapeXml(color)}" stroke-width="${num(width)}" stroke-linecap="${strokeCap(dash)}"${dashes}`
}

/** An opacity attribute, left out when fully opaque to keep the file small. */
const opacity = (name: string, value: number): string => (value < 1 ? ` ${name}="${num(value)}"` : '')

/** Coordinates to two decimals: plenty for a vector image, and far smaller files. */
const num = (n: number): string => String(Math.round(n * 100) / 100)

/**
 * `text` safe inside XML content and attribute values.
 *
 * Characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE/U+FFFF) are dropped, since
 * even escaped they make the document invalid; a contact name pasted from elsewhere can contain them.
 */
export function escapeXml(text: string): string {
  let out = ''
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0
    const allowed = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000
    if (!allowed) continue
    out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : ch === "'" ? '&apos;' : ch
  }
  return out
}
