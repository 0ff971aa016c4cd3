// Screenshots of the import: the welcome screen's entry, the drop overlay, the preview of an 800-row LinkedIn
// export, a broken file, the contacts view just after the import, and its bulk edit; light and dark.
// Usage: npm run build && node tests/screens/import.mjs [outDir] [--sizes 1440x900,720x450] [--themes light,dark]
// Not a test: it produces images for people to look at.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { generateConnections } from '../bench/generate-connections.mjs'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const { option, outDir: out } = readArgs(process.argv.slice(2), 'test-results/import-screens')
const outDir = path.resolve(out)
const sizes = parseSizes(option('sizes', '1440x900,720x450'))
const themes = option('themes', 'light,dark').split(',')
mkdirSync(outDir, { recursive: true })

const work = mkdtempSync(path.join(tmpdir(), 'kith-import-screens-'))
const dataDir = path.join(work, 'data')
const connections = path.join(work, 'Connections.csv')
// 800 connections, and one nameless row and one bad date, so the preview has rows left out and warnings.
writeFileSync(
  connections,
  generateConnections({ rows: 800 }).replace(/\r\n$/, '\r\n,,https://www.linkedin.com/in/private,,Kestrel Media,Producer,5 May 2020\r\nAda,Lovelace,,,,,sometime\r\n'),
)
const large = path.join(work, 'Connections-30000.csv')
writeFileSync(large, generateConnections({ rows: 30_000, seed: 11 }))
const broken = path.resolve('tests/fixtures/import/photo.csv')
const { url, stop } = await startHost(dataDir)
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] })

const shot = (page, name, size, theme) => page.screenshot({ path: path.join(outDir, `${name}-${size[0]}x${size[1]}-${theme}.png`) })
async function choose(page, file) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import contacts…' }).click()
  await (await chooser).setFiles(file)
}

try {
  let first = true
  for (const theme of themes) {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size[0], height: size[1] }, colorScheme: theme })
      await page.goto(url)
      if (first) {
        await page.getByRole('heading', { name: 'Build your network before you need it' }).waitFor()
        await shot(page, 'welcome', size, theme)
        await page.getByRole('button', { name: 'Explore a sample network' }).click()
        first = false
      }
      await page.getByRole('heading', { name: 'Network map' }).waitFor()
      // The drop overlay, over the map.
      const transfer = await page.evaluateHandle(() => {
        // In the page, where the browser's DataTransfer and File exist.
        const t = new globalThis.DataTransfer()
        t.items.add(new globalThis.File(['x'], 'Connections.csv'))
        return t
      })
      await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer })
      await page.waitForTimeout(200)
      await shot(page, 'drop-overlay', size, theme)
      await page.dispatchEvent('body', 'dragleave', { dataTransfer: transfer })

      const nav = page.getByRole('navigation', { name: 'Main' })
      if (!(await nav.getByRole('button', { name: 'Contacts' }).isVisible())) await page.getByRole('button', { name: 'Menu' }).click()
      await nav.getByRole('button', { name: 'Contacts' }).click()
      await page.getByRole('heading', { name: 'Contacts', level: 1 }).waitFor()

      const dialog = page.getByRole('dialog', { name: 'Import contacts' })
      // While the backend checks a 30,000-row export.
      await choose(page, large)
      await dialog.getByText(/^Checking /).waitFor()
      await shot(page, 'checking', size, theme)
      await dialog.getByRole('button', { name: /^Import \d/ }).waitFor({ timeout: 60_000 })
      await shot(page, 'preview-30000', size, theme)
      await dialog.getByRole('button', { name: 'Cancel' }).click()

      await choose(page, connections)
      await dialog.getByRole('button', { name: /^Import \d/ }).waitFor()
      await shot(page, 'preview', size, theme)
      await dialog.evaluate((d) => d.scrollTo(0, d.scrollHeight))
      await shot(page, 'preview-scrolled', size, theme)
      await dialog.getByRole('button', { name: 'Cancel' }).click()

      await choose(page, broken)
      await dialog.getByRole('alert').waitFor()
      await shot(page, 'broken', size, theme)
      await dialog.getByRole('button', { name: 'Close', exact: true }).last().click()

      if (theme === themes.at(-1) && size === sizes.at(-1)) {
        await choose(page, connections)
        await dialog.getByRole('button', { name: /^Import \d/ }).click()
        await page.getByRole('region', { name: 'Just imported' }).waitFor()
        await page.waitForTimeout(300)
        await shot(page, 'just-imported', size, theme)
        await page.getByRole('button', { name: /^Choose categories for/ }).click()
        await page.getByRole('dialog', { name: /^Edit / }).waitFor()
        await shot(page, 'categorize', size, theme)
      }
      await page.close()
    }
  }
  // The same moment in the other sizes and colours, on the network as imported above.
  for (const theme of themes) {
    for (const size of sizes) {
      if (theme === themes.at(-1) && size === sizes.at(-1)) continue
      const page = await browser.newPage({ viewport: { width: size[0], height: size[1] }, colorScheme: theme })
      await page.goto(url)
      await page.getByRole('heading', { name: 'Network map' }).waitFor()
      const dialog = page.getByRole('dialog', { name: 'Import contacts' })
      const nav = page.getByRole('navigation', { name: 'Main' })
      if (!(await nav.getByRole('button', { name: 'Contacts' }).isVisible())) await page.getByRole('button', { name: 'Menu' }).click()
      await nav.getByRole('button', { name: 'Contacts' }).click()
      await choose(page, connections)
      await dialog.getByText('Everyone in this file is already in Kith').waitFor()
      await shot(page, 'nothing-to-change', size, theme)
      await page.close()
    }
  }
} finally {
  await browser.close()
  await stop()
  rmSync(work, { recursive: true, force: true })
}
console.log(`Screenshots in ${outDir}`)
