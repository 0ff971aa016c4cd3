import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { contactNodeCount, expect, test, type KithHost } from './fixtures'

type PlanItem = { id: string; contactId: string; status: string; skipReason: string | null; purpose: string; note: string }
type Network = { contacts: { id: string; name: string }[]; plan: Record<string, { busy: string | null; items: PlanItem[] }> }

/** A channel of the browser host, as a program outside the app would call it. */
async function api<T>(request: APIRequestContext, kith: KithHost, channel: string, input: object): Promise<T> {
  const response = await request.post(`${kith.origin}/api/${channel}`, { data: input, headers: { Authorization: `Bearer ${kith.token}` } })
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } }
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}
const saved = (request: APIRequestContext, kith: KithHost) => api<Network>(request, kith, 'network:get', {})
const itemsOf = async (request: APIRequestContext, kith: KithHost, month: string) => (await saved(request, kith)).plan[month]?.items ?? []

/** `YYYY-MM` of the browser's today, `offset` months on, and its name as the plan writes it. */
async function monthAt(page: Page, offset: number) {
  return page.evaluate((n) => {
    const now = new Date()
    const first = new Date(Date.UTC(now.getFullYear(), now.getMonth() + n, 1))
    return {
      id: first.toISOString().slice(0, 7),
      name: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(first),
    }
  }, offset)
}

const column = (page: Page, name: string): Locator => page.getByRole('region', { name: new RegExp(`^${name}`) })

async function openPlan(page: Page, kith: KithHost) {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Plan' }).click()
  await expect(page.getByRole('heading', { name: 'Plan', level: 1 })).toBeVisible()
}

test('fill a month from the suggestions, undo it in one step, then move, re-status and lighten months', async ({ page, kith, request }) => {
  await openPlan(page, kith)
  const now = await monthAt(page, 0)
  const next = await monthAt(page, 1)
  const thisMonth = column(page, now.name)
  const nextMonth = column(page, next.name)

  // The view shows exactly what plan:suggest proposes for the month, and fills it with that.
  const proposal = await api<{ target: number; suggestions: { contactId: string; reason: string }[] }>(request, kith, 'plan:suggest', { month: now.id })
  expect(proposal.target).toBe(3)
  expect(proposal.suggestions).toHaveLength(proposal.target)
  const names = new Map((await saved(request, kith)).contacts.map((c) => [c.id, c.name]))
  const suggested = thisMonth.getByRole('list', { name: `Suggested for ${now.name}` })
  await expect(suggested.getByRole('listitem')).toHaveCount(proposal.target)
  for (const s of proposal.suggestions) await expect(suggested).toContainText(s.reason)
  await thisMonth.getByRole('button', { name: 'Fill this month' }).click()
  const planned = thisMonth.getByRole('list', { name: `People planned for ${now.name}` }).getByRole('listitem')
  await expect(planned).toHaveCount(proposal.target)
  await expect.poll(async () => (await itemsOf(request, kith, now.id)).map((i) => i.contactId)).toEqual(proposal.suggestions.map((s) => s.contactId))
  await expect(thisMonth).toContainText(`0 of 3 met · 3 planned`)
  await expect(thisMonth).toContainText('The month is full')

  // One undo takes every added person back; redo brings them all again.
  const history = page.getByRole('group', { name: 'Undo and redo' })
  await history.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText(`Undone: filling ${now.name} from suggestions.`)).toBeVisible()
  await expect.poll(async () => (await itemsOf(request, kith, now.id)).length).toBe(0)
  await expect(thisMonth.getByText('Nobody planned yet.')).toBeVisible()
  await history.getByRole('button', { name: 'Redo' }).click()
  await expect.poll(async () => (await itemsOf(request, kith, now.id)).length).toBe(proposal.target)

  // Move the first person to next month.
  const [first, second] = proposal.suggestions.map((s) => names.get(s.contactId) as string)
  await thisMonth.getByRole('combobox', { name: `Move ${first} to another month` }).selectOption(next.id)
  await expect(nextMonth.getByRole('list', { name: `People planned for ${next.name}` })).toContainText(first as string)
  await expect.poll(async () => (await itemsOf(request, kith, next.id)).map((i) => names.get(i.contactId))).toEqual([first])
  await expect.poll(async () => (await itemsOf(request, kith, now.id)).length).toBe(proposal.target - 1)
  // The focus follows the person to their new month.
  await expect(nextMonth.getByRole('combobox', { name: `Move ${first} to another month` })).toBeFocused()

  // Only the moves the core allows are offered; asking is one of them.
  const status = thisMonth.getByRole('combobox', { name: `Change the status of ${second}` })
  await expect(status.getByRole('option')).toHaveText(['Status…', 'Asked', 'Meeting set', 'Met', 'Thanked', 'Skip…'])
  await status.selectOption({ label: 'Asked' })
  await expect.poll(async () => (await itemsOf(request, kith, now.id)).find((i) => names.get(i.contactId) === second)?.status).toBe('contacted')
  await expect(thisMonth.getByRole('listitem').filter({ hasText: second as string })).toContainText('Asked')

  // Skipping asks why, refuses an empty reason and keeps the dialog open.
  await status.selectOption({ label: 'Skip…' })
  const skip = page.getByRole('dialog', { name: `Skip ${second}?` })
  await skip.getByRole('button', { name: 'Skip', exact: true }).click()
  await expect(skip.getByText('Say why you are skipping this one')).toBeVisible()
  // A refused save puts the focus on the field to fix, as every form does.
  await expect(skip.getByLabel('Why skip them this time?')).toBeFocused()
  await skip.getByLabel('Why skip them this time?').fill('They moved abroad')
  await skip.getByRole('button', { name: 'Skip', exact: true }).click()
  await expect(skip).toBeHidden()
  await expect.poll(async () => (await itemsOf(request, kith, now.id)).find((i) => names.get(i.contactId) === second)).toMatchObject({ status: 'skipped', skipReason: 'They moved abroad' })

  // A light month aims for one person.
  await expect(nextMonth).toContainText('0 of 3 met')
  await nextMonth.getByLabel('This month is').selectOption({ label: 'Light: one person' })
  await expect(nextMonth).toContainText('0 of 1 met · 1 planned')
  await expect.poll(async () => (await saved(request, kith)).plan[next.id]?.busy).toBe('light')
  expect((await api<{ target: number }>(request, kith, 'plan:suggest', { month: next.id })).target).toBe(1)
  await expect(nextMonth).toContainText('The month is full')
})

