import { describe, expect, it } from 'vitest'
import { CATEGORIES } from '../../../src/core/categories'
import { emptyNetwork, NetworkFile } from '../../../src/core/network-file'
import { updateSettings } from '../../../src/core/network-ops'
import { EXPORT_PALETTES } from '../../../src/renderer/map/export/export-layout'
import { bandLook, BAND_LOOKS, CATEGORY_COLORS, MAP_COLORS } from '../../../src/renderer/shared/encodings'
import { resolveTheme } from '../../../src/renderer/shared/theme'
import { STALENESS_BANDS } from '../../../src/core/staleness'

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe('theme', () => {
  it('follows the system unless the user chose light or dark', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('light', true)).toBe('light')
    expect(resolveTheme('dark', false)).toBe('dark')
  })

  it('is a setting files written before it existed load without, as "system", and a patch without it keeps it', () => {
    const { theme: _, ...oldSettings } = emptyNetwork().settings
    const loaded = NetworkFile.parse({ ...emptyNetwork(), settings: oldSettings })
    expect(loaded.settings.theme).toBe('system')
    const dark = updateSettings(loaded, { theme: 'dark' })
    if (!dark.ok) throw new Error(dark.error.message)
    const later = updateSettings(dark.value.file, { monthlyTarget: 4 })
    if (!later.ok) throw new Error(later.error.message)
    expect(later.value.file.settings.theme).toBe('dark')
  })

  it('keeps every category colour at 3:1 or more against the dark canvas, as graphics need', () => {
    for (const category of CATEGORIES) expect(contrast(CATEGORY_COLORS[category], MAP_COLORS.dark.canvas), category).toBeGreaterThanOrEqual(3)
  })

  it('draws names, the fresh ring and the laid-off ring readably on the dark canvas', () => {
    const dark = MAP_COLORS.dark
    expect(contrast(dark.label, dark.canvas)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(dark.bandBorders.fresh, dark.canvas)).toBeGreaterThanOrEqual(4.5)
    expect(contrast(dark.laidOff, dark.canvas)).toBeGreaterThanOrEqual(3)
    expect(contrast(dark.match, dark.canvas)).toBeGreaterThanOrEqual(3)
  })

  it('changes only the ring colour of a band between themes', () => {
    for (const band of STALENESS_BANDS) {
      expect(bandLook(band, 'light')).toEqual(BAND_LOOKS[band])
      expect({ ...bandLook(band, 'dark'), borderColor: BAND_LOOKS[band].borderColor }).toEqual(BAND_LOOKS[band])
    }
  })

  it('gives exports a light and a dark page whose text reads on their panels', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colors = EXPORT_PALETTES[theme]
      expect(contrast(colors.title, colors.band), theme).toBeGreaterThanOrEqual(4.5)
      expect(contrast(colors.text, colors.band), theme).toBeGreaterThanOrEqual(4.5)
    }
    expect(contrast(EXPORT_PALETTES.dark.page, '#000000')).toBeLessThan(1.5)
  })
})
