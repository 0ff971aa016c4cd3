import { describe, expect, it } from 'vitest'
import { parseColor } from '../../../../src/renderer/map/export/pdf-text-layer'

describe('parseColor', () => {
  it('reads the colour forms the SVG export writes', () => {
    expect(parseColor('#1f2933')).toEqual({ r: 31, g: 41, b: 51, a: 1 })
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 })
    expect(parseColor('rgb(228,231,235)')).toEqual({ r: 228, g: 231, b: 235, a: 1 })
    expect(parseColor('rgba(21, 26, 31, 0.8)')).toEqual({ r: 21, g: 26, b: 31, a: 0.8 })
    expect(parseColor('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 })
  })

  it('answers null for what it cannot read, so the caller picks a default', () => {
    for (const value of [null, '', 'none', 'tomato', '#12345', 'rgb(1,2)', 'url(#g)']) expect(parseColor(value)).toBeNull()
  })
})
