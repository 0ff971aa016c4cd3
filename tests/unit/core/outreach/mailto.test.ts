import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { crlf, MAILTO_SAFE_LENGTH, mailtoLink } from '../../../../src/core/outreach/mailto'

/** Splits a mailto link back into its address and decoded headers, as a mail client would. */
function parse(url: string): { to: string; headers: Map<string, string> } {
  expect(url.startsWith('mailto:')).toBe(true)
  const [to = '', query = ''] = url.slice('mailto:'.length).split('?')
  const headers = new Map<string, string>()
  for (const pair of query === '' ? [] : query.split('&')) {
    const [name = '', value = ''] = pair.split('=')
    headers.set(name, decodeURIComponent(value))
  }
  return { to: decodeURIComponent(to), headers }
}

describe('mailto links', () => {
  it('encode accents, emoji and the characters that would break the link, with CRLF line breaks and %20 spaces', () => {
    const link = mailtoLink(' zoe@example.org ', 'Zoë & Ana: 100% sure? #1', 'Hi Zoë 👋\nQ&A = yes?\r\nSee #2 + more')
    expect(link?.url).toBe(
      'mailto:zoe@example.org?subject=Zo%C3%AB%20%26%20Ana%3A%20100%25%20sure%3F%20%231' +
        '&body=Hi%20Zo%C3%AB%20%F0%9F%91%8B%0D%0AQ%26A%20%3D%20yes%3F%0D%0ASee%20%232%20%2B%20more',
    )
    expect(link?.url).not.toContain('+')
    expect(link?.long).toBe(false)
  })

  it('give no link without an e-mail address, or with one that is not an address', () => {
    expect(mailtoLink('', 'Hi', 'Body')).toBeNull()
    expect(mailtoLink('ana at example.org', 'Hi', 'Body')).toBeNull()
    expect(mailtoLink('ana@example.org?cc=evil@example.org', 'Hi', 'Body')).toBeNull()
  })

  it('leave out an empty subject or body', () => {
    expect(mailtoLink('a@b.co', '', '')?.url).toBe('mailto:a@b.co')
    expect(mailtoLink('a@b.co', '', 'x')?.url).toBe('mailto:a@b.co?body=x')
  })

  it('keep a long body whole and say it is long', () => {
    const body = Array.from({ length: 200 }, (_, i) => `Line ${i}: ça va? 50% & more`).join('\n')
    const link = mailtoLink('a@b.co', 'Long', body)
    expect(link?.long).toBe(true)
    expect(link!.url.length).toBeGreaterThan(MAILTO_SAFE_LENGTH)
    expect(parse(link!.url).headers.get('body')).toBe(crlf(body))
  })

  it('round-trip: decoding the parts gives back the subject and body, line breaks as CRLF', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 300 })
    const withBreaks = fc.array(fc.oneof(text, fc.constantFrom('\n', '\r\n', '\r', '&', '?', '#', '%', '=', '+', ' ')), { maxLength: 20 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(withBreaks, withBreaks, (subject, body) => {
        const link = mailtoLink('someone@example.org', subject, body)
        const { to, headers } = parse(link!.url)
        expect(to).toBe('someone@example.org')
        expect(headers.get('subject') ?? '').toBe(crlf(subject))
        expect(headers.get('body') ?? '').toBe(crlf(body))
        expect(link!.url).not.toMatch(/[\s+]/)
      }),
    )
  })

  it('replace a lone surrogate rather than fail', () => {
    expect(parse(mailtoLink('a@b.co', 'x\uD800y', '')!.url).headers.get('subject')).toBe('x\uFFFDy')
  })
})
