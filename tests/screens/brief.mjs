// Screenshots of the meeting prep brief (on screen and as printed) and of an introduction path on the map,
// on the sample network with a plan item for Chris Patel, at each size in light and dark.
// Usage: npx electron-vite build && node tests/screens/brief.mjs [outDir] [--sizes 1440x900,720x450] [--themes light,dark]
// Not a test: it produces images for people to look at.
/* global window */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const { option, outDir: out } = readArgs(process.argv.slice(2), 'test-results/brief-screens')
const outDir = path.resolve(out)
const sizes = parseSizes(option('sizes', '1440x900,720x450'))
const themes = option('themes', 'light,dark').split(',')
mkdirSync(outDir, { recursive: true })

const dataDir = mkdtempSync(path.join(tmpdir(), 'kith-brief-screens-'))
const { url, stop, api } = await startHost(dataDir)

await api('sample:load', {})
const network = await api('network:get', {})
const chris = network.contacts.find((c) => c.name === 'Chris Patel')
const month = new Date().toISOString().slice(0, 7)
await api('plan:add', { month, contactId: chris.id, purpose: 'Ask how the new patient-flow team is staffed' })

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] })
try {
  for (const theme of themes) {
    for (const [width, height] of sizes) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme })
      const shot = (name, options = {}) => page.screenshot({ path: path.join(outDir, `${name}-${width}x${height}-${theme}.png`), ...options })
      await page.goto(url)
      await page.getByRole('heading', { name: 'Network map' }).waitFor()
      await page.waitForFunction(() => window.cy?.nodes('[kind = "contact"]').length === 40)
      await page.evaluate((id) => {
        window.cy.getElementById(id).emit('tap')
      }, chris.id)
      await page.getByRole('complementary', { name: 'Details of Chris Patel' }).getByRole('button', { name: 'Prep brief' }).click()
      const brief = page.getByRole('dialog', { name: 'Meeting prep: Chris Patel' })
      await brief.waitFor()
      await shot('brief')
      await brief.getByRole('button', { name: 'Print' }).scrollIntoViewIfNeeded()
      await shot('brief-end')
      await page.emulateMedia({ media: 'print' })
      await shot('brief-print', { fullPage: true })
      await page.emulateMedia({ media: 'screen' })
      await page.keyboard.press('Escape')

      await page.getByRole('button', { name: 'Who could introduce me?' }).first().click()
      const dialog = page.getByRole('dialog', { name: 'Who could introduce me?' })
      await dialog.getByRole('searchbox', { name: 'Person' }).fill('Elena')
      await dialog.getByRole('button', { name: /Elena Rossi/ }).click()
      await dialog.locator('.intro-path').first().waitFor()
      await shot('introductions')
      await dialog.getByRole('button', { name: 'Show on map: the path through Chris Patel' }).click()
      await page.locator('.map-focus-banner').waitFor()
      await page.waitForTimeout(600)
      await shot('path-on-map')
      await page.close()
    }
  }
} finally {
  await browser.close()
  await stop()
  rmSync(dataDir, { recursive: true, force: true })
}
console.log(`Screenshots in ${outDir}`)
