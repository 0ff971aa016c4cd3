import { describe, expect, it } from 'vitest'
import { bandBars, categoryBars, describeBars, reciprocityBars } from '../../../src/renderer/insights/chart-data'
import { barLength, linePoints, niceMax, pathThrough } from '../../../src/renderer/insights/chart-geometry'
import { BAND_LOOKS } from '../../../src/renderer/shared/encodings'
import { CATEGORY_COLORS } from '../../../src/renderer/shared/encodings'

const counts = { department: 7, 'cross-function': 15, 'other-industry': 0, author: 2, existing: 4, association: 3, leader: 8, social: 4 }

describe('chart geometry', () => {
  it('rounds an axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 15, 20, 23, 51, 100, 101].map(niceMax)).toEqual([1, 1, 5, 10, 20, 20, 50, 100, 100, 200])
  })

  it('draws bars in proportion, and never so thin that a non-zero value vanishes', () => {
    expect(barLength(10, 20, 200)).toBe(100)
    expect(barLength(20, 20, 200)).toBe(200)
    expect(barLength(0.01, 100, 200)).toBe(2)
    expect(barLength(0, 20, 200)).toBe(0)
    expect(barLength(30, 20, 200)).toBe(200)
  })

  it('places dated values by calendar day, top is the maximum, and sorts them by date', () => {
    const box = { x: 10, y: 0, width: 100, height: 50 }
    const points = linePoints(
      [
        { date: '2026-11-26', value: 50 },
        { date: '2026-11-16', value: 0 },
        { date: '2026-11-21', value: 100 },
      ],
      box,
      100,
    )
    expect(points.map((p) => [p.date, p.x, p.y])).toEqual([
      ['2026-11-16', 10, 50],
      ['2026-11-21', 60, 0],
      ['2026-11-26', 110, 25],
    ])
    expect(pathThrough(points)).toBe('M10 50 L60 0 L110 25')
  })

  it('puts a single value in the middle and keeps values inside the box', () => {
    expect(linePoints([{ date: '2026-11-26', value: 140 }], { x: 0, y: 0, width: 100, height: 40 }, 100)).toEqual([{ date: '2026-11-26', value: 140, x: 50, y: 0 }])
    expect(linePoints([], { x: 0, y: 0, width: 100, height: 40 }, 100)).toEqual([])
  })
})

describe('chart data', () => {
  it('gives each category the map’s colour and marks the empty ones', () => {
    const bars = categoryBars(counts)
    expect(bars.map((b) => b.key)).toEqual(Object.keys(counts))
    expect(bars.find((b) => b.key === 'leader')).toMatchObject({ label: 'Leaders in my field', value: 8, fill: CATEGORY_COLORS.leader, missing: false })
    expect(bars.filter((b) => b.missing).map((b) => b.label)).toEqual(['Other industries'])
    expect(describeBars('Contacts per category', bars)).toBe(
      'Contacts per category: My department 7, Other functions 15, Other industries none, Authors & bloggers 2, People I value 4, Associations 3, Leaders in my field 8, Social media 4.',
    )
  })

  it('draws the staleness bands the way the map does, and a zero band is just zero', () => {
    const bars = bandBars({ new: 2, fresh: 12, 'due-soon': 3, overdue: 6, dormant: 0 })
    expect(bars.map((b) => [b.label, b.value, b.fillOpacity, b.dash])).toEqual([
      ['New', 2, BAND_LOOKS.new.fillOpacity, null],
      ['Fresh', 12, BAND_LOOKS.fresh.fillOpacity, null],
      ['Due soon', 3, BAND_LOOKS['due-soon'].fillOpacity, null],
      ['Overdue', 6, BAND_LOOKS.overdue.fillOpacity, '4 3'],
      ['Dormant or never contacted', 0, BAND_LOOKS.dormant.fillOpacity, '1.5 2.5'],
    ])
    expect(bars.some((b) => b.missing)).toBe(false)
  })

  it('shows who helped whom in the words of the log form', () => {
    expect(reciprocityBars({ gave: 4, received: 23, mutual: 11, none: 6 }).map((b) => [b.label, b.value])).toEqual([
      ['I helped them', 4],
      ['They helped me', 23],
      ['We helped each other', 11],
    ])
  })
})
