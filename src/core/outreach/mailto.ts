/*
 * mailto: links (RFC 6068). Subject and body are percent-encoded as UTF-8; every line break becomes
 * %0D%0A, and a space is %20, never "+", which mail clients would show as a plus. A contact without an
 * e-mail address gets no link: the composer offers copy only.
 */

/** Past about this many characters some mail clients cut a mailto link short; the composer suggests copying instead. */
export const MAILTO_SAFE_LENGTH = 2000

const SIMPLE_ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/

/** Lone surrogate halves (from a broken paste) cannot be encoded as UTF-8; they become U+FFFD. */
const wellFormed = (text: string): string => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')

/** Every line break as CRLF, which RFC 6068 requires in a body. */
export const crlf = (text: string): string => text.replace(/\r\n|\r|\n/g, '\r\n')

/** encodeURIComponent escapes everything but letters, digits and -_.!~*'() , which RFC 6068 allows as they are. */
const encode = (text: string): string => encodeURIComponent(crlf(wellFormed(text)))

export interface Mailto {
  readonly url: string
  /** True when the link is longer than MAILTO_SAFE_LENGTH and may be cut short by the mail client. */
  readonly long: boolean
}

/** The mailto link for one address, or null when the address is empty or does not look like one. */
export function mailtoLink(address: string, subject: string, body: string): Mailto | null {
  const to = address.trim()
  if (!SIMPLE_ADDRESS.test(to)) return null
  const parts = [subject !== '' ? `subject=${encode(subject)}` : '', body !== '' ? `body=${encode(body)}` : ''].filter((p) => p !== '')
  const url = `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}${parts.length > 0 ? `?${parts.join('&')}` : ''}`
  return { url, long: url.length > MAILTO_SAFE_LENGTH }
}
