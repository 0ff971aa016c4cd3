// What every step of the scale and WebGL benches needs: cleanup on exit, the browser host, Chromium,
// time limits that say what ran out, medians and number formats, and the machine line of a report.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const HOST_SCRIPT = path.join(ROOT, 'out/main/browser-host.js')
export const CYTOSCAPE_DIST = path.join(ROOT, 'node_modules/cytoscape/dist/cytoscape.min.js')
export const CHROMIUM_ARGS = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

// ---------------------------------------------------------------------------------------------------------
// Every host, server, browser and temp folder registers how to stop it; Ctrl+C runs them too.

const cleanups = new Map()
let nextCleanup = 0
export function onCleanup(fn) {
  const key = nextCleanup++
  cleanups.set(key, fn)
  return async () => {
    if (!cleanups.delete(key)) return
    await fn()
  }
}
export async function cleanupAll() {
  for (const [key, fn] of [...cleanups].reverse()) {
    cleanups.delete(key)
    try {
      await fn()
    } catch (error) {
      console.error(`Cleanup failed: ${error.message}`)
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping hosts and browser…`)
    void cleanupAll().finally(() => process.exit(130))
  })
}

export function fail(message) {
  console.error(message)
  process.exit(2)
}

/** A step that did not finish in time: reported as "timed out after N s", never waited for. */
export class TimedOut extends Error {
  constructor(seconds, what) {
    super(`timed out after ${seconds} s (${what})`)
    this.seconds = seconds
  }
}

/** `promise`, or a TimedOut after `ms`. The work itself goes on; the caller moves on. */
export function within(ms, what, promise) {
  let timer
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(Math.round(ms / 1000), what)), ms)
  })
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer))
}

// ---------------------------------------------------------------------------------------------------------
// The browser host, started like tests/e2e/fixtures.ts does; `openMs` is from spawn to the ready line, which
// the host prints only once the store is open.

const READY = /Kith is running at (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)/

export function startHost(dataDir, timeoutMs = 120_000) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [HOST_SCRIPT, '--data-dir', dataDir, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new TimedOut(timeoutMs / 1000, 'browser host start'))
    }, timeoutMs)
    child.stderr.on('data', (d) => (stderr += d.toString()))
    child.stdout.on('data', (d) => {
      stdout += d.toString()
      const match = READY.exec(stdout)
      if (match) {
        clearTimeout(timer)
        const [, origin, token] = match
        resolve({ url: `${origin}/#token=${token}`, origin, token, openMs: performance.now() - started, stop: onCleanup(() => stopHost(child)), stderr: () => stderr })
      }
    })
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`browser host exited with ${code}: ${stderr}`))
    })
  })
}

/** Ctrl+C, as a user stops it: the host saves what is queued and exits. SIGKILL only if it hangs. */
function stopHost(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const force = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGINT')
  })
}

/** One backend call over the host's HTTP API; resolves with the envelope and the round trip in ms. */
export async function callHost(host, channel, input) {
  const t0 = performance.now()
  const response = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  })
  const body = await response.json()
  return { body, ms: performance.now() - t0 }
}

// ---------------------------------------------------------------------------------------------------------

export function findChromium(explicit) {
  const own = () => {
    try {
      return chromium.executablePath()
    } catch {
      return null
    }
  }
  const candidates = [explicit, process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', own()]
  return candidates.find((p) => p && existsSync(p)) ?? null
}

export async function launchChromium(explicit, extraArgs = []) {
  const executablePath = findChromium(explicit)
  if (!executablePath) fail('No Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium) or pass --chromium PATH.')
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extraArgs] })
  onCleanup(() => browser.close())
  return { browser, executablePath }
}

export function machineLine(chromiumVersion) {
  const cpus = os.cpus()
  return `${cpus.length} CPUs (${cpus[0]?.model?.trim() ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.release()}, Chromium ${chromiumVersion}, Node ${process.version}`
}

// ---------------------------------------------------------------------------------------------------------

export function quantile(values, q) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
}
export const median = (values) => quantile(values, 0.5)
export const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${Math.round(ms).toLocaleString('en-US')} ms` : `${ms.toFixed(1)} ms`)
export const fmtMb = (bytes) => `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MB`
export const fmtCount = (n) => n.toLocaleString('en-US')
export const sizeLabel = (n) => (n % 1000 === 0 ? `${n / 1000}k` : fmtCount(n))
