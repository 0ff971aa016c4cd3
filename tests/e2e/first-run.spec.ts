import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { drawnPixels, expect, contactNodeCount, settledBytes, test } from './fixtures'

test('a new user opens the sample, adds a contact, logs an interaction, and finds both after a reload', async ({ page, kith }) => {
  await page.goto(kith.url)
  await expect(page.getByRole('heading', { name: 'Build your network before you need it' })).toBeVisible()
  await page.getByRole('button', { name: 'Explore a sample network' }).click()

  // The sample: Priya's 40 contacts, drawn for real.
  await expect(page.getByRole('heading', { name: 'Network map' })).toBeVisible()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  await expect.poll(() => drawnPixels(page)).toBeGreaterThan(20_000)
  await expect(page.getByRole('complementary', { name: 'Map legend' })).toContainText(/Other industries\s*none yet/)

  // Add a contact from another industry.
  await page.getByRole('button', { name: 'Add contact' }).click()
  const form = page.getByRole('form', { name: 'New contact' })
  await form.getByLabel('Name').fill('Jonas Berg')
  await form.getByLabel('Organization').fill('Northwind Energy')
  await form.getByLabel('Industry').fill('Energy')
  await form.getByLabel('Other industries').check()
  await form.getByLabel('Tie strength').selectOption('2')
  await form.getByRole('button', { name: 'Add contact' }).click()
  await expect(form).toBeHidden()
  await expect.poll(() => contactNodeCount(page)).toBe(41)
  const panel = page.getByRole('complementary', { name: 'Details of Jonas Berg' })
  // Just added and not spoken to yet: new, not "never contacted".
  await expect(panel).toContainText('Last contact')
  await expect(panel).toContainText('not yet')
  await expect(panel.locator('.band-pill')).toHaveText('New')

  // Log a coffee with him from his panel.
  await panel.getByRole('button', { name: 'Log interaction' }).click()
  const log = page.getByRole('form', { name: 'Log an interaction' })
  await expect(log.getByRole('checkbox', { name: /Jonas Berg/ })).toBeChecked()
  await log.getByLabel('How').selectOption('coffee')
  await log.getByLabel('Who helped whom').selectOption('gave')
  await log.getByLabel('Summary').fill('Swapped notes on grid forecasting')
  await log.getByRole('button', { name: 'Log interaction' }).click()
  await expect(log).toBeHidden()
  await expect(panel).toContainText('Swapped notes on grid forecasting')
  await expect(panel).toContainText('today')

  // Everything is on disk, and survives a reload.
  const stored = JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8'))
  const jonas = stored.contacts.find((c: { name: string }) => c.name === 'Jonas Berg')
  expect(jonas).toMatchObject({ organization: 'Northwind Energy', industry: 'Energy', categories: ['other-industry'], tieStrength: 2 })
  expect(stored.interactions.filter((i: { contactIds: string[] }) => i.contactIds.includes(jonas.id))).toMatchObject([
    { channel: 'coffee', direction: 'gave', summary: 'Swapped notes on grid forecasting' },
  ])

  await page.reload()
  await expect.poll(() => contactNodeCount(page)).toBe(41)
  await page.getByRole('button', { name: 'Contacts' }).click()
  await page.getByRole('searchbox', { name: 'Search contacts' }).fill('Jonas')
  await expect(page.getByRole('row', { name: /Jonas Berg/ })).toContainText('today')
  await expect(page.getByText('1 of 41 shown')).toBeVisible()
})

