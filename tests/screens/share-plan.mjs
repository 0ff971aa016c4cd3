// Screenshots of the accountability partner card (empty and set) and the "Share my plan" dialog, at 1440×900
// and 720×450, light and dark. Usage: npm run build && node tests/screens/share-plan.mjs [outDir]
// Not a test: images for people to look at.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const { option, outDir: out } = readArgs(process.argv.slice(2), 'test-results/share-plan')
const outDir = path.resolve(out)
const sizes = parseSizes(option('sizes', '1440x900,720x450'))
mkdirSync(outDir, { recursive: true })

const dataDir = mkdtempSync(path.join(tmpdir(), 'kith-share-plan-'))
const { url, stop, api } = await startHost(dataDir)
const month = (offset) => {
  const d = new Date(new Date().getFullYear(), new Date().getMonth() + offset, 1)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] })
try {
  await api('sample:load', {})
  const { contacts } = await api('network:get', {})
  const id = (name) => contacts.find((c) => c.name === name).id
  const plan = [
    [-1, 'Tom Reyes', 'Ask how the data team plans rotas', 'thanked'],
    [-1, 'Elena Rossi', 'Catch up on the clinic network', 'met'],
    [0, 'Ben Adler', 'Ask about hiring panels', 'contacted'],
    [0, 'Liam Walsh', 'Dashboard data feeds', 'planned'],
    [1, 'Sara Lindqvist', 'Hospital logistics in the Nordics', 'planned'],
  ]
  for (const [offset, name, purpose, status] of plan) {
    const item = await api('plan:add', { month: month(offset), contactId: id(name), purpose })
    const chain = ['contacted', 'scheduled', 'met', 'thanked']
    for (const step of chain.slice(0, chain.indexOf(status) + 1)) await api('plan:set-status', { id: item.id, status: step })
  }

  for (const partner of [null, { name: 'Sam Lee', email: 'sam.lee@example.org' }]) {
    await api('settings:update', { partner })
    for (const theme of ['light', 'dark']) {
      for (const [width, height] of sizes) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme })
        const page = await context.newPage()
        await page.goto(url)
        await page.getByRole('heading', { name: 'Network map' }).waitFor()
        const nav = page.getByRole('navigation', { name: 'Main' })
        const item = nav.getByRole('button', { name: /^Profile/ })
        if (!(await item.isVisible())) await page.getByRole('button', { name: /menu/i }).first().click()
        await item.click()
        const card = page.getByRole('region', { name: 'Accountability partner' })
        await card.scrollIntoViewIfNeeded()
        const state = partner ? 'set' : 'empty'
        await page.screenshot({ path: path.join(outDir, `partner-card-${state}-${width}x${height}-${theme}.png`) })
        await (partner ? card.getByRole('button', { name: 'Share my plan…' }) : card.getByRole('button', { name: 'copy your plan to share it' })).click()
        await page.getByRole('dialog', { name: 'Share my plan' }).waitFor()
        await page.screenshot({ path: path.join(outDir, `share-dialog-${state}-${width}x${height}-${theme}.png`) })
        await context.close()
      }
    }
  }
} finally {
  await browser.close()
  await stop()
  rmSync(dataDir, { recursive: true, force: true })
}
