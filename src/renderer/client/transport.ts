import type { Bridge, Channel, HostCommand } from '../../core/channels'
import type { InputOf, OutputOf } from '../../core/contract'
import type { Result } from '../../core/result'

/*
 * The only module that touches the bridge: under the desktop host the preload's `window.kith`; under the
 * browser host a POST to /api/<channel> with the token from the URL fragment. Only types come from the
 * contract, so this module builds no schema and can run first (see first-read.ts).
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

/**
 * One backend call as it is, without checking the input first (backend-client's `call` does): the first
 * read of the network goes out through here before the contract's schemas are even built.
 */
export async function send<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
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
