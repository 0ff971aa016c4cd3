import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { protocol } from 'electron'
import { MIME_TYPES, SECURITY_HEADERS, resolveStaticPath } from '../host-common/renderer-files'

/** Must run before the app is ready: app:// behaves like https (secure context, fetch, its own origin). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ])
}

/** Serves the built renderer at app://kith/ with the strict CSP header; nothing outside its folder. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url)
    const file = url.host === 'kith' ? resolveStaticPath(rendererDir, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS })
    try {
      const body = await readFile(file)
      return new Response(body, {
        headers: { ...SECURITY_HEADERS, 'Content-Type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream' },
      })
    } catch {
      return new Response('Not found', { status: 404, headers: SECURITY_HEADERS })
    }
  })
}
