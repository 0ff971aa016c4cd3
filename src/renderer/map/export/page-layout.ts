import type { LegendContent } from '../legend-content'
import type { Theme } from '../../shared/theme'
import { EXPORT_PALETTES, GRAPH_AREA, HEADER, PANEL, type ExportBackground, type ExportHeader, type Mark } from './export-layout'
import { layoutLegend } from './legend-layout'
import { fitText } from './text-fit'

/** A rectangle on the exported page, in CSS pixels. */
export interface PageBox {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

/** The whole exported page: its size, where the graph goes, and everything else as marks. */
export interface PageLayout {
  readonly width: number
  readonly height: number
  readonly graph: PageBox
  readonly marks: readonly Mark[]
}

/**
 * The page of an export: header band on top, graph area on the left, legend panel on the right.
 *
 * One function decides the page for both exports, so the SVG and the PNG agree to the pixel. In CSS px,
 * with the graph `graph.w × graph.h` and the legend panel `L` tall:
 *   width  = max(graph.w, GRAPH_AREA.minWidth) + 2 × GRAPH_AREA.padding + PANEL.width
 *   height = HEADER.height + max(graph.h + 2 × GRAPH_AREA.padding, L)
 * The graph is centred in its area, on whole pixels so a raster graph is not resampled. With a
 * transparent background the header band and the legend panel keep their fill, so their text stays
 * readable on any slide.
 */
export function pageLayout(
  graph: { w: number; h: number },
  legend: LegendContent,
  header: ExportHeader,
  background: ExportBackground,
  theme: Theme = 'light',
): PageLayout {
  const EXPORT_COLORS = EXPORT_PALETTES[theme]
  const areaWidth = Math.max(graph.w, GRAPH_AREA.minWidth) + 2 * GRAPH_AREA.padding
  const panel = layoutLegend(legend, areaWidth, HEADER.height, theme)
  const areaHeight = Math.max(graph.h + 2 * GRAPH_AREA.padding, panel.height)
  const width = areaWidth + PANEL.width
  const height = HEADER.height + areaHeight
  const textWidth = width - 2 * HEADER.padX

  const marks: Mark[] = []
  if (background === 'solid') marks.push({ type: 'rect', x: 0, y: 0, w: width, h: height, fill: EXPORT_COLORS.page })
  marks.push(
    { type: 'rect', x: 0, y: 0, w: width, h: HEADER.height, fill: EXPORT_COLORS.band },
    { type: 'line', x1: 0, y1: HEADER.height - 0.5, x2: width, y2: HEADER.height - 0.5, color: EXPORT_COLORS.rule, width: 1, dash: [] },
    {
      type: 'text',
      x: HEADER.padX,
      y: HEADER.titleBaseline,
      text: fitText(header.title, textWidth, HEADER.titleSize, 600),
      size: HEADER.titleSize,
      weight: 600,
      color: EXPORT_COLORS.title,
      anchor: 'start',
    },
    {
      type: 'text',
      x: HEADER.padX,
      y: HEADER.subtitleBaseline,
      text: fitText(header.subtitle, textWidth, HEADER.subtitleSize),
      size: HEADER.subtitleSize,
      weight: 400,
      color: EXPORT_COLORS.muted,
      anchor: 'start',
    },
    { type: 'rect', x: areaWidth, y: HEADER.height, w: PANEL.width, h: areaHeight, fill: EXPORT_COLORS.band },
    { type: 'line', x1: areaWidth + 0.5, y1: HEADER.height, x2: areaWidth + 0.5, y2: height, color: EXPORT_COLORS.rule, width: 1, dash: [] },
    ...panel.marks,
  )
  return {
    width,
    height,
    graph: { x: Math.round((areaWidth - graph.w) / 2), y: Math.round(HEADER.height + (areaHeight - graph.h) / 2), w: graph.w, h: graph.h },
    marks,
  }
}
