// `npm start`: launches the desktop app with Electron. Electron fetches its binary on first use; where
// that download is impossible (no network to GitHub), say so in one line and point to the browser host.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const electronDir = path.dirname(require.resolve('electron/package.json'))

function installedBinary() {
  try {
    const relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8')
    const binary = path.join(electronDir, 'dist', relative)
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

let binary = installedBinary()
if (!binary) {
  console.log('Downloading Electron for the desktop app (first start only)…')
  spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 })
  binary = installedBinary()
}
if (!binary) {
  console.error('Kith could not start its desktop window: Electron’s binary could not be downloaded here. Use Kith in your browser instead: npm run serve')
  process.exit(1)
}

const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
