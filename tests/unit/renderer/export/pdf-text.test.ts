import { describe, expect, it } from 'vitest'
import { isWinAnsi, pdfSafeText } from '../../../../src/renderer/map/export/pdf-text'

describe('pdfSafeText', () => {
  it('keeps Latin-1 accents and the WinAnsi extras as they are', () => {
    for (const name of ['José Müller', 'Zoë', 'François Ørsted-Ångström', 'Œdipe Šimek Žan Ÿves', 'O’Neil “Ned” – 50 € …']) {
      expect(pdfSafeText(name)).toBe(name)
    }
  })

  it('takes off accents Helvetica lacks, keeping the letter', () => {
    expect(pdfSafeText('Antonín Dvořák')).toBe('Antonín Dvorák')
    expect(pdfSafeText('Łukasz Żółć')).toBe('Lukasz Zólc')
    // ễ is ê with a tilde: only the tilde goes.
    expect(pdfSafeText('Nguyễn Thị Đào')).toBe('Nguyên Thi Dào')
    // Decomposed input (e + combining acute) comes out composed, as Helvetica's é.
    expect(pdfSafeText('Rene\u0301e')).toBe('Renée')
  })

  it('marks letters of other scripts with "?", one per character, and drops invisible joiners', () => {
    expect(pdfSafeText('Иван Петров')).toBe('???? ??????')
    expect(pdfSafeText('李小龙 (Bruce)')).toBe('??? (Bruce)')
    expect(pdfSafeText('Ana 👩\u200d💻')).toBe('Ana ??')
    expect(pdfSafeText('thin\u2009space')).toBe('thin space')
  })

  it('always returns text Helvetica can show', () => {
    const samples = ['José', 'Ἀριστοτέλης', 'محمد', 'दिल्ली', 'ß ẞ', '\u0000\u001f tab\t', 'a\u0301\u0302']
    for (const s of samples) for (const ch of pdfSafeText(s)) expect(isWinAnsi(ch), `${JSON.stringify(ch)} from ${s}`).toBe(true)
  })
})
