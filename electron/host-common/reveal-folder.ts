import { spawn } from 'node:child_process'

/** Opens `dir` in the system file manager; resolves false when there is none (a headless machine). */
export function revealWithSystemFileManager(dir: string): Promise<boolean> {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  return new Promise((resolve) => {
    const child = spawn(command, [dir], { detached: true, stdio: 'ignore' })
    child.once('error', () => resolve(false))
    child.once('spawn', () => {
      child.unref()
      resolve(true)
    })
  })
}
