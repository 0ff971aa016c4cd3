import type { Channel } from '../../core/channels'
import { parseInput, type InputOf, type OutputOf } from '../../core/contract'
import type { Result } from '../../core/result'
import { isDesktopHost, send } from './transport'

/*
 * The renderer's door to the backend: every call checked against the contract, then sent by transport.ts
 * (the only module that touches the bridge). Either way it answers the same result envelope and never throws.
 */

export { hasBackendAccess, isDesktopHost, onHostCommand } from './transport'

export async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>> {
  // The same check the backend makes first: bad input is explained without a round trip or a refused request.
  const checked = parseInput(channel, input)
  if (!checked.ok) return checked
  return send(channel, input)
}


export type SaveOutcome = { readonly saved: true; readonly where: string } | { readonly saved: false; readonly message: string | null }

/**
 * Saves an exported file (a map image, a backup, a spreadsheet, a graph): the desktop app asks where with its
 * native dialog; a browser downloads it. `message` is null when the user cancelled, else why it failed.
 */
export async function saveFile(fileName: string, blob: Blob): Promise<SaveOutcome> {
  if (!isDesktopHost()) {
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
