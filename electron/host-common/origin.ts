/**
 * `scheme://host[:port]` of a URL, or null when it does not parse.
 *
 * Not `URL.origin`: for custom schemes such as app:// that is the string "null", which would make every
 * app page look alike (or none look trusted).
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`
  } catch {
    return null
  }
}
