import { describe, expect, it } from 'vitest'
import { ContactDraft } from '../../../src/core/schema'
import { WEB_PROTOCOLS } from '../../../src/core/web-links'
import { externalLinkTarget } from '../../../electron/host-common/external-links'

/** What the contact form would keep as a website, or null when it refuses the address. */
const keptWebsite = (website: string): string | null => {
  const parsed = ContactDraft.safeParse({ name: 'Ana', categories: ['social'], website })
  return parsed.success ? parsed.data.website : null
}

const CANDIDATE_SCHEMES = ['https', 'http', 'ftp', 'file', 'javascript', 'data', 'mailto', 'app', 'kith', 'ws', 'chrome', 'vbscript', 'ms-settings']

describe('opening links outside Kith', () => {
  it('opens every web address the contact form keeps, http included', () => {
    expect(WEB_PROTOCOLS).toEqual(expect.arrayContaining(['http', 'https']))
    for (const scheme of CANDIDATE_SCHEMES) {
      const url = `${scheme}://www.example.com/in/ana`
      const kept = keptWebsite(url)
      if (kept !== null) expect(externalLinkTarget(kept), `${scheme}: is kept but would not open`).toBe(url)
    }
    expect(keptWebsite('http://example.com/')).toBe('http://example.com/')
    expect(externalLinkTarget('http://example.com/')).toBe('http://example.com/')
    // A bare address is kept as https and opens as such.
    expect(externalLinkTarget(keptWebsite('www.linkedin.com/in/ana') ?? '')).toBe('https://www.linkedin.com/in/ana')
  })

  it('opens e-mail links', () => {
    expect(externalLinkTarget('mailto:ana@example.com')).toBe('mailto:ana@example.com')
  })

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://kith/index.html',
    'kith://open',
    'ms-settings:privacy',
    'vbscript:msgbox',
    'ftp://example.com/file',
    'not a url',
    '',
  ])('does not open %s', (url) => {
    expect(externalLinkTarget(url)).toBeNull()
  })
})
