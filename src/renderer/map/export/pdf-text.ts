/**
 * Text the PDF's built-in Helvetica can show.
 *
 * jsPDF's standard fonts are WinAnsi-encoded: Latin-1 (é, ü, ñ, ß, Å…) plus a few extras (Œ, Š, Ž, €, “ ”,
 * –, …). A string holding any other character is written as UTF-16 and prints as gibberish, the whole
 * string, not just that letter. Kith ships no font with wider coverage, so text is brought into WinAnsi:
 * a letter loses only the accents Helvetica lacks (Dvořák → Dvorák, Nguyễn → Nguyên, Łukasz → Lukasz),
 * and what is left (Cyrillic, Greek, CJK, Arabic, emoji…) becomes "?". The dialog names the people so
 * changed, so the user knows to use the SVG or PNG for them.
 */

/** The characters WinAnsiEncoding gives 0x80–0x9F, beyond Latin-1. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

/** Letters with a stroke or other mark that Unicode does not decompose, and their plain letter. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŧ: 'T', ŧ: 't', Ŀ: 'L', ŀ: 'l', ĸ: 'k', Ŋ: 'N', ŋ: 'n',
}

/** Whether Helvetica in WinAnsiEncoding has a glyph for `ch`. */
export function isWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WIN_ANSI_EXTRAS.has(ch)
}

/** `text` with every character Helvetica cannot show replaced as the module comment describes. */
export function pdfSafeText(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) {
    if (isWinAnsi(ch)) out += ch
    else if (PLAIN_LETTERS[ch]) out += PLAIN_LETTERS[ch]
    else out += withoutMissingAccents(ch) ?? (/[\p{M}\p{Cf}]/u.test(ch) ? '' : ch.trim() === '' ? ' ' : '?')
  }
  return out
}

/**
 * `ch` with its accents taken off, last first, until Helvetica has it (ễ → ê, ř → r), or null when even the
 * bare letter is not in WinAnsi.
 */
function withoutMissingAccents(ch: string): string | null {
  const parts = Array.from(ch.normalize('NFD'))
  while (parts.length > 1 && /\p{M}/u.test(parts[parts.length - 1] ?? '')) {
    parts.pop()
    const candidate = parts.join('').normalize('NFC')
    if (Array.from(candidate).every(isWinAnsi)) return candidate
  }
  return null
}