test('a user starting from scratch says who they are and adds their first contact', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Start my own network' }).click()
  const about = page.getByRole('form', { name: 'About you' })
  await about.getByLabel('Your name').fill('Dana Levi')
  await about.getByLabel('Your industry').fill('Logistics')
  await about.getByRole('button', { name: 'Continue to your first contact' }).click()
  // The file appears with the first save; until then there is nothing to read.
  const me = () => (existsSync(path.join(kith.dataDir, 'kith.json')) ? JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8')).me : null)
  await expect.poll(me).toMatchObject({ name: 'Dana Levi', industry: 'Logistics', organization: '' })
  const form = page.getByRole('form', { name: 'New contact' })
  await form.getByLabel('Name').fill('Mina Park')
  // Each category says what it means, beside its box and as its description.
  await expect(form.getByRole('checkbox', { name: 'People I value' })).toHaveAccessibleDescription(/already know and trust/)
  await expect(form.getByText('People who work in a field unlike yours', { exact: false })).toBeVisible()
  await form.getByLabel('People I value').check()
  await form.getByRole('button', { name: 'Add contact' }).press('Enter')
  await expect(page.getByRole('row', { name: /Mina Park/ })).toBeVisible()
  // What next, with the focus there rather than lost on the page.
  const next = page.getByRole('region', { name: 'Mina Park is in your network. What next?' })
  await expect(next.getByRole('heading')).toBeFocused()
  await expect(next.getByRole('button', { name: 'Log a conversation with Mina Park' })).toBeVisible()
  await next.getByRole('button', { name: 'Add someone to “Other industries”' }).press('Enter')
  await expect(page.getByRole('form', { name: 'New contact' }).getByRole('checkbox', { name: 'Other industries' })).toBeChecked()
  await page.getByRole('form', { name: 'New contact' }).getByLabel('Name').fill('Jonas Berg')
  await page.getByRole('form', { name: 'New contact' }).getByRole('button', { name: 'Add contact' }).press('Enter')
  await expect(next.getByRole('button', { name: 'Add someone to “Other industries”' })).toHaveCount(0)
  await expect(next.getByRole('heading')).toBeFocused()
  await next.getByRole('button', { name: 'Hide these suggestions' }).click()
  await expect(next).toHaveCount(0)
  await page.getByRole('button', { name: 'Map' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(2)
  await expect(page.getByText('Dana Levi').first()).toBeVisible()
  // Insights on a young network say why there are so many gaps, instead of only scolding.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Insights' }).click()
  await expect(page.getByText('With 2 contacts so far, most of what follows is simply people not added yet.', { exact: false })).toBeVisible()
})

test('the about-you step can be skipped, and explains a field that is too long', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Start my own network' }).click()
  const about = page.getByRole('form', { name: 'About you' })
  await about.getByLabel('Your organization').fill('x'.repeat(201))
  await about.getByRole('button', { name: 'Continue to your first contact' }).click()
  await expect(about.getByText('Organization is too long (at most 200 characters).')).toBeVisible()
  expect(existsSync(path.join(kith.dataDir, 'kith.json')) ? JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8')).me.organization : '').toBe('')
  await about.getByLabel('Your organization').fill('')
  await about.getByRole('button', { name: 'Continue to your first contact' }).click()
  await expect(page.getByRole('form', { name: 'New contact' })).toBeVisible()
})

test('bad input gets a plain message and changes nothing', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  const before = await settledBytes(page, kith)

  await page.getByRole('button', { name: 'Add contact' }).click()
  const form = page.getByRole('form', { name: 'New contact' })
  await form.getByLabel('E-mail').fill('jonas-at-example')
  await form.getByLabel('Keep in touch every (days)').fill('2')
  await form.getByRole('button', { name: 'Add contact' }).click()
  await expect(form.getByText('Give the contact a name.', { exact: true })).toBeVisible()
  await expect(form.getByText('Choose at least one category.', { exact: true })).toBeVisible()
  await expect(form.getByText('E-mail must look like name@example.com.', { exact: true })).toBeVisible()
  await expect(form.getByText('Cadence must be at least 7 days.', { exact: true })).toBeVisible()
  await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByRole('alert')).toHaveText('Nothing was saved: check the 4 highlighted fields.')
  await form.getByRole('button', { name: 'Cancel' }).click()

  await page.getByRole('button', { name: 'Log interaction' }).click()
  const log = page.getByRole('form', { name: 'Log an interaction' })
  await log.getByRole('button', { name: 'Log interaction' }).click()
  await expect(log.getByText('Choose at least one contact.', { exact: true })).toBeVisible()
  await expect(log.getByRole('alert')).toHaveText('Nothing was saved: check the highlighted field.')

  expect(readFileSync(path.join(kith.dataDir, 'kith.json')).equals(before)).toBe(true)
  await expect.poll(() => contactNodeCount(page)).toBe(40)
})

test('what was said about oneself is there again after a reload, before any contact exists', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Start my own network' }).click()
  await page.getByRole('form', { name: 'About you' }).getByLabel('Your industry').fill('Logistics')
  await page.getByRole('button', { name: 'Continue to your first contact' }).click()
  await expect(page.getByRole('form', { name: 'New contact' })).toBeVisible()
  await page.reload()
  await page.getByRole('button', { name: 'Start my own network' }).click()
  await expect(page.getByRole('form', { name: 'About you' }).getByLabel('Your industry')).toHaveValue('Logistics')
})

test('insights with no contacts yet claim nothing about everyone, and say what fills them in', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Start my own network' }).click()
  await page.getByRole('button', { name: 'Continue to your first contact' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Insights' }).click()
  await expect(page.getByRole('heading', { name: 'Network health: not scored yet' })).toBeVisible()
  const view = page.locator('.insights-view')
  await expect(view).not.toContainText(/within their|everyone|Full marks|covers what Kith checks/i)
  await expect(page.getByRole('region', { name: 'Reach out today' })).toContainText('Once you have added people')
  await expect(page.getByRole('region', { name: 'Your network in numbers' })).toContainText('The numbers appear once you have added someone')
  await expect(page.getByRole('region', { name: 'Last contact against cadence' })).toContainText('No contacts yet')
  // The way out of the empty state is right there.
  await page.getByRole('region', { name: 'Your network is empty so far' }).getByRole('button', { name: 'Add someone to “People I value”' }).click()
  await expect(page.getByRole('form', { name: 'New contact' }).getByRole('checkbox', { name: 'People I value' })).toBeChecked()
})
