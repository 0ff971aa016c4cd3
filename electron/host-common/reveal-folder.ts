import { spawn } from 'node:child_process'

/** How long a file manager launcher may run before we take it as having opened the folder. */
const STILL_RUNNING_MEANS_OPEN_MS = 1500

/**
 * Opens `dir` in the system file manager. Resolves false when there is none or it fails (a headless
 * machine), so the caller can show the path instead.
 */
export function revealWithSystemFileManager(dir: string): Promise<boolean> {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  return new Promise((resolve) => {
    const child = spawn(command, [dir], { stdio: 'ignore' })
    const timer = setTimeout(() => {
      child.unref()
      resolve(true)
    }, STILL_RUNNING_MEANS_OPEN_MS)
    child.once('error', () => {
      clearTimeout(timer)
      resolve(false)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      // explorer.exe exits with 1 even when it opened the folder.
      resolve(code === 0 || process.platform === 'win32')
    })
  })
}
