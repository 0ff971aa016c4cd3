import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test as base, type Page } from '@playwright/test'
import type { Core } from 'cytoscape'

declare global {
  interface Window {
    /** The renderer's live map (src/renderer/map/use-cytoscape.ts). */
    cy?: Core
  }
}

export interface KithHost {
  readonly url: string
  readonly origin: string
  readonly token: string
  readonly dataDir: string
}

const HOST_SCRIPT = path.resolve('out/main/browser-host.js')
const READY = /Kith is running at (http:\/\/127\.0\.0\.1:(\d+))\/#token=(\S+)/

/** Starts the built browser host on `dataDir` and resolves once it prints its address. */
export function startHost(dataDir: string, port = 0): Promise<{ host: KithHost; process: ChildProcess; stderr: () => string }> {
  return new Promise((resolve, reject) => {
    // An empty PATH: no file manager, whatever this machine has installed, so "Open data folder" behaves the same everywhere.
    const child = spawn(process.execPath, [HOST_SCRIPT, '--data-dir', dataDir, '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: '' },
    })
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
      const match = READY.exec(stdout)
      if (match) {
        const [, origin, , token] = match as unknown as [string, string, string, string]
        resolve({ host: { url: `${origin}/#token=${token}`, origin, token, dataDir }, process: child, stderr: () => stderr })
      }
    })
    child.on('exit', (code) => reject(new Error(`browser host exited with ${code}: ${stderr}`)))
  })
}

/** Stops a host the way a user does (Ctrl+C) and waits for it to save and exit. */
export function stopHost(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode)
    child.once('exit', (code) => resolve(code))
    child.kill('SIGINT')
  })
}

type Fixtures = {
  /** A fresh data folder per test, removed afterwards. */
  dataDir: string
  /** The browser host on that folder; tests may fill the folder before asking for it. */
  kith: KithHost
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kith-e2e-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  kith: async ({ dataDir }, use) => {
    const started = await startHost(dataDir)
    await use(started.host)
    await stopHost(started.process)
  },
})

export { expect } from '@playwright/test'

/** Pixels with any colour across the map's canvas layers: proof that cytoscape really drew. */
export function drawnPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = 0
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.map-canvas canvas')) {
      const context = canvas.getContext('2d')
      if (!context || canvas.width === 0) continue
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++
    }
    return count
  })
}

/** How many contacts the live map holds (drawn or filtered out). */
export const contactNodeCount = (page: Page) => page.evaluate(() => window.cy?.nodes('[kind = "contact"]').length ?? -1)

/**
 * kith.json's bytes once nothing is pending: every change is followed by the day's snapshot after a pause
 * (electron/backend/day-snapshot.ts), and asking for the insights records a due one at once. For tests that
 * prove a refused input wrote nothing.
 */
export async function settledBytes(page: Page, kith: KithHost): Promise<Buffer> {
  const answer = await page.request.post(`${kith.origin}/api/insights:get`, { data: {}, headers: { Authorization: `Bearer ${kith.token}` } })
  if (!answer.ok()) throw new Error(`insights:get answered ${answer.status()}`)
  return readFileSync(path.join(kith.dataDir, 'kith.json'))
}

/** Every backend call the page makes from now on, with the size and kind of what network:since answered. */
export function recordCalls(page: Page) {
  const calls: { channel: string; bytes: number; kind: string | null }[] = []
  page.on('response', async (response) => {
    const url = new URL(response.url())
    if (!url.pathname.startsWith('/api/')) return
    const channel = url.pathname.slice('/api/'.length)
    const body = await response.text()
    const kind = channel === 'network:since' ? ((JSON.parse(body) as { value?: { change?: { kind?: string } } }).value?.change?.kind ?? null) : null
    calls.push({ channel, bytes: body.length, kind })
  })
  return calls
}
