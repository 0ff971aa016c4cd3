import type { Page } from '@playwright/test'
import { contactNodeCount, expect, test, type KithHost } from './fixtures'

/*
 * Writing to someone from a template: the composer's text, copy and mark as sent (logged and the plan item
 * asked, one undo step), the mail link for a non-ASCII name, the thank-you after a planned meeting, and the
 * user's own templates.
 */

type PlanItem = { id: string; contactId: string; status: string }
type Network = {
  contacts: { id: string; name: string }[]
  interactions: { id: string; contactIds: string[]; date: string; channel: string; summary: string }[]
  plan: Record<string, { items: PlanItem[] }>
  templates: { own: { id: string; name: string; subject: string }[]; edited: Record<string, { timeAsked: string }> }
}

async function api<T>(page: Page, kith: KithHost, channel: string, data: unknown = {}): Promise<T> {
  const response = await page.request.post(`${kith.origin}/api/${channel}`, { data, headers: { Authorization: `Bearer ${kith.token}` } })
  const result = (await response.json()) as { ok: boolean; value: T; error?: { message: string } }
  expect(result.ok, result.error?.message).toBe(true)
  return result.value
}
const network = (page: Page, kith: KithHost) => api<Network>(page, kith, 'network:get')
const idOf = async (page: Page, kith: KithHost, name: string) => (await network(page, kith)).contacts.find((c) => c.name === name)!.id
const itemOf = async (page: Page, kith: KithHost, id: string) => Object.values((await network(page, kith)).plan).flatMap((m) => m.items).find((i) => i.id === id)

/** The page's own day and month, as the app reads them. */
const pageDay = (page: Page) =>
  page.evaluate(() => {
    const d = new Date()
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })

async function openSample(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
}

/** Puts `name` in this month's plan over the API, then reloads so the app reads it. */
async function planThisMonth(page: Page, kith: KithHost, name: string): Promise<string> {
  const month = (await pageDay(page)).slice(0, 7)
  const item = await api<PlanItem>(page, kith, 'plan:add', { month, contactId: await idOf(page, kith, name) })
  await page.reload()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  return item.id
}

/** The envelope beside a name in the contacts table. */
const writeFromRow = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(name) }).getByRole('button', { name: 'Write to them' })
const nav = (page: Page, name: string | RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name })

