import type { Bridge, Channel, HostCommand } from '../../core/channels'
import { parseInput, type InputOf, type OutputOf } from '../../core/contract'
import type { Result } from '../../core/result'

/*
 * The renderer's only door to the backend. Under the desktop host it calls the preload's bridge
 * (`window.kith`); under the browser host it POSTs to /api/<channel> with the token from the URL fragment.
 * Either way it answers the same result envelope and never throws.
 */

declare global {
  interface Window {
    kith?: Bridge
  }
}

const TOKEN_KEY = 'kith.token'

/** The browser host's token: from `#token=…` on first load, then from this tab's session storage. */
function browserToken(): string | null {
  const fromUrl = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    // Keep the secret out of the address bar, screenshots and history.
    history.replaceState(null, '', window.location.pathname + window.location.search)
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY)
}

let token = window.kith ? null : browserToken()

// Pasting a newly printed link into this tab only changes the fragment, which reloads nothing: start over.
if (!window.kith) {
  window.addEventListener('hashchange', () => {
    if (browserToken() !== null) window.location.reload()
  })
}

/** True inside the desktop app (Electron), false in a browser. */
export const isDesktopHost = (): boolean => window.kith !== undefined

/** False when the page was opened in a browser without the link the browser host printed (or with an old one). */
export const hasBackendAccess = (): boolean => window.kith !== undefined || token !== null

export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
  // The same check the backend makes first: bad input is explained without a round trip or a refused request.
  const checked = parseInput(channel, input)
  if (!checked.ok) return checked
  try {
    if (window.kith) return (await window.kith[channel](input)) as Result<OutputOf<C>>
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` },
      body: JSON.stringify(input),
    })
    if (response.status === 401) {
      // The server restarted with a new token: this tab's one will never work again.
      sessionStorage.removeItem(TOKEN_KEY)
      token = null
    }
    return (await response.json()) as Result<OutputOf<C>>
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Kith’s backend is not answering. Is the Kith window or `npm run serve` still running?' },
    }
  }
}

/** Runs `listener` for commands from the desktop menu; the browser host has no menu. Returns the unsubscribe. */
export function onHostCommand(listener: (command: HostCommand) => void): () => void {
  return window.kith ? window.kith.onCommand(listener) : () => undefined
}

export type SaveOutcome = { readonly saved: true; readonly where: string } | { readonly saved: false; readonly message: string | null }

/**
 * Saves an exported file (a map image, a backup, a spreadsheet, a graph): the desktop app asks where with its
 * native dialog; a browser downloads it. `message` is null when the user cancelled, else why it failed.
 */
export async function saveFile(fileName: string, blob: Blob): Promise<SaveOutcome> {
  if (!window.kith) {
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.click()
    // The download has its own copy once it starts; free the blob a little later.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
    return { saved: true, where: `your downloads (${fileName})` }
  }
  const result = await call('export:save', { fileName, base64: await toBase64(blob) })
  if (!result.ok) return { saved: false, message: result.error.message }
  return result.value.path ? { saved: true, where: result.value.path } : { saved: false, message: null }
}

/** The map's image export saves the same way as every other export. */
export const saveImage = saveFile

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let binary = ''
  // In slices: String.fromCharCode with millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
