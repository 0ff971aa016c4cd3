// Finds a Chromium for Playwright and runs the end-to-end tests with it.
// Order: $CHROMIUM_PATH, Debian's or Ubuntu's package, then Playwright's own download.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

function playwrightsOwn() {
  try {
    const path = chromium.executablePath()
    return existsSync(path) ? path : null
  } catch {
    return null
  }
}

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightsOwn()]
const found = candidates.find((path) => path && existsSync(path))
if (!found) {
  console.error('No Chromium found for the end-to-end tests: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.')
  process.exit(1)
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: found },
})
process.exit(result.status ?? 1)
