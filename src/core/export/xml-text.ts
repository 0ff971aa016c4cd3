/** Characters XML 1.0 does not allow anywhere, even escaped: most C0 controls, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns a raw CR into LF, and in attributes tab and LF into spaces: as references they survive.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
}

/** Text for element content: markup escaped, forbidden characters dropped, a CR kept as a reference. */
export const xmlText = (value: string): string => value.replace(NOT_XML, '').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] as string)

/** Text for an attribute value in double quotes: as xmlText, and quotes, tabs and line breaks as references. */
export const xmlAttribute = (value: string): string => value.replace(NOT_XML, '').replace(/[&<>"'\r\n\t]/g, (c) => TEXT_ESCAPES[c] as string)
