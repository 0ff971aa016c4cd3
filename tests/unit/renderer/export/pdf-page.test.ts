import { describe, expect, it } from 'vitest'
import { defaultPaperSize, fitOnPage, PAGE_MARGIN, PAPER_SIZES, pdfGraphScale, PRINT_SCALE } from '../../../../src/renderer/map/export/pdf-page'

const a4 = PAPER_SIZES.a4
const letter = PAPER_SIZES.letter

describe('paper sizes', () => {
  it('are landscape A4 and Letter in points', () => {
    expect([a4.width, a4.height]).toEqual([841.89, 595.28])
    expect([letter.width, letter.height]).toEqual([792, 612])
  })
})

describe('fitOnPage', () => {
  it('fits a wide drawing to the width, keeps its aspect and centres it vertically', () => {
    // 2000 × 500 px on A4: width is the limit, (841.89 − 72) / 2000 = 0.384945.
    const p = fitOnPage({ w: 2000, h: 500 }, a4)
    expect(p.scale).toBeCloseTo(769.89 / 2000, 6)
    expect(p.x).toBeCloseTo(PAGE_MARGIN, 6)
    expect(p.width).toBeCloseTo(769.89, 6)
    expect(p.height).toBeCloseTo(500 * p.scale, 6)
    expect(p.y).toBeCloseTo((595.28 - p.height) / 2, 6)
    expect(p.width / p.height).toBeCloseTo(4, 9)
  })

  it('fits a tall drawing to the height and centres it horizontally', () => {
    const p = fitOnPage({ w: 600, h: 1800 }, letter)
    expect(p.scale).toBeCloseTo((612 - 72) / 1800, 9)
    expect(p.y).toBeCloseTo(PAGE_MARGIN, 9)
    expect(p.height).toBeCloseTo(540, 9)
    expect(p.width).toBeCloseTo(180, 9)
    expect(p.x).toBeCloseTo((792 - 180) / 2, 9)
  })

  it('enlarges a small drawing to fill the page, margin kept', () => {
    const p = fitOnPage({ w: 100, h: 50 }, letter)
    expect(p.scale).toBeCloseTo(7.2, 9)
    expect(p.x).toBeCloseTo(36, 9)
    expect(p.y).toBeCloseTo((612 - 360) / 2, 9)
  })

  it('keeps every drawing inside the margin, whatever its shape', () => {
    for (const [w, h] of [[1, 1], [1, 100_000], [100_000, 1], [841.89, 595.28], [3000, 2121], [0, 0]] as const) {
      for (const paper of [a4, letter]) {
        const p = fitOnPage({ w, h }, paper)
        expect(p.x).toBeGreaterThanOrEqual(PAGE_MARGIN - 1e-9)
        expect(p.y).toBeGreaterThanOrEqual(PAGE_MARGIN - 1e-9)
        expect(p.x + p.width).toBeLessThanOrEqual(paper.width - PAGE_MARGIN + 1e-9)
        expect(p.y + p.height).toBeLessThanOrEqual(paper.height - PAGE_MARGIN + 1e-9)
        // Touches the margin on at least one axis: as large as it can be.
        expect(Math.min(Math.abs(p.x - PAGE_MARGIN), Math.abs(p.y - PAGE_MARGIN))).toBeLessThan(1e-9)
      }
    }
  })
})

describe('defaultPaperSize', () => {
  it('picks Letter where US paper is the norm and A4 elsewhere', () => {
    expect(defaultPaperSize('en-US')).toBe('letter')
    expect(defaultPaperSize('fr-CA')).toBe('letter')
    expect(defaultPaperSize('es-MX')).toBe('letter')
    expect(defaultPaperSize('en-GB')).toBe('a4')
    expect(defaultPaperSize('de-DE')).toBe('a4')
    expect(defaultPaperSize('zh-Hant-TW')).toBe('a4')
    expect(defaultPaperSize('en')).toBe('a4')
  })
})

describe('pdfGraphScale', () => {
  const fixed = { width: 328, height: 116 }
  it('shrinks a large graph so the page, header and legend at screen size, fits the sheet', () => {
    // A4 room in CSS px: (841.89 − 72) / 0.75 = 1026.52 wide, (595.28 − 72) / 0.75 = 697.71 tall.
    const k = pdfGraphScale({ w: 30_000, h: 30_000 }, a4, fixed)
    expect(k).toBeCloseTo((697.7066667 - 116) / 30_000, 6)
    const page = { w: 30_000 * k + fixed.width, h: 30_000 * k + fixed.height }
    expect(fitOnPage(page, a4).scale).toBeCloseTo(PRINT_SCALE, 6)
  })

  it('lets the width decide for a wide graph', () => {
    const k = pdfGraphScale({ w: 4000, h: 500 }, letter, fixed)
    expect(k).toBeCloseTo(((792 - 72) / 0.75 - 328) / 4000, 9)
  })

  it('enlarges a small graph at most twice', () => {
    expect(pdfGraphScale({ w: 120, h: 80 }, a4, fixed)).toBe(2)
    expect(pdfGraphScale({ w: 0, h: 0 }, a4, fixed)).toBe(2)
  })
})
