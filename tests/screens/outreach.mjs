// Screenshots of the outreach composer (a missing value flagged; copied and ready to mark as sent; a contact
// with an e-mail address), the templates manager and a template being edited, and the thank-you proposed
// after a planned coffee, and the follow-up that opens the thank-you template: on the sample network, at each size in light and dark.
// Usage: npx electron-vite build && node tests/screens/outreach.mjs [outDir] [--sizes 1440x900,720x450] [--themes light,dark]
// Not a test: it produces images for people to look at.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const { option, outDir: out } = readArgs(process.argv.slice(2), 'test-results/outreach-screens')
const outDir = path.resolve(out)
const sizes = parseSizes(option('sizes', '1440x900,720x450'))
const themes = option('themes', 'light,dark').split(',')
mkdirSync(outDir, { recursive: true })

const dataDir = mkdtempSync(path.join(tmpdir(), 'kith-outreach-screens-'))
const { url, stop, api } = await startHost(dataDir)

const sample = await api('sample:load', {})
const idOf = (name) => sample.contacts.find((c) => c.name === name).id
const now = new Date()
const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`
await api('plan:add', { month, contactId: idOf('Sara Lindqvist'), purpose: 'Ask how Nordic Care cut discharge delays' })
await api('plan:add', { month, contactId: idOf('Grace Liu') })
await api('contacts:update', { id: idOf('Tom Reyes'), patch: { name: 'Zoë Ångström', email: 'zoe@example.org' } })

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] })
try {
  for (const theme of themes) {
    for (const [width, height] of sizes) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: theme })
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
      const shot = (name) => page.screenshot({ path: path.join(outDir, `${name}-${width}x${height}-${theme}.png`) })
      await page.goto(url)
      await page.getByRole('heading', { name: 'Network map' }).waitFor()
      const go = async (name) => {
        const item = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: false }).first()
        if (!(await item.isVisible())) await page.getByRole('button', { name: /menu/i }).first().click()
        await item.click()
      }
      await go('Contacts')
      await page.getByRole('row', { name: /Sara Lindqvist/ }).getByRole('button', { name: 'Write to them' }).click()
      const composer = page.getByRole('dialog', { name: 'Write to Sara Lindqvist' })
      await composer.waitFor()
      await shot('composer-missing')
      await composer.getByLabel('Topic').fill('shortening discharge delays')
      await composer.getByRole('button', { name: 'Copy' }).click()
      await composer.getByRole('region', { name: 'Mark as sent' }).scrollIntoViewIfNeeded()
      await shot('composer-copied')

      await composer.getByRole('button', { name: 'Edit templates or write your own…' }).click()
      const templates = page.getByRole('dialog', { name: 'Message templates' })
      await shot('templates')
      await templates.getByRole('button', { name: 'Add a template' }).click()
      await templates.getByRole('button', { name: 'Add template' }).click()
      await shot('template-form-errors')
      await templates.getByRole('button', { name: 'Cancel' }).click()
      await templates.getByRole('button', { name: '← Back to the message' }).click()
      await composer.getByRole('button', { name: 'Write to someone else…' }).click()
      await composer.getByLabel('Write to').fill('zo')
      await shot('composer-search')
      await composer.getByRole('button', { name: 'Zoë Ångström' }).click()
      await page.getByRole('dialog', { name: 'Write to Zoë Ångström' }).waitFor()
      await shot('composer-email')
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'Discard' }).click()

      await page.getByLabel('Select Grace Liu').check()
      await page.getByRole('button', { name: 'Log interaction' }).click()
      await page.getByRole('form', { name: 'Log an interaction' }).getByText(/is in your plan for/).waitFor()
      await page.getByRole('form', { name: 'Log an interaction' }).getByLabel('What to do').scrollIntoViewIfNeeded()
      await shot('thank-you-proposal')
      await page.keyboard.press('Escape')
      await go('Follow-ups')
      await page.getByRole('list', { name: 'Open follow-ups' }).waitFor()
      await shot('follow-ups-write-it')
      await page.close()
    }
  }
} finally {
  await browser.close()
  await stop()
  rmSync(dataDir, { recursive: true, force: true })
}
console.log(`Screenshots in ${outDir}`)
