// Map-as-PDF benchmark: how long the PDF export takes and how big the file is, on generated networks.
//
//   npm run build && node tests/bench/map-pdf-bench.mjs [--sizes 1000,5000] [--runs 2] [--out DIR]
//
// For each size it writes a generated store (tests/bench/generate-network.mjs) into a fresh data folder,
// opens Kith's map through the browser host in headless Chromium, and calls the map's own export
// (window.kithMap.exportImage, what the Export dialog runs) for an SVG and for an A4 PDF, reporting the
// median time and the file size. With --out the PDFs are kept to look at (pdftoppm -png -r 60 FILE x).
// Performance is measured only here, never in timed tests.
/* global window */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { startHost } from '../screens/screens-common.mjs'
import { generateNetwork } from './generate-network.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : fallback
}
const sizes = option('sizes', '1000,5000').split(',').map(Number)
const runs = Number(option('runs', '2'))
const outDir = option('out', null)
if (outDir) mkdirSync(outDir, { recursive: true })

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] })
try {
  for (const contacts of sizes) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kith-pdf-bench-'))
    writeFileSync(path.join(dataDir, 'kith.json'), JSON.stringify(generateNetwork({ contacts })), { mode: 0o600 })
    const host = await startHost(dataDir)
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
      await page.goto(host.url)
      await page.waitForFunction((n) => window.cy?.nodes('[kind = "contact"]').length === n && typeof window.kithMap?.exportImage === 'function', contacts, {
        timeout: 300_000,
        polling: 500,
      })
      for (const format of ['svg', 'pdf']) {
        const times = []
        let bytes = 0
        for (let run = 0; run < runs; run++) {
          const result = await page.evaluate(async ({ format, keep }) => {
            const started = performance.now()
            const image = await window.kithMap.exportImage({ format, scale: 1, background: 'solid', theme: 'light', paper: 'a4' })
            const ms = performance.now() - started
            const data = keep ? Array.from(new Uint8Array(await image.blob.arrayBuffer())) : null
            return { ms, size: image.blob.size, data }
          }, { format, keep: run === 0 && Boolean(outDir) }).catch(async (error) => ({ error: error.message }))
          if ('error' in result) throw new Error(`${format} at ${contacts} contacts failed: ${result.error}`)
          times.push(result.ms)
          bytes = result.size
          if (outDir && result.data && format === 'pdf') writeFileSync(path.join(outDir, `map-${contacts}.pdf`), Buffer.from(result.data))
        }
        console.log(`${contacts} contacts, ${format.toUpperCase()}: median ${Math.round(median(times))} ms over ${runs} run(s), ${(bytes / 1024).toFixed(0)} KiB`)
      }
      await page.close()
    } finally {
      await host.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
} finally {
  await browser.close()
}
