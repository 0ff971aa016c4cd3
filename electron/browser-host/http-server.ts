import { timingSafeEqual } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import type { Result } from '../../src/core/result'
import { isErrno } from '../backend/atomic-write'
import type { Dispatch } from '../backend/dispatch'
import { MIME_TYPES, SECURITY_HEADERS, resolveStaticPath } from '../host-common/renderer-files'

/** The largest file the browser host takes in for an import (a 30,000-row LinkedIn export is about 3 MB). */
export const MAX_IMPORT_FILE_MB = 20

/**
 * Largest API request body accepted; a larger body is refused before it is read. Most calls carry a form's
 * worth of data, but an import carries the whole file as a JSON string, where every quote, backslash and line
 * end gains an escape: a CSV quoting every cell grows by about a third. 32 MiB lets any 20 MB text file through.
 */
export const MAX_BODY_BYTES = 32 * 1024 * 1024

export interface BrowserHostOptions {
  readonly dispatch: Dispatch
  /** Folder of the built renderer (index.html and assets). */
  readonly staticDir: string
  /** Secret every API call must present as `Authorization: Bearer TOKEN`. */
  readonly token: string
}

/**
 * The browser host's HTTP server: the built renderer, and `POST /api/<channel>` into the shared backend.
 *
 * Loopback only, and it checks Host and Origin on every request, so a web page the user visits cannot
 * reach it through DNS rebinding or a cross-site request; the API also needs the per-start token.
 */
export function createBrowserHostServer(options: BrowserHostOptions): Server {
  const expected = Buffer.from(`Bearer ${options.token}`)
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (isClientGone(error)) return void res.destroy()
      console.error('Kith browser host error:', error)
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The Kith server hit an unexpected error.' } })
      else res.destroy()
    })
  })

  const loopbackNames = (): Set<string> => {
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : 0
    return new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const names = loopbackNames()
    const origin = req.headers.origin
    if (!names.has(req.headers.host ?? '') || (origin !== undefined && !names.has(origin.replace(/^http:\/\//, '')))) {
      return sendJson(res, 403, refusal('FORBIDDEN', 'Kith only answers pages it served itself on this computer.'))
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length))
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, refusal('METHOD', 'Use GET for pages.'))
    return serveStatic(req, res, url.pathname)
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    const given = Buffer.from(req.headers.authorization ?? '')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return sendJson(res, 401, refusal('UNAUTHORIZED', 'This request lacks the token Kith printed at start-up.'))
    }
    if (req.method !== 'POST') return sendJson(res, 405, refusal('METHOD', 'Backend calls use POST.'))
    const body = await readBody(req)
    // The client closed the page or cancelled the call mid-body: nobody is left to answer, nothing changed.
    if (body === 'aborted') return void res.destroy()
    if (body === 'too-large') {
      return sendJson(
        res,
        413,
        refusal(
          'TOO_LARGE',
          `This request is larger than the ${MAX_BODY_BYTES / 1024 / 1024} MB the browser host accepts; files to import may be up to ${MAX_IMPORT_FILE_MB} MB.`,
        ),
      )
    }
    let input: unknown = {}
    if (body.trim() !== '') {
      try {
        input = JSON.parse(body)
      } catch {
        return sendJson(res, 400, refusal('INVALID_INPUT', 'The request body is not valid JSON.'))
      }
    }
    let name: string
    try {
      name = decodeURIComponent(channel)
    } catch {
      return sendJson(res, 404, refusal('UNKNOWN_CHANNEL', 'That is not a Kith backend call.'))
    }
    const result = await options.dispatch(name, input)
    sendJson(res, statusOf(result), result)
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const file = resolveStaticPath(options.staticDir, pathname)
    const found = file ? await stat(file).then((s) => s.isFile(), () => false) : false
    if (!file || !found) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Not found')
      return
    }
    const body = await readFile(file)
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  return server
}

function statusOf(result: Result<unknown>): number {
  if (result.ok) return 200
  switch (result.error.code) {
    case 'UNKNOWN_CHANNEL':
      return 404
    case 'INVALID_INPUT':
      return 400
    case 'INTERNAL':
      return 500
    default:
      // The call was understood and answered; the envelope says why it did not succeed.
      return 200
  }
}

const refusal = (code: string, message: string) => ({ ok: false, error: { code, message } })

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  // Encoded once: measuring the string's length and then writing it would encode a 20 MB network twice.
  const bytes = Buffer.from(JSON.stringify(body), 'utf8')
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': bytes.length,
    'Cache-Control': 'no-store',
  })
  res.end(bytes)
}

/** Whether an error only says the client went away (closed tab, cancelled upload): normal, not worth a stack trace. */
function isClientGone(error: unknown): boolean {
  return isErrno(error, 'ECONNRESET', 'ECONNABORTED', 'EPIPE') || (error instanceof Error && error.message === 'aborted')
}

/** How much of a refused body is read and dropped before the host hangs up instead. */
const MAX_DRAIN_BYTES = 8 * MAX_BODY_BYTES

function readBody(req: IncomingMessage): Promise<string | 'too-large' | 'aborted'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > MAX_DRAIN_BYTES) {
      req.resume()
      resolve('too-large')
      return
    }
    // A body over the limit is still read to its end, and dropped, before the 413 goes out: closing a
    // connection with unread data resets it, and the client would see a network error instead of the reason.
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = declared > MAX_BODY_BYTES
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_DRAIN_BYTES) return void req.destroy()
      if (size > MAX_BODY_BYTES) tooLarge = true
      if (tooLarge) chunks.length = 0
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')))
    req.on('error', (error) => (isClientGone(error) ? resolve('aborted') : reject(error)))
    // Closed before the body was complete, without an error event: the same hang-up.
    req.on('close', () => (req.complete ? undefined : resolve('aborted')))
  })
}
