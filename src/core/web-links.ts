/**
 * The protocols a stored web address (LinkedIn URL, website) may use, without the colon.
 *
 * One list for the schema that accepts links and the desktop app that opens them, so a link Kith keeps is
 * always a link it can open. The first is what a bare "example.com" becomes.
 */
export const WEB_PROTOCOLS = ['https', 'http'] as const
export type WebProtocol = (typeof WEB_PROTOCOLS)[number]
