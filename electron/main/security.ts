import { app, session, shell, type WebContents, type WebFrameMain } from 'electron'
import { externalLinkTarget } from '../host-common/external-links'
import { originOf } from '../host-common/origin'

/** Where the renderer is served from; the only origin allowed to call the backend. */
export const APP_ORIGIN = 'app://kith'

/** The one path for opening links outside Kith: web links and e-mail only (see externalLinkTarget), through the OS. */
export function openExternalSafely(url: string): void {
  const target = externalLinkTarget(url)
  if (!target) return
  // Nothing waits for the browser to open; a failure (no default browser) is only worth a log line.
  void shell.openExternal(target).catch((error: unknown) => console.error(`Kith could not open ${target}:`, error))
}

/** The dev server's address while developing (`npm run dev`), never in a packaged app. */
const devServerUrl = (): string | undefined => (app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL)

/** The page the window loads. */
export const rendererUrl = (): string => devServerUrl() ?? `${APP_ORIGIN}/index.html`

/** The renderer origin in use: the dev server's while developing, app:// otherwise. */
export function rendererOrigin(): string {
  const dev = devServerUrl()
  return (dev && originOf(dev)) || APP_ORIGIN
}

/** True only for the app's own top-level page; IPC from anything else is refused. */
export function isTrustedSender(frame: WebFrameMain | null): boolean {
  return frame !== null && frame.parent === null && originOf(frame.url) === rendererOrigin()
}

/** No navigation away, no new windows (links go to the system browser), no webviews, no permissions. */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => {
      if (originOf(event.url) !== rendererOrigin()) {
        event.preventDefault()
        openExternalSafely(event.url)
      }
    })
    contents.on('will-frame-navigate', (event) => {
      if (originOf(event.url) !== rendererOrigin()) event.preventDefault()
    })
    contents.on('will-redirect', (event) => {
      if (originOf(event.url) !== rendererOrigin()) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url)
      return { action: 'deny' }
    })
  })
}

export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}
