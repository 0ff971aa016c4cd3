import { bandLook, MAP_COLORS, TIE_WIDTH } from '../../shared/encodings'
import { formatNumber } from '../../shared/format'
import type { Theme } from '../../shared/theme'
import type { LegendContent } from '../legend-content'
import { dashPattern, EXPORT_PALETTES, PANEL, type Mark } from './export-layout'
import { fitText, wrapText } from './text-fit'

/** The legend panel as marks, and how tall it is. */
export interface LegendLayout {
  readonly height: number
  readonly marks: readonly Mark[]
}

const CONTENT_WIDTH = PANEL.width - 2 * PANEL.padX
/** Where row labels start, right of their swatch. */
const LABEL_INDENT = 24
/** Room kept for the right-aligned count. */
const COUNT_WIDTH = 40
/** Baseline of 12 px text sits this far below the middle of its row. */
const BASELINE_DROP = 4
/** Baseline of a heading and of a note line, below the top of their line. */
const HEADING_BASELINE = 15
const NOTE_BASELINE = 12
/** Each strength sample: a line, then its number this far from the sample's right end. */
const SAMPLE_NUMBER_ROOM = 20
/** The tie sample is drawn a little heavier than on the map, or a 1 px line would vanish at small sizes. */
const TIE_SAMPLE_WIDTH = Math.max(TIE_WIDTH, 1.5)

/**
 * Lays out the legend panel whose top-left corner is at (`x0`, `y0`), from the same LegendContent the
 * on-screen legend draws, so the exported image explains every encoding it shows with the same words.
 *
 * Categories nobody is in stay listed with "none", so the gaps in a network are visible in the image too.
 */
export function layoutLegend(legend: LegendContent, x0: number, y0: number, theme: Theme = 'light'): LegendLayout {
  const EXPORT_COLORS = EXPORT_PALETTES[theme]
  const map = MAP_COLORS[theme]
  /** A thin edge around colour swatches, as the map's node borders do, so light yellow shows on the panel. */
  const SWATCH_EDGE = EXPORT_COLORS.muted
  const marks: Mark[] = []
  const left = x0 + PANEL.padX
  const right = x0 + PANEL.width - PANEL.padX
  let y = y0 + PANEL.padY

  const heading = (text: string) => {
    marks.push(textMark(left, y + HEADING_BASELINE, fitText(text, CONTENT_WIDTH, PANEL.headingSize, 700), PANEL.headingSize, 700, EXPORT_COLORS.text))
    y += PANEL.headingHeight
  }
  /** A row with a swatch (drawn by `swatch` around the row's middle), a label and a right-aligned count. */
  const row = (label: string, count: number | null, swatch: (cx: number, cy: number) => Mark[]) => {
    const mid = y + PANEL.rowHeight / 2
    const none = count === 0
    marks.push(...swatch(left + PANEL.swatchRadius + 1, mid))
    const labelWidth = CONTENT_WIDTH - LABEL_INDENT - (count === null ? 0 : COUNT_WIDTH)
    marks.push(textMark(left + LABEL_INDENT, mid + BASELINE_DROP, fitText(label, labelWidth, PANEL.textSize), PANEL.textSize, 400, none ? EXPORT_COLORS.muted : EXPORT_COLORS.text))
    if (count !== null) {
      marks.push(textMark(right, mid + BASELINE_DROP, none ? 'none' : formatNumber(count), PANEL.textSize, none ? 400 : 600, none ? EXPORT_COLORS.faint : EXPORT_COLORS.text, 'end'))
    }
    y += PANEL.rowHeight
  }
  const gap = () => {
    y += PANEL.sectionGap
  }

  heading('Colour — category')
  for (const c of legend.categories) row(c.label, c.count, (cx, cy) => [circleMark(cx, cy, PANEL.swatchRadius, c.color, 1, SWATCH_EDGE, 1, [])])
  if (legend.multiCategory) {
    const slices = legend.categories.slice(0, 2).map((c) => ({ color: c.color, share: 0.5 }))
    row('Pie: several categories', null, (cx, cy) => [
      { type: 'pie', cx, cy, r: PANEL.swatchRadius, slices },
      circleMark(cx, cy, PANEL.swatchRadius, null, 0, SWATCH_EDGE, 1, []),
    ])
  }
  gap()

  heading('Line width — tie strength')
  const mid = y + PANEL.rowHeight / 2
  const step = CONTENT_WIDTH / legend.strengths.length
  legend.strengths.forEach((s, i) => {
    const x = left + i * step
    marks.push({ type: 'line', x1: x, y1: mid, x2: x + step - SAMPLE_NUMBER_ROOM, y2: mid, color: map.meEdge, width: s.width, dash: [] })
    marks.push(textMark(x + step - SAMPLE_NUMBER_ROOM + 6, mid + BASELINE_DROP, String(s.strength), PANEL.textSize, 400, EXPORT_COLORS.text))
  })
  y += PANEL.rowHeight
  gap()

  heading('Border — time since last contact')
  for (const b of legend.bands) {
    const look = bandLook(b.band, theme)
    row(b.label, b.count, (cx, cy) => [
      circleMark(cx, cy, PANEL.swatchRadius, EXPORT_COLORS.neutralSwatch, look.fillOpacity, look.borderColor, look.borderWidth, dashPattern(look.borderStyle, look.borderWidth)),
    ])
  }

  if (legend.laidOff || legend.ties) {
    gap()
    heading('Also on the map')
    const { laidOff, ties } = legend
    if (laidOff) {
      const inner = PANEL.swatchRadius - 2
      row('On my laid-off list', laidOff.count, (cx, cy) => [
        circleMark(cx, cy, inner, EXPORT_COLORS.neutralSwatch, 1, null, 0, []),
        circleMark(cx, cy, inner + 2.5, null, 0, map.laidOff, 2, []),
      ])
    }
    if (ties) {
      row('Know each other', ties.count, (cx, cy) => [
        { type: 'line', x1: cx - PANEL.swatchRadius - 1, y1: cy, x2: cx + PANEL.swatchRadius + 1, y2: cy, color: map.tie, width: TIE_SAMPLE_WIDTH, dash: [] },
      ])
    }
  }

  if (legend.filterNote) {
    gap()
    heading('Filter')
    const note = (text: string, color: string) => {
      for (const line of wrapText(text, CONTENT_WIDTH, PANEL.textSize)) {
        marks.push(textMark(left, y + NOTE_BASELINE, line, PANEL.textSize, 400, color))
        y += PANEL.noteLineHeight
      }
    }
    note(legend.filterNote, EXPORT_COLORS.text)
    note('Counts are of the contacts shown.', EXPORT_COLORS.muted)
  }

  return { height: y + PANEL.padY - y0, marks }
}

function textMark(x: number, y: number, text: string, size: number, weight: number, color: string, anchor: 'start' | 'end' = 'start'): Mark {
  return { type: 'text', x, y, text, size, weight, color, anchor }
}

function circleMark(cx: number, cy: number, r: number, fill: string | null, fillOpacity: number, stroke: string | null, strokeWidth: number, dash: readonly number[]): Mark {
  return { type: 'circle', cx, cy, r, fill, fillOpacity, stroke, strokeWidth, dash }
}
