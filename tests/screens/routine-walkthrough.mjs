// The "done" check, as a user would do it: from a fresh data folder, open the sample from the welcome
// screen, plan the next three months from the suggestions, and send the first request from a template.
// Prints the time each step took (wall clock, including Playwright's waits) and saves a screenshot per step.
// Usage: npx electron-vite build && node tests/screens/routine-walkthrough.mjs [outDir] [--sizes 1280x800] [--themes light]
// Not a test: it produces figures and images for people to look at.
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { parseSizes, readArgs, startHost } from './screens-common.mjs'

const { option, outDir: out } = readArgs(process.argv.slice(2), 'test-results/routine-walkthrough')
const outDir = path.resolve(out)
const [[width, height]] = parseSizes(option('sizes', '1280x800'))
const theme = option('themes', 'light').split(',')[0]
mkdirSync(outDir, { recursive: true })

const { url, stop } = await startHost(mkdtempSync(path.join(tmpdir(), 'kith-walkthrough-')))
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu'] })
const steps = []
const started = Date.now()
let last = started
try {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin })
  const page = await context.newPage()
  const step = async (name) => {
    const now = Date.now()
    steps.push({ name, ms: now - last })
    last = now
    await page.screenshot({ path: path.join(outDir, `${String(steps.length).padStart(2, '0')}-${name}.png`) })
  }

  await page.goto(url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await page.getByRole('heading', { name: 'Network map' }).waitFor()
  await step('sample-open')

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Plan' }).click()
  await page.getByRole('heading', { name: 'Plan', level: 1 }).waitFor()
  await step('plan-open')

  // The current month may already be behind (the sample has someone planned); fill the first three months that have room.
  let filled = 0
  for (let i = 0; filled < 3 && i < 6; i++) {
    const month = page.locator('section.plan-month').nth(i)
    const fill = month.getByRole('button', { name: 'Fill this month' })
    if ((await fill.count()) === 0 || (await fill.isDisabled())) continue
    await fill.click()
    await month.getByRole('list', { name: /^People planned for/ }).getByRole('listitem').first().waitFor()
    filled++
    await step(`month-${filled}-filled`)
  }
  if (filled < 3) throw new Error(`Only ${filled} months could be filled`)

  const first = page.getByRole('button', { name: /^Write to / }).first()
  const who = (await first.getAttribute('aria-label')).replace('Write to ', '')
  await first.click()
  const dialog = page.getByRole('dialog', { name: `Write to ${who}` })
  await dialog.getByLabel('Template').selectOption({ label: 'Ask for an expert opinion' })
  await dialog.getByLabel('Topic').fill('planning winter bed capacity')
  await step('composer-filled')
  await dialog.getByRole('button', { name: 'Copy' }).click()
  const sent = dialog.getByRole('region', { name: 'Mark as sent' })
  await sent.getByLabel('Sent by').selectOption('email')
  await sent.getByRole('button', { name: 'Mark as sent' }).click()
  await page.getByRole('listitem').filter({ hasText: who }).filter({ hasText: 'Asked' }).first().waitFor()
  await step('request-sent')

  const total = (Date.now() - started) / 1000
  console.log(`| step | seconds |\n|---|---:|`)
  for (const s of steps) console.log(`| ${s.name} | ${(s.ms / 1000).toFixed(1)} |`)
  console.log(`Planned three months and sent the first request (to ${who}) in ${total.toFixed(1)} s of clicking, typing and waiting. Screenshots in ${outDir}`)
} finally {
  await browser.close()
  await stop()
}
