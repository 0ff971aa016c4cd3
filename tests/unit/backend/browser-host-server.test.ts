import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openBackend, type Backend } from '../../../electron/backend/open-backend'
import { createBrowserHostServer, MAX_BODY_BYTES } from '../../../electron/browser-host/http-server'
import { tempDir } from '../helpers/temp-dir'

const TOKEN = 'test-token-123'
let backend: Backend
let server: ReturnType<typeof createBrowserHostServer>
let port: number

beforeEach(async () => {
  const staticDir = tempDir()
  mkdirSync(path.join(staticDir, 'assets'))
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Kith</title>')
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)')
  backend = await openBackend({ dataDir: tempDir(), hostName: 'test', host: { revealFolder: async () => false } })
  server = createBrowserHostServer({ dispatch: backend.dispatch, staticDir, token: TOKEN })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await backend.close()
})

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      // A fresh connection each time: a kept-alive one may be closed by the server just as a slow test reuses it.
      { host: '127.0.0.1', port, agent: false, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }))
      },
    )
    req.on('error', reject)
    // A refused large body: the host answers 413 and hangs up on the rest, so the end of the upload may fail
    // after the answer arrived. That is the host working, not an error of the test.
    req.on('socket', (socket) => socket.on('error', () => undefined))
    req.end(options.body)
  })
}

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  send({ method: 'POST', path: `/api/${channel}`, headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) })

describe('the browser host', () => {
  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const page = await send({ path: '/' })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Kith</title>')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect((await send({ path: '/assets/app.js' })).headers['content-type']).toContain('text/javascript')
  })

  it('serves nothing outside the renderer folder', async () => {
    expect((await send({ path: '/%2e%2e/%2e%2e/etc/passwd' })).status).toBe(404)
    expect((await send({ path: '/..%2f..%2fetc%2fpasswd' })).status).toBe(404)
    expect((await send({ path: '/missing.js' })).status).toBe(404)
  })

  it('answers a call with the right token', async () => {
    const reply = await api('store:status', {})
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { state: 'ready' } })
    expect(reply.headers['cache-control']).toBe('no-store')
  })

  it('refuses a call without the token, or with a wrong one (401)', async () => {
    expect((await send({ method: 'POST', path: '/api/store:status', body: '{}' })).status).toBe(401)
    expect((await api('store:status', {}, { Authorization: 'Bearer nope' })).status).toBe(401)
  })

  it('refuses a foreign Host or Origin (403), which stops DNS rebinding and cross-site calls', async () => {
    expect((await api('store:status', {}, { Host: 'evil.example:80' })).status).toBe(403)
    expect((await api('store:status', {}, { Origin: 'http://evil.example' })).status).toBe(403)
    expect((await send({ path: '/', headers: { Host: `attacker.test:${port}` } })).status).toBe(403)
    expect((await api('store:status', {}, { Origin: `http://localhost:${port}`, Host: `localhost:${port}` })).status).toBe(200)
  })

  it('says 404 for an unknown channel, 400 for bad input or JSON, 405 for GET, 413 for a huge body', async () => {
    expect((await api('contacts:explode', {})).status).toBe(404)
    expect((await api('contacts%E0%A4%A', {})).status).toBe(404)
    const invalid = await api('contacts:create', { name: '', categories: ['social'] })
    expect(invalid.status).toBe(400)
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'name', message: 'Give the contact a name.' }] } })
    expect((await send({ method: 'POST', path: '/api/store:status', headers: { Authorization: `Bearer ${TOKEN}` }, body: '{not json' })).status).toBe(400)
    expect((await send({ method: 'GET', path: '/api/store:status', headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(405)
    const huge = Buffer.alloc(MAX_BODY_BYTES + 10, 'a')
    expect((await send({ method: 'POST', path: '/api/store:status', headers: { Authorization: `Bearer ${TOKEN}` }, body: huge })).status).toBe(413)
  })

  it('lets a 20 MB import through, and refuses a larger body with 413 and a message saying the limit', async () => {
    // Every cell quoted, with doubled quotes and CRLF: the text that grows most as a JSON string. A long
    // notes column (ignored by the reader) makes the rows few, so the test times the limit, not the parser.
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On,Notes\r\n'
    const notes = `"${'Met at the ""Harbor"" forum, then again in Lisbon.\r\n'.repeat(80)}"`
    const rows: string[] = [header]
    let size = header.length
    for (let i = 0; size < 20_000_000; i++) {
      const line = `"Ana ${i}","Silva","https://www.linkedin.com/in/ana-${i}","","Acme, ""Ltd""","Head of ""Things""","12 Mar 2024",${notes}\r\n`
      rows.push(line)
      size += line.length
    }
    const text = rows.join('')
    const body = JSON.stringify({ format: 'auto', text, fileName: 'Connections.csv' })
    expect(body.length).toBeGreaterThan(text.length * 1.1)
    const passed = await send({ method: 'POST', path: '/api/import:preview', headers: { Authorization: `Bearer ${TOKEN}` }, body })
    expect([passed.status, passed.body.slice(0, 300)]).toEqual([200, expect.any(String)])
    const preview = JSON.parse(passed.body) as { ok: true; value: { format: string; create: unknown[] } }
    expect(preview.value.format).toBe('linkedin-csv')
    expect(preview.value.create).toHaveLength(rows.length - 1)

    const larger = JSON.stringify({ format: 'auto', text: text + text.slice(header.length), fileName: 'Twice.csv' })
    expect(larger.length).toBeGreaterThan(MAX_BODY_BYTES)
    const refused = await send({ method: 'POST', path: '/api/import:apply', headers: { Authorization: `Bearer ${TOKEN}` }, body: larger })
    expect(refused.status).toBe(413)
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/larger than the 32 MB .*up to 20 MB/) } })
    // Sent in chunks without a declared length, the host finds out while reading, and still answers 413.
    const chunked = await send({
      method: 'POST',
      path: '/api/import:apply',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Transfer-Encoding': 'chunked' },
      body: larger,
    })
    expect(chunked.status).toBe(413)
    expect(await backend.dispatch('network:get', {})).toMatchObject({ ok: true, value: { contacts: [] } })
  }, 120_000)

  it('answers a refused change with its reason in the envelope', async () => {
    const reply = await api('ties:create', { a: 'x', b: 'y' })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'DANGLING_REFERENCE' } })
  })

  it('treats a client that hangs up mid-body as a normal event: no stack trace, no change, and the next call is answered', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const socket = connect(port, '127.0.0.1')
      await new Promise<void>((resolve) => socket.on('connect', resolve))
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()))
      socket.write(
        `POST /api/contacts:create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${TOKEN}\r\n` +
          'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"name": "Half',
      )
      await new Promise((resolve) => setTimeout(resolve, 100))
      socket.destroy()
      await closed
      // The server sees the reset a moment later; give it time to (not) log.
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(logged).not.toHaveBeenCalled()
      const network = JSON.parse((await api('network:get', {})).body)
      expect(network).toMatchObject({ ok: true, value: { contacts: [] } })
    } finally {
      logged.mockRestore()
    }
  })
})
