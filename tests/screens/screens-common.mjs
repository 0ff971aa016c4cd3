// What the screenshot scripts share: their command-line options and a browser host on a data folder.
import { spawn } from 'node:child_process'

/** `--name value` from the command line, or the fallback; the first bare argument is the output folder. */
export function readArgs(argv, defaultOut) {
  const option = (name, fallback) => {
    const at = argv.indexOf(`--${name}`)
    return at >= 0 ? argv[at + 1] : fallback
  }
  const outDir = argv[0] && !argv[0].startsWith('--') ? argv[0] : defaultOut
  return { option, outDir }
}

/** "1440x900,1024x700" → [[1440, 900], [1024, 700]]. */
export const parseSizes = (list) => list.split(',').map((s) => s.split('x').map(Number))

/**
 * Starts the built browser host (out/main) on `dataDir`; `stop()` ends it the way Ctrl+C does, and
 * `api(channel, input)` calls a backend channel the way the page does, answering its value or throwing.
 */
export async function startHost(dataDir) {
  const host = spawn(process.execPath, ['out/main/browser-host.js', '--data-dir', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise((resolve, reject) => {
    let out = ''
    host.stdout.on('data', (d) => {
      out += d
      const m = /Kith is running at (\S+)/.exec(out)
      if (m) resolve(m[1])
    })
    host.on('exit', (code) => reject(new Error(`host exited ${code}`)))
  })
  const stop = () => {
    host.kill('SIGINT')
    return new Promise((resolve) => host.once('exit', resolve))
  }
  const { origin, hash } = new URL(url)
  const token = new URLSearchParams(hash.slice(1)).get('token')
  const api = async (channel, input) => {
    const response = await fetch(`${origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, Origin: origin },
      body: JSON.stringify(input),
    })
    const result = await response.json()
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value
  }
  return { url, stop, api }
}
