/**
 * Text width estimates, for fitting labels and notes into the export's fixed layout.
 *
 * The SVG is built without a DOM, so text cannot be measured; an estimate from average glyph widths of
 * system sans-serif fonts is close enough to place, truncate and wrap text, and the PNG uses the same
 * estimate so both exports break lines in the same places.
 */

/** Average advance of a glyph, in ems. */
const LATIN_EM = 0.53
const BOLD_EM = 0.58
/** CJK ideographs, kana, Hangul and fullwidth forms are about one em wide. */
const WIDE_EM = 1

const ELLIPSIS = '…'

/** Scripts whose glyphs are about one em wide: CJK, Hangul, fullwidth forms, emoji and beyond. */
function isWide(codePoint: number): boolean {
  return (codePoint >= 0x2e80 && codePoint <= 0xa4cf) || (codePoint >= 0xac00 && codePoint <= 0xd7a3) || (codePoint >= 0xf900 && codePoint <= 0xfaff) || (codePoint >= 0xff00 && codePoint <= 0xff60) || codePoint >= 0x1f300
}

/**
 * Estimated width of `text` in CSS pixels.
 *
 * Slightly generous on purpose: text that overflows its place looks broken, a little extra room does not.
 */
export function estimateTextWidth(text: string, size: number, weight = 400): number {
  const em = weight >= 600 ? BOLD_EM : LATIN_EM
  let width = 0
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? WIDE_EM : em
  return width * size
}

/**
 * `text`, cut with an ellipsis when it is wider than `maxWidth`, like the map's own label ellipsis.
 *
 * Cuts between code points, never inside a surrogate pair, so the result stays valid UTF-16 and UTF-8.
 */
export function fitText(text: string, maxWidth: number, size: number, weight = 400): string {
  if (estimateTextWidth(text, size, weight) <= maxWidth) return text
  // No glyph is narrower than LATIN_EM, which bounds how many can fit and keeps long text cheap to cut.
  const chars = Array.from(text).slice(0, Math.floor(maxWidth / (size * LATIN_EM)))
  while (chars.length > 0 && estimateTextWidth(chars.join('') + ELLIPSIS, size, weight) > maxWidth) chars.pop()
  return chars.join('').trimEnd() + ELLIPSIS
}

/**
 * `text` broken into lines at spaces so each fits `maxWidth`.
 *
 * The legend panel has a fixed width, and a filter note can name many tags; a single word too long for a
 * line is cut rather than overflowing the panel.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight = 400): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (estimateTextWidth(candidate, size, weight) <= maxWidth) {
      line = candidate
    } else {
      if (line) lines.push(line)
      line = fitText(word, maxWidth, size, weight)
    }
  }
  if (line) lines.push(line)
  return lines
}