test('add someone by typing, reorder them, edit what for, see a refusal plainly and remove one', async ({ page, kith, request }) => {
  await openPlan(page, kith)
  const later = await monthAt(page, 3)
  const month = column(page, later.name)
  // A later month lists its suggestions when asked (this month's show at once).
  await expect(month.getByRole('list', { name: `Suggested for ${later.name}` })).toBeHidden()
  await month.getByRole('button', { name: `Show suggestions for ${later.name}` }).click()
  await expect(month.getByRole('list', { name: `Suggested for ${later.name}` }).getByRole('listitem')).toHaveCount(3)
  await expect(month.getByRole('button', { name: `Hide suggestions for ${later.name}` })).toBeFocused()
  const search = month.getByRole('combobox', { name: `Add someone to ${later.name}` })
  await search.fill('daniel')
  await expect(month.getByRole('option', { name: /Daniel Cho/ })).toBeVisible()
  await search.press('Enter')
  await expect(search).toHaveValue('')
  await search.fill('lucy zh')
  await search.press('ArrowDown')
  await search.press('Enter')
  const list = month.getByRole('list', { name: `People planned for ${later.name}` })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect.poll(async () => (await itemsOf(request, kith, later.id)).length).toBe(2)

  // Lucy moves up above Daniel, and the focus stays on her arrows.
  await month.getByRole('button', { name: 'Move Lucy Zhang up' }).click()
  await expect(list.getByRole('listitem').first()).toContainText('Lucy Zhang')
  await expect(month.getByRole('button', { name: 'Move Lucy Zhang down' })).toBeFocused()
  const ids = new Map((await saved(request, kith)).contacts.map((c) => [c.name, c.id]))
  await expect.poll(async () => (await itemsOf(request, kith, later.id)).map((i) => i.contactId)).toEqual([ids.get('Lucy Zhang'), ids.get('Daniel Cho')])

  // Someone already in the month is listed but cannot be added twice.
  await search.fill('daniel')
  await expect(month.getByRole('option', { name: /Daniel Cho/ })).toHaveAttribute('aria-disabled', 'true')
  await search.press('Escape')
  await expect(search).toHaveValue('')

  // The backend's refusal is shown as it says it: moving Daniel into a month that already has him.
  await api(request, kith, 'plan:add', { month: (await monthAt(page, 4)).id, contactId: ids.get('Daniel Cho') })
  const target = await monthAt(page, 4)
  await month.getByRole('combobox', { name: 'Move Daniel Cho to another month' }).selectOption(target.id)
  await expect(page.getByText(`Daniel Cho is already in the plan for ${target.name}.`)).toBeVisible()
  await expect.poll(async () => (await itemsOf(request, kith, later.id)).length).toBe(2)

  // What the meeting is for, edited in its dialog.
  await month.getByRole('button', { name: 'Edit the plan for Daniel Cho' }).click()
  const edit = page.getByRole('dialog', { name: 'Plan for Daniel Cho' })
  await edit.getByLabel('Purpose').fill('Ask how the bed board was rolled out')
  await edit.getByLabel('Note').fill('He prefers mornings.')
  await edit.getByRole('button', { name: 'Save' }).click()
  await expect(edit).toBeHidden()
  await expect(list.getByRole('listitem').filter({ hasText: 'Daniel Cho' })).toContainText('Ask how the bed board was rolled out')
  await expect.poll(async () => (await itemsOf(request, kith, later.id)).find((i) => i.contactId === ids.get('Daniel Cho'))).toMatchObject({
    purpose: 'Ask how the bed board was rolled out',
    note: 'He prefers mornings.',
  })

  await month.getByRole('button', { name: 'Remove Lucy Zhang from the plan' }).click()
  await expect(search).toBeFocused()
  await expect.poll(async () => (await itemsOf(request, kith, later.id)).map((i) => i.contactId)).toEqual([ids.get('Daniel Cho')])
})

