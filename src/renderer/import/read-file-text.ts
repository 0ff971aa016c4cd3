/** Thrown (as a rejection) when the user cancelled the reading. */
export class ReadCancelled extends Error {}

/**
 * Reads a file the user picked or dropped as UTF-8 text, calling `onProgress` with the share read so far (the
 * browser reports it every few dozen milliseconds on a large file). Aborting `signal` stops the reading and
 * rejects with ReadCancelled; a file that cannot be read rejects with a message naming it.
 */
export function readFileText(file: File, onProgress: (share: number) => void, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    }
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read${reader.error ? ` (${reader.error.message})` : ''}. Check that the file is still there, then choose it again.`))
    reader.onabort = () => reject(new ReadCancelled())
    if (signal.aborted) return reject(new ReadCancelled())
    signal.addEventListener('abort', () => reader.abort(), { once: true })
    reader.readAsText(file, 'utf-8')
  })
}
