import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { APIRequestContext, Download, Page } from '@playwright/test'
import ICAL from 'ical.js'
import type { NetworkFile } from '../../src/core/network-file'
import { contactNodeCount, expect, test, type KithHost } from './fixtures'
import { runAxe } from './axe'

/*
 * Accountability through the browser host: the partner in the profile, "Share my plan" (text, Markdown,
 * copy, mail link), and the calendar export parsed back with ical.js.
 */

test.describe.configure({ timeout: 120_000 })

const stored = (kith: KithHost): NetworkFile => JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8')) as NetworkFile

/** A channel straight through the host's API, as the renderer calls it. */
async function api<T>(request: APIRequestContext, kith: KithHost, channel: string, input: unknown): Promise<T> {
  const reply = await request.post(`${kith.origin}/api/${channel}`, { data: input, headers: { Authorization: `Bearer ${kith.token}` } })
  const body = (await reply.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${channel} refused: ${body.error?.message}`)
  return body.value
}

const month = (offset: number) => {
  const now = new Date()
  const d = new Date(now.getFullYear(), now.getMonth() + offset, 1)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}

/** The sample, with Tom planned this month and Elena next month (added through the API), then the profile. */
async function openProfileWithPlan(page: Page, kith: KithHost, request: APIRequestContext) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  const idOf = (name: string) => stored(kith).contacts.find((c) => c.name === name)!.id
  const tom = await api<{ id: string }>(request, kith, 'plan:add', { month: month(0), contactId: idOf('Tom Reyes'), purpose: 'Ask how the data team plans, shifts; and rotas' })
  const elena = await api<{ id: string }>(request, kith, 'plan:add', { month: month(1), contactId: idOf('Elena Rossi') })
  // The page reads the network again on load.
  await page.reload()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Profile/ }).click()
  return { tom: tom.id, elena: elena.id }
}

test('the calendar export downloads as iCalendar with the planned meetings and open follow-ups', async ({ page, kith, request }) => {
  const { tom, elena } = await openProfileWithPlan(page, kith, request)
  const card = page.getByRole('region', { name: 'Your data' })
  await expect(card.getByText('Your planned meetings from this month on and your open follow-ups')).toBeVisible()
  const download: Promise<Download> = page.waitForEvent('download')
  await card.getByRole('button', { name: 'Save calendar' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^kith-calendar-\d{4}-\d{2}-\d{2}\.ics$/)
  await expect(card.getByRole('status').first()).toHaveText(`Saved ${file.suggestedFilename()} to your downloads.`)

  const text = readFileSync((await file.path())!, 'utf8')
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
  const byUid = new Map(events.map((e) => [e.uid, e]))
  const store = stored(kith)
  const open = store.followUps.filter((f) => f.doneOn === null)
  expect([...byUid.keys()].sort()).toEqual([`plan-${tom}@kith`, `plan-${elena}@kith`, ...open.map((f) => `follow-up-${f.id}@kith`)].sort())
  expect(byUid.get(`plan-${tom}@kith`)?.summary).toBe('Ask Tom Reyes to meet')
  expect(byUid.get(`plan-${tom}@kith`)?.description).toContain('Purpose: Ask how the data team plans, shifts; and rotas')
  expect(byUid.get(`plan-${elena}@kith`)?.startDate.toString().slice(0, 7)).toBe(month(1))
  for (const f of open) {
    const event = byUid.get(`follow-up-${f.id}@kith`)!
    expect(event.summary).toBe(f.title)
    expect(event.startDate.isDate).toBe(true)
    expect(event.startDate.toString()).toBe(f.dueOn)
  }
})

test('a partner is set in the profile, the plan is shared as text or Markdown, copied and mailed, and the partner removed', async ({ page, kith, request, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: kith.origin })
  await openProfileWithPlan(page, kith, request)
  const card = page.getByRole('region', { name: 'Accountability partner' })

  // Clear messages beside the fields, and nothing saved.
  await card.getByLabel('E-mail (optional)').fill('sam at work')
  await card.getByRole('button', { name: 'Save partner' }).click()
  await expect(card.getByText('Give your accountability partner a name.')).toBeVisible()
  await expect(card.getByText('E-mail must look like name@example.com.')).toBeVisible()
  await expect(card.getByLabel('Name')).toBeFocused()
  expect(stored(kith).settings.partner).toBeNull()

  await card.getByLabel('Name').fill('Sam Lee')
  await card.getByLabel('E-mail (optional)').fill('sam@example.org')
  await card.getByRole('button', { name: 'Save partner' }).click()
  await expect(card.getByText('sam@example.org')).toBeVisible()
  expect(stored(kith).settings.partner).toEqual({ name: 'Sam Lee', email: 'sam@example.org' })

  await card.getByRole('button', { name: 'Share my plan…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Share my plan' })
  const preview = dialog.getByLabel('Your plan, as it will be shared')
  await expect(preview).toHaveValue(/^Hi Sam Lee,\n/)
  await expect(preview).toHaveValue(/- Tom Reyes: Ask how the data team plans, shifts; and rotas \(to ask\)/)
  await expect(preview).toHaveValue(/- Elena Rossi \(to ask\)/)

  await dialog.getByRole('radio', { name: /Markdown/ }).check()
  await expect(preview).toHaveValue(/## Coming months/)
  await expect(preview).toHaveValue(/- \*\*Tom Reyes\*\*: Ask how the data team plans/)
  await dialog.getByRole('button', { name: 'Copy' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Copied. Paste it into a message to Sam Lee.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await preview.inputValue())

  await dialog.getByRole('radio', { name: /Text/ }).check()
  const href = (await dialog.getByRole('link', { name: 'Send to Sam Lee' }).getAttribute('href'))!
  expect(href.startsWith('mailto:sam@example.org?subject=')).toBe(true)
  const query = new URLSearchParams(href.slice(href.indexOf('?') + 1))
  expect(query.get('subject')).toMatch(/^My networking plan from \w+ \d{4}$/)
  expect(query.get('body')).toBe((await preview.inputValue()).replace(/\n/g, '\r\n'))

  const axe = await runAxe(page, {}, 'dialog[open]')
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await card.getByRole('button', { name: 'Remove' }).click()
  await expect(card.getByRole('button', { name: 'Save partner' })).toBeVisible()
  expect(stored(kith).settings.partner).toBeNull()
})

test('without a partner the dialog offers to add one there, then the mail link appears', async ({ page, kith, request }) => {
  await openProfileWithPlan(page, kith, request)
  await page.getByRole('button', { name: 'copy your plan to share it' }).click()
  const dialog = page.getByRole('dialog', { name: 'Share my plan' })
  await expect(dialog.getByText('You have no accountability partner yet.')).toBeVisible()
  await expect(dialog.getByLabel('Your plan, as it will be shared')).toHaveValue(/^Hi,\n/)
  await expect(dialog.getByRole('link', { name: /^Send to/ })).toHaveCount(0)

  await dialog.getByRole('button', { name: 'Add a partner' }).click()
  await dialog.getByLabel('Name').fill('Ana Marín')
  await dialog.getByRole('button', { name: 'Save partner' }).click()
  // No address: the dialog says so and offers to add it.
  await expect(dialog.getByText('Kith has no e-mail address for Ana Marín')).toBeVisible()
  await dialog.getByRole('button', { name: 'Add their address' }).click()
  await dialog.getByLabel('E-mail (optional)').fill('ana@example.org')
  await dialog.getByRole('button', { name: 'Save partner' }).click()
  await expect(dialog.getByRole('link', { name: 'Send to Ana Marín' })).toBeVisible()
  await expect(dialog.getByLabel('Your plan, as it will be shared')).toHaveValue(/^Hi Ana Marín,\n/)
  expect(stored(kith).settings.partner).toEqual({ name: 'Ana Marín', email: 'ana@example.org' })
})