test('compose a request from a template, copy it and mark it sent; undo takes back the log and the plan status', async ({ page, kith, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openSample(page, kith)
  const itemId = await planThisMonth(page, kith, 'Sara Lindqvist')
  const saraId = await idOf(page, kith, 'Sara Lindqvist')

  await nav(page, 'Contacts').click()
  await writeFromRow(page, 'Sara Lindqvist').click()
  const dialog = page.getByRole('dialog', { name: 'Write to Sara Lindqvist' })
  await expect(dialog).toContainText(/In your plan for \w+ \d{4}/)
  await dialog.getByLabel('Template').selectOption({ label: 'Ask for an expert opinion' })

  const message = dialog.getByLabel('Message')
  const missing = dialog.locator('.compose-missing')
  // No topic yet: flagged in the text and beside it, never "undefined".
  await expect(message).toHaveValue(/^Hi Sara,/)
  await expect(message).toHaveValue(/\[topic\]/)
  await expect(missing).toContainText('[topic] Type it into Topic above.')
  expect(await message.inputValue()).not.toContain('undefined')
  expect(await dialog.getByLabel('Subject').inputValue()).toBe('Your view on [topic]?')

  await dialog.getByLabel('Topic').fill('winter bed capacity')
  await expect(message).toHaveValue(/I am working on winter bed capacity/)
  await expect(missing).toBeEmpty()
  await expect(dialog.getByLabel('Subject')).toHaveValue('Your view on winter bed capacity?')
  // How we met comes from her contact and can be reworded for this message.
  await expect(dialog.getByLabel('How we met')).not.toHaveValue('')
  await dialog.getByLabel('How we met').fill('the Nordic logistics forum')
  await expect(message).toHaveValue(/We know each other from the Nordic logistics forum\. I am working on winter bed capacity/)

  // Edited by hand, the text is not overwritten without asking.
  await message.press('End')
  await message.pressSequentially(' P.S. Congratulations on the new role.')
  await dialog.getByLabel('Topic').fill('winter bed planning')
  await expect(dialog.getByRole('group', { name: 'Replace the text?' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Keep my text' }).click()
  await expect(message).toHaveValue(/winter bed capacity[\s\S]*P\.S\. Congratulations/)
  await dialog.getByLabel('Topic').fill('winter bed capacity')
  await dialog.getByRole('button', { name: 'Fill again' }).click()
  await expect(message).not.toHaveValue(/P\.S\./)

  // The sample has no e-mail addresses: copy only.
  await expect(dialog).toContainText('No e-mail address for Sara Lindqvist: copy the text and send it where you usually talk.')
  await expect(dialog.getByRole('link', { name: 'Open in mail app' })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Copy' }).click()
  await expect(dialog.getByText('Copied to the clipboard.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(`Your view on winter bed capacity?\n\n${await message.inputValue()}`)

  const sent = dialog.getByRole('region', { name: 'Mark as sent' })
  await sent.getByLabel('Sent by').selectOption('email')
  await sent.getByRole('button', { name: 'Mark as sent' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Logged the e-mail to Sara Lindqvist and marked Sara as asked in your plan. Undo with Ctrl+Z.')).toBeVisible()

  const today = await pageDay(page)
  const logged = (await network(page, kith)).interactions.filter((i) => i.contactIds.includes(saraId) && i.date === today)
  expect(logged).toMatchObject([{ channel: 'email', summary: 'Sent: Your view on winter bed capacity?' }])
  expect((await itemOf(page, kith, itemId))?.status).toBe('contacted')

  await page.keyboard.press('Control+Z')
  await expect.poll(async () => (await network(page, kith)).interactions.some((i) => i.id === logged[0]!.id)).toBe(false)
  expect((await itemOf(page, kith, itemId))?.status).toBe('planned')
})

test('the mail link for a non-ASCII name is percent-encoded with CRLF line breaks, and opening it can be marked sent', async ({ page, kith }) => {
  await openSample(page, kith)
  const id = await idOf(page, kith, 'Tom Reyes')
  await api(page, kith, 'contacts:update', { id, patch: { name: 'Zoë Ångström', email: 'zoe@example.org' } })
  await page.reload()
  await expect.poll(() => contactNodeCount(page)).toBe(40)

  await page.getByRole('button', { name: 'People on the map (40)' }).click()
  await page.getByRole('listbox', { name: /^People on the map, by name/ }).getByRole('option', { name: /Zoë Ångström/ }).click()
  await page.getByRole('complementary', { name: 'Details of Zoë Ångström' }).getByRole('button', { name: 'Write to them' }).click()
  const dialog = page.getByRole('dialog', { name: 'Write to Zoë Ångström' })
  await dialog.getByLabel('Topic').fill('Ärzte & café')

  const link = dialog.getByRole('link', { name: 'Open in mail app' })
  const href = (await link.getAttribute('href'))!
  expect(href.startsWith(`mailto:zoe@example.org?subject=${encodeURIComponent('Your view on Ärzte & café?')}&body=Hi%20Zo%C3%AB%2C%0D%0A%0D%0AWe%20know%20each%20other%20from%20`)).toBe(true)
  expect(href).not.toMatch(/[\s+]/)
  expect(decodeURIComponent(href.split('&body=')[1]!)).toBe((await dialog.getByLabel('Message').inputValue()).replace(/\n/g, '\r\n'))

  // The mail app cannot open here: keep the browser from following the link, as the desktop app hands it to the system.
  await link.evaluate((a) => a.addEventListener('click', (event) => event.preventDefault()))
  await link.click()
  await expect(dialog.getByText('Sent it from your mail app?')).toBeVisible()
  await expect(dialog.getByLabel('Sent by')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Mark as sent' }).click()
  await expect(dialog).toBeHidden()
  const today = await pageDay(page)
  const logged = (await network(page, kith)).interactions.filter((i) => i.contactIds.includes(id) && i.date === today)
  expect(logged).toMatchObject([{ channel: 'email', summary: 'Sent: Your view on Ärzte & café?' }])
})

test('a coffee with someone in the plan proposes the thank-you; saving marks them met, doing it marks them thanked', async ({ page, kith }) => {
  await openSample(page, kith)
  const itemId = await planThisMonth(page, kith, 'Sara Lindqvist')

  await nav(page, 'Contacts').click()
  await page.getByLabel('Select Sara Lindqvist').check()
  await page.getByRole('button', { name: 'Log interaction' }).click()
  const form = page.getByRole('form', { name: 'Log an interaction' })
  await form.getByLabel('How').selectOption('coffee')
  await expect(form.getByLabel('What to do')).toHaveValue('Send a thank-you to Sara')
  await expect(form).toContainText(/Sara Lindqvist is in your plan for \w+ \d{4}: saving marks them met/)
  await form.getByLabel('Summary').fill('Talked through her logistics dashboard')
  await form.getByRole('button', { name: 'Log interaction' }).click()
  await expect(form).toBeHidden()
  await expect.poll(async () => (await itemOf(page, kith, itemId))?.status).toBe('met')

  await nav(page, /^Follow-ups/).click()
  // The thank-you can be written from Kith's template, right from the follow-up.
  await page.getByRole('button', { name: 'Write it: Send a thank-you to Sara' }).click()
  const composer = page.getByRole('dialog', { name: 'Write to Sara Lindqvist' })
  await expect(composer.getByLabel('Template')).toHaveValue('thank-you')
  await expect(composer.getByLabel('Subject')).toHaveValue('Thank you for your time')
  await page.keyboard.press('Escape')
  await expect(composer).toBeHidden()
  await page.getByRole('checkbox', { name: 'Mark “Send a thank-you to Sara” done' }).click()
  await expect.poll(async () => (await itemOf(page, kith, itemId))?.status).toBe('thanked')
})

test('own templates are added, edited and deleted; a built-in one is edited and reset to Kith’s text', async ({ page, kith }) => {
  await openSample(page, kith)
  await nav(page, 'Contacts').click()
  await writeFromRow(page, 'Sara Lindqvist').click()
  await page.getByRole('button', { name: 'Edit templates or write your own…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Message templates' })

  await dialog.getByRole('button', { name: 'Add a template' }).click()
  const add = dialog.getByRole('form', { name: 'New template' })
  await add.getByLabel('Subject').fill('Hiring for {topic}?')
  await add.getByRole('button', { name: 'Add template' }).click()
  // The contract's message, beside its field; nothing saved.
  await expect(add.getByText('Give the template a name.')).toBeVisible()
  await expect(add.getByLabel('Name')).toBeFocused()
  expect((await network(page, kith)).templates.own).toEqual([])
  await add.getByLabel('Name').fill('Ask about hiring')
  await add.getByLabel('Kind').selectOption({ label: 'Ask for time' })
  await add.getByRole('button', { name: 'Add template' }).click()
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Ask about hiring' })).toContainText('yours')
  expect((await network(page, kith)).templates.own).toMatchObject([{ name: 'Ask about hiring', subject: 'Hiring for {topic}?', kind: 'request' }])

  await dialog.getByRole('button', { name: 'Edit Ask about hiring' }).click()
  const edit = dialog.getByRole('form', { name: 'Edit Ask about hiring' })
  await edit.getByLabel('Subject').fill('Are you hiring for {topic}?')
  await edit.getByRole('button', { name: 'Save template' }).click()
  await expect.poll(async () => (await network(page, kith)).templates.own[0]?.subject).toBe('Are you hiring for {topic}?')

  await dialog.getByRole('button', { name: 'Delete Ask about hiring' }).click()
  await expect(dialog.getByRole('button', { name: 'Edit Ask about hiring' })).toHaveCount(0)
  expect((await network(page, kith)).templates.own).toEqual([])

  await dialog.getByRole('button', { name: 'Edit Ask for an expert opinion' }).click()
  const builtIn = dialog.getByRole('form', { name: 'Edit Ask for an expert opinion' })
  await expect(builtIn.getByLabel('Name')).toHaveCount(0)
  await builtIn.getByLabel('Time asked').fill('15 minutes, by phone')
  await builtIn.getByRole('button', { name: 'Save template' }).click()
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Ask for an expert opinion' })).toContainText('edited')
  expect((await network(page, kith)).templates.edited['expert-opinion']?.timeAsked).toBe('15 minutes, by phone')

  // The message being written follows the edited template.
  await dialog.getByRole('button', { name: '← Back to the message' }).click()
  const composer = page.getByRole('dialog', { name: 'Write to Sara Lindqvist' })
  await expect(composer.getByLabel('Time asked')).toHaveValue('15 minutes, by phone')
  await expect(composer.getByLabel('Message')).toHaveValue(/Could you spare 15 minutes, by phone/)

  await composer.getByRole('button', { name: 'Edit templates or write your own…' }).click()
  await dialog.getByRole('button', { name: 'Reset Ask for an expert opinion to Kith’s text' }).click()
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Ask for an expert opinion' })).not.toContainText('edited')
  expect((await network(page, kith)).templates.edited).toEqual({})
})
