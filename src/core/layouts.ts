import { z } from 'zod'

/** The map's layouts: rings and sectors around the user, or force-directed clusters by a grouping. */
export const LAYOUTS = ['orbit', 'by-organization', 'by-category'] as const
export const LayoutId = z.enum(LAYOUTS, { error: () => `Layout must be one of: ${LAYOUTS.join(', ')}.` })
export type LayoutId = z.infer<typeof LayoutId>

export const LAYOUT_LABELS: Readonly<Record<LayoutId, string>> = {
  orbit: 'Orbit',
  'by-organization': 'Clusters by organization',
  'by-category': 'Clusters by category',
}

/** A position on the map, in map units (the user sits at 0, 0 in the orbit layout). */
export const Point = z.object({
  x: z.number({ error: 'A position needs numbers.' }).finite().min(-1e7).max(1e7),
  y: z.number({ error: 'A position needs numbers.' }).finite().min(-1e7).max(1e7),
})
export type Point = z.infer<typeof Point>

const Pins = z.record(z.string(), Point)

/** Positions the user fixed by dragging, per layout and contact id; the layout places everyone else. */
export const LayoutPins = z.object({
  orbit: Pins,
  'by-organization': Pins,
  'by-category': Pins,
})
export type LayoutPins = z.infer<typeof LayoutPins>

export const NO_PINS: LayoutPins = { orbit: {}, 'by-organization': {}, 'by-category': {} }
