/* global window */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { startHost } from '../screens/screens-common.mjs'
import { generateNetwork } from './generate-network.mjs'
const contacts = Number(process.argv[2] ?? 1000)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] })
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kith-prof-'))
writeFileSync(path.join(dataDir, 'kith.json'), JSON.stringify(generateNetwork({ contacts })))
const host = await startHost(dataDir)
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
await page.goto(host.url)
await page.waitForFunction((n) => window.cy?.nodes('[kind = "contact"]').length === n && window.kithMap, contacts, { timeout: 300000, polling: 500 })
await page.evaluate(() => window.kithMap.exportImage({ format: 'pdf', scale: 1, background: 'solid', paper: 'a4' }))
const cdp = await page.context().newCDPSession(page)
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 500 }); await cdp.send('Profiler.start')
const ms = await page.evaluate(async () => { const t = performance.now(); await window.kithMap.exportImage({ format: 'pdf', scale: 1, background: 'solid', paper: 'a4' }); return performance.now() - t })
const { profile } = await cdp.send('Profiler.stop')
console.log('ms', Math.round(ms))
const self = new Map(); const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const counts = new Map(); for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1)
for (const [id, c] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + c) }
const total = profile.samples.length
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, c]) => `${(100 * c / total).toFixed(1)}% ${k}`).join('\n'))
// inclusive by function name
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const incl = new Map()
for (const [id, c] of counts) { const seen = new Set(); let cur = id; while (cur) { const n = byId.get(cur); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + c); seen.add(k) } cur = parent.get(cur) } }
console.log('--- inclusive'); console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, c]) => `${(100 * c / total).toFixed(1)}% ${k}`).join('\n'))
await browser.close(); await host.stop(); rmSync(dataDir, { recursive: true, force: true })
