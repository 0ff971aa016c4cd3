import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, contactNodeCount, startHost, stopHost, test } from './fixtures'

test('the sample can be cleared to start one’s own network', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)

  const notice = page.getByRole('group', { name: 'Sample network' })
  await expect(notice).toContainText('You are exploring the sample network.')
  await notice.getByRole('button', { name: 'Start my own network' }).click()
  await expect(notice).toContainText('This removes the sample and anything you added to it.')
  await notice.getByRole('button', { name: 'Clear sample' }).click()

  await expect(page.getByRole('heading', { name: 'Build your network before you need it' })).toBeVisible()
  const stored = JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8'))
  expect(stored).toMatchObject({ contacts: [], ties: [], interactions: [], sampleLoaded: false, me: { name: '' } })
})

test('closing a form with typed input asks first, and keeps it on request', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await page.getByRole('button', { name: 'Add contact' }).click()
  const form = page.getByRole('form', { name: 'New contact' })
  await form.getByLabel('Name').fill('Half Typed')

  await page.keyboard.press('Escape')
  const ask = page.getByRole('alertdialog', { name: 'Discard changes?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Keep editing' }).click()
  await expect(form.getByLabel('Name')).toHaveValue('Half Typed')

  await page.getByRole('button', { name: 'Close', exact: true }).click()
  await ask.getByRole('button', { name: 'Discard' }).click()
  await expect(form).toBeHidden()
  await expect.poll(() => contactNodeCount(page)).toBe(40)

  // An untouched form closes at once.
  await page.getByRole('button', { name: 'Add contact' }).click()
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()
})

test('a tab holding a token from an earlier start is sent back to the printed link', async ({ page, dataDir }) => {
  const first = await startHost(dataDir)
  await page.goto(first.host.url)
  await expect(page.getByRole('heading', { name: 'Build your network before you need it' })).toBeVisible()
  const port = Number(new URL(first.host.origin).port)
  await stopHost(first.process)

  const second = await startHost(dataDir, port)
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Open Kith from its own link' })).toBeVisible()
  await page.goto(second.host.url)
  await expect(page.getByRole('heading', { name: 'Build your network before you need it' })).toBeVisible()
  await stopHost(second.process)
})

test('a dialog keeps the focus inside, and nothing behind it reacts to keys', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  // "L" opens the log dialog from anywhere; its first field has the focus, and the key typed nothing there.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Timeline' }).click()
  await page.keyboard.press('l')
  const dialog = page.getByRole('dialog', { name: 'Log an interaction' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('searchbox', { name: 'Find a person' })).toBeFocused()
  await expect(dialog.getByRole('searchbox', { name: 'Find a person' })).toHaveValue('')

  // Tabbing through the whole dialog (and round again) never reaches the page behind it, nor the browser's own controls.
  const where = () => page.evaluate(() => (document.activeElement === document.body ? 'browser' : document.activeElement?.closest('dialog') ? 'dialog' : 'page'))
  const seen = new Set<string>()
  for (let n = 0; n < 80; n++) {
    await page.keyboard.press('Tab')
    seen.add(await where())
  }
  expect([...seen]).toEqual(['dialog'])
  // Undo behind a dialog does nothing to the data; a second "L" opens nothing else.
  await page.keyboard.press('Control+z')
  await expect(page.getByText(/^Undone:/)).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})

test('leaving the page with typed input in a dialog asks first', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await page.getByRole('button', { name: 'Add contact' }).click()
  await page.getByRole('form', { name: 'New contact' }).getByLabel('Name').fill('Half Typed')
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))))
  await page.close({ runBeforeUnload: true })
  expect(await asked).toBe('beforeunload')
})

test('pressing Escape again and again never loses typed input, and the app keeps answering', async ({ page, kith }) => {
  await page.goto(kith.url)
  await page.getByRole('button', { name: 'Explore a sample network' }).click()
  await expect.poll(() => contactNodeCount(page)).toBe(40)
  await page.keyboard.press('l')
  const dialog = page.getByRole('dialog', { name: 'Log an interaction' })
  const summary = dialog.getByLabel('Summary')
  await summary.fill('Talked about the rota')
  const ask = page.getByRole('alertdialog', { name: 'Discard changes?' })
  for (let round = 0; round < 3; round++) {
    await page.keyboard.press('Escape')
    await expect(ask).toBeVisible()
    await expect(ask.getByRole('button', { name: 'Keep editing' })).toBeFocused()
    // Escape on the question means "keep editing", and the typing goes on where it was.
    await page.keyboard.press('Escape')
    await expect(ask).toBeHidden()
    await expect(summary).toBeFocused()
  }
  await expect(dialog).toBeVisible()
  await expect(summary).toHaveValue('Talked about the rota')

  await page.keyboard.press('Escape')
  await ask.getByRole('button', { name: 'Discard' }).click()
  await expect(dialog).toBeHidden()
  // Nothing is left behind: the keys and the sidebar answer again.
  await page.keyboard.press('l')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Events' }).click()
  await expect(page.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible()
})
