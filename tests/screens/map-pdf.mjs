// The map's Export dialog with PDF chosen, at each window size and theme, and the PDFs it saves (A4 and
// Letter, light and dark) from the sample network, with one contact renamed to accented and non-Latin names.
// Usage: npm run build && node tests/screens/map-pdf.mjs [outDir] [--sizes 1440x900,720x450] [--themes light,dark]
// Not a test: it produces images and PDFs for people to look at (render a PDF with `pdftoppm -png -r 60`).
/* global window */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const { option, outDir: out } = readArgs(process.argv.slice(2), 'test-results/map-pdf')
const outDir = path.resolve(out)
const sizes = parseSizes(option('sizes', '1440x900,720x450'))
const themes = option('themes', 'light,dark').split(',')
mkdirSync(outDir, { recursive: true })

const dataDir = mkdtempSync(path.join(tmpdir(), 'kith-map-pdf-'))
const { url, stop } = await startHost(dataDir)
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] })
try {
  let first = true
  for (const theme of themes) {
    for (const [width, height] of sizes) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme, acceptDownloads: true })
      await page.goto(url)
      if (first) {
        await page.getByRole('button', { name: 'Explore a sample network' }).click()
        await page.getByRole('heading', { name: 'Network map' }).waitFor()
        await renameSome(page, url)
        first = false
      }
      await page.getByRole('heading', { name: 'Network map' }).waitFor()
      await page.waitForTimeout(1500)
      await page.getByRole('button', { name: 'Export image' }).click()
      const form = page.getByRole('form', { name: 'Export image' })
      await form.getByLabel('PDF document', { exact: false }).check()
      await page.screenshot({ path: path.join(outDir, `dialog-${width}x${height}-${theme}.png`) })
      for (const paper of ['A4', 'Letter']) {
        await form.getByLabel('Page size').selectOption({ label: paper })
        await form.getByLabel(theme === 'dark' ? 'Dark' : 'Light', { exact: true }).check()
        const download = page.waitForEvent('download')
        const started = Date.now()
        await form.getByRole('button', { name: 'Export image' }).click()
        const file = await download
        await form.getByRole('status').waitFor()
        console.log(`${paper} ${theme} ${width}x${height}: ${Date.now() - started} ms`)
        await file.saveAs(path.join(outDir, `map-${paper.toLowerCase()}-${theme}-${width}x${height}.pdf`))
      }
      await page.screenshot({ path: path.join(outDir, `dialog-saved-${width}x${height}-${theme}.png`) })
      await page.close()
    }
  }
} finally {
  await browser.close()
  await stop()
  rmSync(dataDir, { recursive: true, force: true })
}
console.log(`Screenshots and PDFs in ${outDir}`)

/** Three sample contacts get names that test the PDF's font: Latin-1 accents, a Czech ř, and Cyrillic. */
async function renameSome(page, url) {
  const { origin, hash } = new URL(url)
  const token = hash.replace('#token=', '')
  const ids = await page.evaluate(() => window.cy.nodes('[kind = "contact"]').map((n) => n.id()).slice(0, 3))
  const names = ['José Müller', 'Antonín Dvořák', 'Иван Петров']
  for (const [i, id] of ids.entries()) {
    const response = await fetch(`${origin}/api/contacts:update`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ id, patch: { name: names[i] } }),
    })
    if (!response.ok) throw new Error(`Renaming failed: ${response.status} ${await response.text()}`)
  }
  await page.reload()
}
