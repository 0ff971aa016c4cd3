// Screenshot tour: every view of the sample network at three window sizes, light and dark.
// Usage: npm run build && node tests/screens/tour.mjs [outDir] [--sizes 1440x900,1024x700,720x450] [--themes light,dark] [--views map,insights]
// Not a test: it produces images for people to look at (issue 9's "done means").
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const { option, outDir: out } = readArgs(process.argv.slice(2), 'test-results/tour')
const outDir = path.resolve(out)
const sizes = parseSizes(option('sizes', '1440x900,1024x700,720x450'))
const themes = option('themes', 'light,dark').split(',')
const VIEWS = ['Map', 'Insights', 'Contacts', 'Timeline', 'Follow-ups', 'Events', 'Profile']
const views = option('views', VIEWS.join(',')).split(',').map((v) => VIEWS.find((n) => n.toLowerCase() === v.toLowerCase()) ?? v)
mkdirSync(outDir, { recursive: true })

const dataDir = mkdtempSync(path.join(tmpdir(), 'kith-tour-'))
const { url, stop } = await startHost(dataDir)

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] })
try {
  let first = true
  for (const theme of themes) {
    for (const [width, height] of sizes) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme })
      await page.goto(url)
      if (first) {
        await page.screenshot({ path: path.join(outDir, `welcome-${width}x${height}-${theme}.png`) })
        await page.getByRole('button', { name: 'Explore a sample network' }).click()
        first = false
      }
      await page.getByRole('heading', { name: 'Network map' }).waitFor()
      for (const view of views) {
        const nav = page.getByRole('navigation', { name: 'Main' })
        const item = nav.getByRole('button', { name: view, exact: false }).first()
        if (!(await item.isVisible())) await page.getByRole('button', { name: /menu/i }).first().click()
        await item.click()
        await page.waitForTimeout(view === 'Map' ? 1500 : 400)
        await page.screenshot({ path: path.join(outDir, `${view.toLowerCase()}-${width}x${height}-${theme}.png`) })
      }
      await page.close()
    }
  }
} finally {
  await browser.close()
  await stop()
  rmSync(dataDir, { recursive: true, force: true })
}
console.log(`Screenshots in ${outDir}`)
