// Screenshots of Profile → Your data after a save, at 1440×900 and 720×450, light and dark.
// Usage: npm run build && node tests/screens/your-data.mjs [outDir]
// Not a test: images for people to look at.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const { option, outDir: out } = readArgs(process.argv.slice(2), 'test-results/your-data')
const outDir = path.resolve(out)
const sizes = parseSizes(option('sizes', '1440x900,720x450'))
mkdirSync(outDir, { recursive: true })

const dataDir = mkdtempSync(path.join(tmpdir(), 'kith-your-data-'))
const { url, stop } = await startHost(dataDir)
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] })
try {
  let first = true
  for (const theme of ['light', 'dark']) {
    for (const [width, height] of sizes) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme, acceptDownloads: true })
      const page = await context.newPage()
      await page.goto(url)
      if (first) {
        await page.getByRole('button', { name: 'Explore a sample network' }).click()
        first = false
      }
      await page.getByRole('heading', { name: 'Network map' }).waitFor()
      const nav = page.getByRole('navigation', { name: 'Main' })
      const item = nav.getByRole('button', { name: /^Profile/ })
      if (!(await item.isVisible())) await page.getByRole('button', { name: /menu/i }).first().click()
      await item.click()
      const card = page.getByRole('region', { name: 'Your data' })
      const download = page.waitForEvent('download')
      await card.getByRole('button', { name: 'Save contacts' }).click()
      await download
      await card.getByRole('status').filter({ hasText: 'Saved' }).waitFor()
      await card.getByRole('button', { name: 'Save graph' }).focus()
      await card.scrollIntoViewIfNeeded()
      await page.screenshot({ path: path.join(outDir, `your-data-${width}x${height}-${theme}.png`) })
      await context.close()
    }
  }
} finally {
  await browser.close()
  await stop()
  rmSync(dataDir, { recursive: true, force: true })
}