test('meeting everyone planned this month starts the streak, on the plan and in the insights', async ({ page, kith, request }) => {
  await openPlan(page, kith)
  const now = await monthAt(page, 0)
  const thisMonth = column(page, now.name)
  await expect(page.getByText('No month on target yet')).toBeVisible()
  await thisMonth.getByRole('button', { name: 'Fill this month' }).click()
  const statuses = thisMonth.getByRole('combobox', { name: /^Change the status of / })
  await expect(statuses).toHaveCount(3)
  for (let i = 0; i < 3; i++) {
    await statuses.nth(i).selectOption({ label: 'Met' })
    await expect(thisMonth).toContainText(`${i + 1} of 3 met`)
  }
  await expect.poll(async () => (await itemsOf(request, kith, now.id)).map((i) => i.status)).toEqual(['met', 'met', 'met'])
  await expect(page.getByRole('main').getByText('1 month on target.')).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Insights' }).click()
  const card = page.getByRole('region', { name: 'Monthly plan' })
  await expect(card).toContainText('This month: 3 of 3 met, 3 planned.')
  await expect(card).toContainText('1 month on target.')
})

test('one person through the whole routine: planned, asked, met, thanked — progress and streak follow', async ({ page, kith, request, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openPlan(page, kith)
  const now = await monthAt(page, 0)
  const thisMonth = column(page, now.name)
  const item = () => thisMonth.getByRole('list', { name: `People planned for ${now.name}` }).getByRole('listitem').filter({ hasText: 'Sara Lindqvist' })

  // A light month: one person is the target.
  await thisMonth.getByLabel('This month is').selectOption({ label: 'Light: one person' })
  await expect(thisMonth).toContainText('0 of 1 met')
  const search = thisMonth.getByRole('combobox', { name: `Add someone to ${now.name}` })
  await search.fill('sara lind')
  await expect(thisMonth.getByRole('option', { name: /Sara Lindqvist/ })).toBeVisible()
  await search.press('Enter')
  await expect(item()).toContainText('Planned')

  // Write from a template and mark it sent: the plan says asked, and an e-mail is logged today.
  await item().getByRole('button', { name: 'Write to Sara Lindqvist' }).click()
  const composer = page.getByRole('dialog', { name: 'Write to Sara Lindqvist' })
  await composer.getByLabel('Template').selectOption({ label: 'Learn how they solved a problem' })
  await composer.getByLabel('Topic').fill('cutting courier delays')
  await composer.getByRole('button', { name: 'Copy' }).click()
  const sent = composer.getByRole('region', { name: 'Mark as sent' })
  await sent.getByLabel('Sent by').selectOption('email')
  await sent.getByRole('button', { name: 'Mark as sent' }).click()
  await expect(composer).toBeHidden()
  await expect(item()).toContainText('Asked')
  const network = await saved(request, kith)
  const sara = network.contacts.find((c) => c.name === 'Sara Lindqvist')!.id
  const interactions = (network as unknown as { interactions: { contactIds: string[]; channel: string; summary: string }[] }).interactions
  expect(interactions.filter((i) => i.contactIds.includes(sara) && i.channel === 'email' && i.summary.startsWith('Sent: '))).toHaveLength(1)

  // Log the coffee: the thank-you is proposed; saving meets the target and starts the streak.
  await page.keyboard.press('l')
  const form = page.getByRole('form', { name: 'Log an interaction' })
  await form.getByLabel('Find a person').fill('Sara Lind')
  await form.getByRole('checkbox', { name: /Sara Lindqvist/ }).check()
  await form.getByLabel('How').selectOption('coffee')
  await expect(form.getByLabel('What to do')).toHaveValue('Send a thank-you to Sara')
  await form.getByRole('button', { name: 'Log interaction' }).click()
  await expect(form).toBeHidden()
  await expect(item()).toContainText('Met')
  await expect(thisMonth).toContainText('1 of 1 met')
  await expect(page.getByRole('main').getByText('1 month on target.')).toBeVisible()

  // Complete the thank-you: the plan says thanked, and the insights show the streak.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Follow-ups/ }).click()
  await page.getByRole('checkbox', { name: 'Mark “Send a thank-you to Sara” done' }).click()
  await expect.poll(async () => (await itemsOf(request, kith, now.id)).map((i) => i.status)).toEqual(['thanked'])
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Plan' }).click()
  await expect(item()).toContainText('Thanked')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Insights' }).click()
  await expect(page.getByRole('region', { name: 'Monthly plan' })).toContainText('1 month on target.')
})
