// Screenshots of merging two contacts: the duplicates hint opened, the merge dialog, and the notice after it,
// on the sample network with two near-duplicates added, at each size in light and dark.
// Usage: npx electron-vite build && node tests/screens/merge.mjs [outDir] [--sizes 1440x900,720x450] [--themes light,dark]
// Not a test: it produces images for people to look at.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const { option, outDir: out } = readArgs(process.argv.slice(2), 'test-results/merge-screens')
const outDir = path.resolve(out)
const sizes = parseSizes(option('sizes', '1440x900,720x450'))
const themes = option('themes', 'light,dark').split(',')
mkdirSync(outDir, { recursive: true })

const dataDir = mkdtempSync(path.join(tmpdir(), 'kith-merge-screens-'))
const { url, stop, api } = await startHost(dataDir)

await api('sample:load', {})
const ana = await api('contacts:create', { name: 'Ana Lima-Souza', categories: ['department'], email: 'ana@acme.com', organization: 'Acme', notes: 'Met at the offsite.' })
const imported = await api('contacts:create', {
  name: 'Ana Lima',
  categories: ['social'],
  email: 'ANA@acme.com',
  organization: 'Acme Corp',
  role: 'Head of Data',
  linkedinUrl: 'https://www.linkedin.com/in/analima',
  tieStrength: 3,
})
await api('interactions:create', { contactIds: [imported.id], date: '2026-01-10', channel: 'coffee' })
await api('contacts:create', { name: 'lima, ana', categories: ['social'] })
void ana

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] })
try {
  for (const theme of themes) {
    for (const [width, height] of sizes) {
      const shot = (name) => page.screenshot({ path: path.join(outDir, `${name}-${width}x${height}-${theme}.png`) })
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme })
      await page.goto(url)
      await page.getByRole('heading', { name: 'Network map' }).waitFor()
      const nav = page.getByRole('navigation', { name: 'Main' })
      const item = nav.getByRole('button', { name: 'Contacts', exact: false }).first()
      if (!(await item.isVisible())) await page.getByRole('button', { name: /menu/i }).first().click()
      await item.click()
      await page.getByRole('button', { name: /possible duplicate/ }).click()
      await shot('duplicates')
      await page.getByRole('button', { name: /^Merge Ana Lima/ }).first().click()
      await page.getByRole('dialog', { name: 'Merge two contacts' }).waitFor()
      await shot('merge-dialog')
      const merge = page.getByRole('button', { name: /^Merge into/ })
      await merge.scrollIntoViewIfNeeded()
      await shot('merge-dialog-end')
      await merge.click()
      await page.getByRole('status').filter({ hasText: 'Merged' }).waitFor()
      await shot('merged-notice')
      await page.getByRole('status').filter({ hasText: 'Merged' }).getByRole('button', { name: 'Undo' }).click()
      await page.getByRole('button', { name: /possible duplicate/ }).waitFor()
      await page.close()
    }
  }
} finally {
  await browser.close()
  await stop()
  rmSync(dataDir, { recursive: true, force: true })
}
console.log(`Screenshots in ${outDir}`)
