// Map overview check: screenshots of generated 5,000- and 30,000-person networks as the map first opens
// (bubbles), light and dark, at two sizes, one bubble opened, and the exported overview; prints the time to
// the first drawn map (performance mark kith:map-drawn, from navigation start) and the renderer's JS heap.
// Usage: npx electron-vite build && node tests/screens/overview.mjs [outDir] [--sizes 1440x900,720x450] [--networks 5000,30000] [--themes light,dark] [--open no]
// Not a test: it produces images and numbers for people to look at.
/* global window */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { generateNetwork } from '../bench/generate-network.mjs'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const { option, outDir: out } = readArgs(process.argv.slice(2), 'test-results/overview')
const outDir = path.resolve(out)
const sizes = parseSizes(option('sizes', '1440x900,720x450'))
const networks = option('networks', '5000,30000').split(',').map(Number)
const themes = option('themes', 'light,dark').split(',')
const openOne = option('open', 'yes') === 'yes'
mkdirSync(outDir, { recursive: true })

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu', '--enable-precise-memory-info'] })
try {
  for (const count of networks) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kith-overview-'))
    writeFileSync(path.join(dataDir, 'kith.json'), JSON.stringify(generateNetwork({ contacts: count, seed: 7 })))
    const { url, stop } = await startHost(dataDir)
    try {
      for (const theme of themes) {
        for (const [width, height] of sizes) {
          const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme })
          await page.goto(url)
          await page.waitForFunction(() => performance.getEntriesByName('kith:map-drawn').length > 0, null, { timeout: 120_000 })
          const drawn = await page.evaluate(() => ({
            ms: Math.round(performance.getEntriesByName('kith:map-drawn')[0].startTime),
            nodes: window.cy.nodes().length,
            bubbles: window.cy.nodes('[kind = "bubble"]').length,
            contacts: window.cy.nodes('[kind = "contact"]').length,
            edges: window.cy.edges().length,
            heapMB: Math.round(performance.memory.usedJSHeapSize / 1e6),
          }))
          await page.waitForTimeout(800)
          const name = `n${count}-${theme}-${width}x${height}`
          await page.screenshot({ path: path.join(outDir, `${name}.png`) })
          console.log(name, JSON.stringify(drawn))
          if (openOne && width === sizes[0][0] && theme === themes[0]) {
            // Open the biggest bubble and look again.
            const id = await page.evaluate(() => window.cy.nodes('[kind = "bubble"]').max((n) => n.data('count')).ele.id())
            await page.evaluate((bubble) => void window.cy.getElementById(bubble).emit('tap'), id)
            await page.waitForTimeout(1500)
            await page.screenshot({ path: path.join(outDir, `${name}-opened.png`) })
            await page.evaluate(() => window.cy.zoom({ level: 1, renderedPosition: { x: window.cy.width() / 2, y: window.cy.height() / 2 } }))
            await page.waitForTimeout(800)
            await page.screenshot({ path: path.join(outDir, `${name}-opened-zoom.png`) })
            await page.getByRole('button', { name: 'Collapse all' }).click()
            await page.waitForTimeout(600)
            for (const format of ['png', 'svg']) {
              const started = Date.now()
              const image = await page.evaluate(async (f) => {
                const { blob } = await window.kithMap.exportImage({ format: f, scale: 1, background: 'white' })
                return Array.from(new Uint8Array(await blob.arrayBuffer()))
              }, format)
              console.log(`${name} export ${format}: ${image.length} bytes in ${Date.now() - started} ms`)
              writeFileSync(path.join(outDir, `${name}-export.${format}`), Buffer.from(image))
            }
          }
          await page.close()
        }
      }
    } finally {
      await stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
} finally {
  await browser.close()
}
console.log(`Screenshots in ${outDir}`)
