// Map label check: screenshots of every layout of a small, the sample and a 150-person network at two sizes,
// with the on-screen size of the smallest name and any overlapping labels, plus an exported PNG of each layout.
// Usage: npm run build && node tests/screens/map-labels.mjs [outDir] [--sizes 1440x900,1024x700] [--networks three,sample,n150]
// Not a test: it produces images and numbers for people to look at.
/* global window, document */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { generateNetwork } from '../bench/generate-network.mjs'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const { option, outDir: out } = readArgs(process.argv.slice(2), 'test-results/map-labels')
const outDir = path.resolve(out)
const sizes = parseSizes(option('sizes', '1440x900,1024x700'))
const networks = option('networks', 'three,sample,n150').split(',')
const layouts = option('layouts', 'orbit,by-organization,by-category').split(',')
mkdirSync(outDir, { recursive: true })

/** Smallest on-screen name size, how many names are drawn, and label boxes that overlap (model units). */
const measure = () =>
  window.cy.nodes(':visible').length === 0
    ? null
    : (() => {
        const cy = window.cy
        const zoom = cy.zoom()
        const contacts = cy.nodes('[kind = "contact"]:visible')
        const min = Math.min(...contacts.map((n) => n.numericStyle('font-size') * zoom))
        const shown = contacts.filter((n) => n.numericStyle('font-size') * zoom >= n.numericStyle('min-zoomed-font-size')).length
        const boxes = cy.nodes(':visible').map((n) => ({ id: n.data('label'), kind: n.data('kind'), b: n.boundingBox({ includeNodes: false, includeLabels: true }), body: n.boundingBox({ includeLabels: false }) }))
        const overlaps = []
        const hit = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            if (hit(boxes[i].b, boxes[j].b)) overlaps.push(`${boxes[i].id} / ${boxes[j].id}`)
            else if (boxes[i].kind !== 'group' && hit(boxes[i].body, boxes[j].b)) overlaps.push(`${boxes[j].id} over node ${boxes[i].id}`)
            else if (boxes[j].kind !== 'group' && hit(boxes[j].body, boxes[i].b)) overlaps.push(`${boxes[i].id} over node ${boxes[j].id}`)
          }
        return { zoom: Number(zoom.toFixed(3)), minPx: Number(min.toFixed(1)), shown, contacts: contacts.length, overlaps }
      })()

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] })
try {
  for (const network of networks) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kith-labels-'))
    if (network !== 'sample') {
      const count = network === 'three' ? 3 : Number(network.replace(/^n/, ''))
      writeFileSync(path.join(dataDir, 'kith.json'), JSON.stringify(generateNetwork({ contacts: count, seed: 3 })))
    }
    const { url, stop } = await startHost(dataDir)
    try {
      let first = true
      for (const [width, height] of sizes) {
        const page = await browser.newPage({ viewport: { width, height } })
        await page.goto(url)
        if (network === 'sample' && first) await page.getByRole('button', { name: 'Explore a sample network' }).click()
        first = false
        await page.getByRole('heading', { name: 'Network map' }).waitFor()
        for (const layout of layouts) {
          await page.getByRole('combobox', { name: 'Layout' }).selectOption(layout)
          await page.waitForFunction(() => document.querySelector('.map-status')?.classList.contains('idle'), null, { timeout: 60_000 })
          await page.waitForTimeout(1200)
          const name = `${network}-${layout}-${width}x${height}`
          await page.screenshot({ path: path.join(outDir, `${name}.png`) })
          const m = await page.evaluate(measure)
          console.log(name, JSON.stringify({ ...m, overlaps: m?.overlaps.length }), m?.overlaps.slice(0, 6).join('; ') ?? '')
          if (width === sizes[0][0]) {
            const image = await page.evaluate(async () => {
              const { blob } = await window.kithMap.exportImage({ format: 'png', scale: 1, background: 'white' })
              return Array.from(new Uint8Array(await blob.arrayBuffer()))
            })
            writeFileSync(path.join(outDir, `${name}-export.png`), Buffer.from(image))
          }
        }
        await page.close()
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
