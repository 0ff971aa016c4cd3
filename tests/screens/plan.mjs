// Screenshots of the plan view on the sample network with people planned: two months filled from the
// suggestions, statuses along the way, a light month and a purpose, then the "Add someone" search open,
// and the plan's card on the insights.
// Usage: npx electron-vite build && node tests/screens/plan.mjs [outDir] [--sizes 1440x900,720x450] [--themes light,dark]
// Not a test: it produces images for people to look at.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const { option, outDir: out } = readArgs(process.argv.slice(2), 'test-results/plan-screens')
const outDir = path.resolve(out)
const sizes = parseSizes(option('sizes', '1440x900,720x450'))
const themes = option('themes', 'light,dark').split(',')
mkdirSync(outDir, { recursive: true })

const dataDir = mkdtempSync(path.join(tmpdir(), 'kith-plan-screens-'))
const { url, stop, api } = await startHost(dataDir)

const month = (offset) => {
  const now = new Date()
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth() + offset, 1))
  return d.toISOString().slice(0, 7)
}
await api('sample:load', {})
const { added } = await api('plan:fill', { month: month(0) })
await api('plan:fill', { month: month(1) })
await api('plan:set-busy', { month: month(2), busy: 'light' })
if (added[0]) {
  await api('plan:set-status', { id: added[0].id, status: 'met' })
  await api('plan:update', { id: added[0].id, patch: { purpose: 'Ask how their team cut the discharge wait' } })
}
if (added[1]) await api('plan:set-status', { id: added[1].id, status: 'contacted' })

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] })
try {
  for (const theme of themes) {
    for (const [width, height] of sizes) {
      const shot = (name) => page.screenshot({ path: path.join(outDir, `${name}-${width}x${height}-${theme}.png`) })
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme })
      await page.goto(url)
      await page.getByRole('heading', { name: 'Network map' }).waitFor()
      await page.keyboard.press('g')
      await page.keyboard.press('n')
      await page.getByRole('heading', { name: 'Plan', level: 1 }).waitFor()
      await page.getByText('Looking for people…').first().waitFor({ state: 'detached' }).catch(() => {})
      await page.waitForTimeout(500)
      await shot('plan')
      const search = page.getByRole('combobox', { name: /^Add someone to/ }).first()
      await search.scrollIntoViewIfNeeded()
      await search.fill('an')
      await page.keyboard.press('ArrowDown')
      await shot('plan-search')
      await page.locator('.plan-body').evaluate((body) => body.scrollTo(0, body.scrollHeight))
      await shot('plan-end')
      await search.press('Escape')
      await search.blur()
      await page.keyboard.press('g')
      await page.keyboard.press('i')
      const card = page.getByRole('region', { name: 'Monthly plan' })
      await card.scrollIntoViewIfNeeded()
      await shot('insights-plan-card')
      await page.close()
    }
  }
} finally {
  await browser.close()
  await stop()
  rmSync(dataDir, { recursive: true, force: true })
}
console.log(`Screenshots in ${outDir}`)
