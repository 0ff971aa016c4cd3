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

/** Starts the built browser host (out/main) on `dataDir`; `stop()` ends it the way Ctrl+C does. */
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
  return { url, stop }
}
