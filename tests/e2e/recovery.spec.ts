import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, contactNodeCount, test } from './fixtures'

const fixture = readFileSync(path.resolve('tests/fixtures/store-v1.json'), 'utf8')
const damaged = fixture.slice(0, 1200)

test.beforeEach(({ dataDir }) => {
  writeFileSync(path.join(dataDir, 'kith.json'), damaged)
  mkdirSync(path.join(dataDir, 'backups'))
  writeFileSync(path.join(dataDir, 'backups', 'kith-2026-11-20.json'), fixture)
})

test('a damaged store shows the recovery screen, leaves the file untouched, and restores the newest backup', async ({ page, kith }) => {
  await page.goto(kith.url)
  await expect(page.getByRole('heading', { name: 'Your Kith data could not be opened' })).toBeVisible()
  await expect(page.getByText('The file is not valid JSON')).toBeVisible()
  await expect(page.getByText(path.join(kith.dataDir, 'kith.json'), { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Explore a sample network' })).toHaveCount(0)

  // The damaged file is exactly as it was, and a copy sits beside it.
  expect(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8')).toBe(damaged)
  const copies = readdirSync(kith.dataDir).filter((n) => n.startsWith('kith-unreadable-'))
  expect(copies).toHaveLength(1)
  expect(readFileSync(path.join(kith.dataDir, copies[0]!), 'utf8')).toBe(damaged)

  // No file manager on a headless machine: the folder's path is shown instead.
  await page.getByRole('button', { name: 'Open data folder' }).click()
  await expect(page.getByText('This browser cannot open folders.')).toBeVisible()

  await page.getByRole('button', { name: 'Restore newest backup' }).click()
  await expect(page.getByRole('heading', { name: 'Network map' })).toBeVisible()
  await expect.poll(() => contactNodeCount(page)).toBe(3)
  expect(JSON.parse(readFileSync(path.join(kith.dataDir, 'kith.json'), 'utf8')).contacts).toHaveLength(3)
  expect(readFileSync(path.join(kith.dataDir, copies[0]!), 'utf8')).toBe(damaged)
})
