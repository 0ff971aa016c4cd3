import type { Core } from 'cytoscape'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CANVAS_LIMITS, composeMapPng, exportMapPng, safeExportScale } from '../../../../src/renderer/map/export/png-export'
import { fixtureMap } from './map-fixture'

const HEADER = { title: 'Priya Raman — network map', subtitle: '26 November 2026' }

/** Pixel size of an image of `bbox` at `scale`, rounded up as canvases are. */
const pixels = (bbox: { w: number; h: number }, scale: number) => ({ w: Math.ceil(bbox.w * scale), h: Math.ceil(bbox.h * scale) })

describe('safeExportScale', () => {
  it('keeps the requested scale when the image fits', () => {
    expect(safeExportScale({ w: 800, h: 600 }, 4)).toEqual({ scale: 4, reduced: false })
    expect(safeExportScale({ w: 4096, h: 4096 }, 1)).toEqual({ scale: 1, reduced: false })
  })

  it('lowers the scale to keep the longest side within maxSide', () => {
    const result = safeExportScale({ w: 2000, h: 500 }, 4)
    expect(result.reduced).toBe(true)
    expect(pixels({ w: 2000, h: 500 }, result.scale).w).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide)
    expect(result.scale).toBeGreaterThan(2)
  })

  it('lowers the scale to keep the area within maxPixels', () => {
    const limits = { maxSide: 100_000, maxPixels: 1_000_000 }
    const result = safeExportScale({ w: 999, h: 1001 }, 2, limits)
    const { w, h } = pixels({ w: 999, h: 1001 }, result.scale)
    expect(result.reduced).toBe(true)
    expect(w * h).toBeLessThanOrEqual(limits.maxPixels)
    expect(result.scale).toBeGreaterThan(0.99)
  })

  it('always stays within the limits, and reports exactly when it lowered the scale', () => {
    for (const w of [1, 37.5, 640, 3000, 4097, 12_345, 2e7]) {
      for (const h of [1, 480.2, 2048, 9000]) {
        for (const requested of [1, 2, 3, 4]) {
          const { scale, reduced } = safeExportScale({ w, h }, requested)
          const px = pixels({ w, h }, scale)
          expect(scale).toBeGreaterThan(0)
          expect(scale).toBeLessThanOrEqual(requested)
          expect(reduced).toBe(scale < requested)
          expect(Math.max(px.w, px.h)).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide)
          expect(px.w * px.h).toBeLessThanOrEqual(CANVAS_LIMITS.maxPixels)
        }
      }
    }
  })
})

/** A stand-in canvas: records its size and what is drawn, and hands back `blob` from toBlob. */
function fakeCanvas(blob: Blob | null) {
  const drawn: unknown[][] = []
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) => (key in target ? target[key] : key === 'drawImage' ? (...args: unknown[]) => drawn.push(args) : () => undefined),
    set: (target, key, value) => {
      target[key] = value
      return true
    },
  })
  const canvas = { width: 0, height: 0, getContext: () => ctx, toBlob: (done: (b: Blob | null) => void) => done(blob) }
  vi.stubGlobal('document', { createElement: () => canvas })
  return { canvas, drawn }
}

describe('composeMapPng', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })
  const { legend } = fixtureMap()
  const png = new Blob(['png'], { type: 'image/png' })
  const graphAt = (scale: number) => ({ width: 500 * scale, height: 300 * scale }) as HTMLCanvasElement

  it('adds the legend panel and the header to the graph, by the documented formula', async () => {
    const { canvas, drawn } = fakeCanvas(png)
    await expect(composeMapPng(graphAt(1), legend, HEADER, { scale: 1, background: 'solid' })).resolves.toBe(png)
    expect(canvas.width).toBe(500 + 2 * 24 + 280)
    expect(canvas.height).toBeGreaterThanOrEqual(68 + 300 + 2 * 24)
    // The graph is drawn once, at its CSS size, inside the graph area.
    expect(drawn).toHaveLength(1)
    expect(drawn[0]?.slice(3)).toEqual([500, 300])
  })

  it('makes a 2× export twice the size of a 1× export', async () => {
    const sizes = []
    for (const scale of [1, 2, 3]) {
      const { canvas } = fakeCanvas(png)
      await composeMapPng(graphAt(scale), legend, HEADER, { scale, background: 'transparent' })
      sizes.push({ w: canvas.width, h: canvas.height })
    }
    const [one, two, three] = sizes
    expect(Math.abs(two!.w - 2 * one!.w)).toBeLessThanOrEqual(2)
    expect(Math.abs(two!.h - 2 * one!.h)).toBeLessThanOrEqual(2)
    expect(Math.abs(three!.w - 3 * one!.w)).toBeLessThanOrEqual(2)
  })

  it('rejects with a clear error when the browser returns no image', async () => {
    fakeCanvas(null)
    await expect(composeMapPng(graphAt(1), legend, HEADER, { scale: 1, background: 'solid' })).rejects.toThrow(/came out empty/)
    fakeCanvas(new Blob([]))
    await expect(composeMapPng(graphAt(1), legend, HEADER, { scale: 1, background: 'solid' })).rejects.toThrow(/came out empty/)
  })
})

describe('exportMapPng', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })
  const { legend } = fixtureMap()

  function fakeCy(bbox: { w: number; h: number }, graphPng: Blob) {
    const png = vi.fn((_options: object) => Promise.resolve(graphPng))
    const cy = { elements: () => ({ boundingBox: () => ({ x1: 0, y1: 0, x2: bbox.w, y2: bbox.h, ...bbox }) }), png } as unknown as Core
    const close = vi.fn()
    vi.stubGlobal('createImageBitmap', () => Promise.resolve({ width: Math.ceil(bbox.w) * 2, height: Math.ceil(bbox.h) * 2, close }))
    return { cy, png, close }
  }

  it('asks cytoscape for the whole graph at the exact scale, not multiplied by the screen pixel ratio', async () => {
    const { cy, png, close } = fakeCy({ w: 600, h: 400 }, new Blob(['graph']))
    fakeCanvas(new Blob(['page']))
    const result = await exportMapPng(cy, legend, HEADER, { scale: 2, background: 'solid' })
    expect(result).toMatchObject({ scale: 2, reduced: false })
    expect(png).toHaveBeenCalledWith(expect.objectContaining({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' }))
    // maxWidth/maxHeight make cytoscape skip its pixel-ratio multiplier; scale still decides the size.
    expect(png.mock.calls[0]?.[0]).toMatchObject({ maxWidth: 1200, maxHeight: 800 })
    expect(close).toHaveBeenCalled()
  })

  it('lowers the scale for a huge map and says so; transparent leaves out the background', async () => {
    const { cy, png } = fakeCy({ w: 3000, h: 2000 }, new Blob(['graph']))
    fakeCanvas(new Blob(['page']))
    const result = await exportMapPng(cy, legend, HEADER, { scale: 4, background: 'transparent' })
    expect(result.reduced).toBe(true)
    expect(result.scale).toBeLessThan(4096 / 3000)
    expect(png.mock.calls[0]?.[0]).not.toHaveProperty('bg')
  })

  it('rejects when the graph image is empty', async () => {
    const { cy } = fakeCy({ w: 600, h: 400 }, new Blob([]))
    fakeCanvas(new Blob(['page']))
    await expect(exportMapPng(cy, legend, HEADER, { scale: 1, background: 'solid' })).rejects.toThrow(/graph image came out empty/)
  })
})
