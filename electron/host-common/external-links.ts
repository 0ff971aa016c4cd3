import { WEB_PROTOCOLS } from '../../src/core/web-links'

/** URL schemes (as `URL.protocol` spells them) that may open outside Kith: the web links the schema keeps, and e-mail. */
const EXTERNAL_SCHEMES: ReadonlySet<string> = new Set([...WEB_PROTOCOLS.map((p) => `${p}:`), 'mailto:'])

/**
 * The address to hand to the operating system for a link the user clicked, or null when Kith will not open it.
 *
 * Pure (no Electron), so the allow-list is tested directly; file:, javascript:, data: and custom schemes
 * could run code or read files outside the sandbox, so they are dropped.
 */
export function externalLinkTarget(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  return EXTERNAL_SCHEMES.has(parsed.protocol) ? parsed.toString() : null
}
