/**
 * The look of an exported map image — fonts, colours and sizes — in one place.
 *
 * The SVG and the PNG export paint the same page from these numbers, so both files look the same and a
 * change of spacing or colour is made once. Sizes are CSS pixels; the PNG multiplies them by its scale.
 */

/** System fonts only: an export must not wait for, or depend on, a web font being loaded. */
export const FONT_STACK = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`

import type { Theme } from '../../shared/theme'

/**
 * The page's own colours: neutral greys that stay out of the way of the category colours.
 *
 * Text colours meet WCAG AA contrast on the panel, except `faint`, used only for "none".
 */
export const EXPORT_COLORS = {
  page: '#ffffff',
  band: '#f5f7fa',
  rule: '#e4e7eb',
  title: '#1f2933',
  text: '#323f4b',
  muted: '#616e7c',
  faint: '#9aa5b1',
  /** Neutral fill of the staleness swatches, so only the border and opacity carry the meaning. */
  neutralSwatch: '#7b8794',
} as const

export type ExportColors = { readonly [K in keyof typeof EXPORT_COLORS]: string }

/** Light for documents and print (the default), dark to match a dark slide or the dark theme. */
export const EXPORT_PALETTES: Readonly<Record<Theme, ExportColors>> = {
  light: EXPORT_COLORS,
  dark: {
    page: '#151a1f',
    band: '#1a2027',
    rule: '#2c343e',
    title: '#e4e7eb',
    text: '#cfd5dc',
    muted: '#8d99a6',
    faint: '#6b7785',
    neutralSwatch: '#8d99a6',
  },
}

/** The band across the top with the title and the subtitle. */
export const HEADER = { height: 68, padX: 24, titleSize: 18, titleBaseline: 31, subtitleSize: 12, subtitleBaseline: 53 } as const

/** The legend panel on the right. */
export const PANEL = {
  width: 280,
  padX: 20,
  padY: 20,
  headingSize: 11,
  headingHeight: 24,
  textSize: 12,
  rowHeight: 22,
  noteLineHeight: 16,
  sectionGap: 12,
  swatchRadius: 6,
} as const

/** The area the graph is drawn in: a margin around it and a minimum width so the header has room. */
export const GRAPH_AREA = { padding: 24, minWidth: 320 } as const

/** Title and subtitle of an export, e.g. "Priya Raman — network map" and "26 November 2026 · 2 categories". */
export interface ExportHeader {
  readonly title: string
  readonly subtitle: string
}

/**
 * Height of a line of map label text, in ems.
 *
 * The box a label takes under its node, so the exported picture's bounds include every name.
 */
export const LABEL_LINE_HEIGHT = 1.25

/** Solid (the theme's page colour) for documents and slides, transparent to place the map on a coloured background. */
export type ExportBackground = 'solid' | 'transparent'

/** How an export looks: its background, and light or dark (light unless asked). */
export interface ExportLook {
  readonly background: ExportBackground
  readonly theme?: Theme
}

/** One pie slice: a colour and its share of the circle (0–1). Slices start at 12 o'clock and run clockwise. */
export interface Slice {
  readonly color: string
  readonly share: number
}

/**
 * The angles of each slice, in radians, starting at 12 o'clock and running clockwise as cytoscape's pies do.
 *
 * Shares are normalised by their sum, so slightly off sizes still close the circle.
 */
export function sliceArcs(slices: readonly Slice[]): { color: string; start: number; end: number }[] {
  const total = slices.reduce((sum, s) => sum + s.share, 0)
  if (total <= 0) return []
  let start = -Math.PI / 2
  return slices.map(({ color, share }) => {
    const end = start + (2 * Math.PI * share) / total
    const arc = { color, start, end }
    start = end
    return arc
  })
}

/**
 * A primitive of the page (header, panel, legend) in page CSS pixels.
 *
 * The layout produces marks once and each export paints them, so the SVG and the PNG cannot drift apart.
 */
export type Mark =
  | { readonly type: 'rect'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly fill: string }
  | {
      readonly type: 'line'
      readonly x1: number
      readonly y1: number
      readonly x2: number
      readonly y2: number
      readonly color: string
      readonly width: number
      readonly dash: readonly number[]
    }
  | {
      readonly type: 'circle'
      readonly cx: number
      readonly cy: number
      readonly r: number
      readonly fill: string | null
      readonly fillOpacity: number
      readonly stroke: string | null
      readonly strokeWidth: number
      readonly dash: readonly number[]
    }
  | { readonly type: 'pie'; readonly cx: number; readonly cy: number; readonly r: number; readonly slices: readonly Slice[] }
  | {
      readonly type: 'text'
      readonly x: number
      readonly y: number
      readonly text: string
      readonly size: number
      readonly weight: number
      readonly color: string
      readonly anchor: 'start' | 'end'
    }

/**
 * The dash pattern of a border style, scaled to the stroke width.
 *
 * Dots are near-zero dashes: with the round caps of `strokeCap`, SVG and canvas both draw them as round
 * dots, and dashes grow by one stroke width, which the pattern allows for.
 */
export function dashPattern(style: 'solid' | 'dashed' | 'dotted', width: number): readonly number[] {
  if (style === 'dashed') return [width * 2.5, width * 2.5]
  if (style === 'dotted') return [0.01, width * 2]
  return []
}

/** Round caps for dashed and dotted strokes (see `dashPattern`), flat ends for solid lines. */
export const strokeCap = (dash: readonly number[]): 'round' | 'butt' => (dash.length > 0 ? 'round' : 'butt')

/**
 * A CSS font shorthand for canvas.
 *
 * Same family as the SVG declares, so the PNG's legend sets in the same font as the SVG's.
 */
export const cssFont = (size: number, weight: number): string => `${weight} ${size}px ${FONT_STACK}`
