import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveDataDir } from '../backend/data-dir'
import { openBackend } from '../backend/open-backend'
import { describeStartFailure } from '../backend/start-failure'
import { revealWithSystemFileManager } from '../host-common/reveal-folder'
import { createBrowserHostServer } from './http-server'

/*
 * `npm run serve -- --data-dir DIR [--port N]`: Kith in any browser on this computer.
 *
 * Prints exactly one line on stdout, `Kith is running at http://127.0.0.1:PORT/#token=TOKEN`; everything
 * else goes to stderr. Stops cleanly, saving what is queued, on SIGINT or SIGTERM.
 */

function fatal(message: string): never {
  console.error(message)
  process.exit(1)
}

function portArgument(argv: readonly string[]): number {
  const index = argv.findIndex((a) => a === '--port' || a.startsWith('--port='))
  if (index === -1) return 0
  const arg = argv[index] as string
  const raw = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1]
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) fatal(`--port needs a number from 0 to 65535, not “${raw ?? ''}”.`)
  return port
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const port = portArgument(argv)
  const dataDir = resolveDataDir(argv, process.env)
  const staticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer')
  if (!existsSync(path.join(staticDir, 'index.html'))) fatal(`The app is not built (no ${staticDir}). Run: npm run build`)

  const backend = await openBackend({ dataDir, hostName: 'browser', host: { revealFolder: revealWithSystemFileManager } }).catch(
    (error: unknown) => fatal(describeStartFailure(error, dataDir)),
  )
  const token = randomBytes(24).toString('base64url')
  const server = createBrowserHostServer({ dispatch: backend.dispatch, staticDir, token })

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    server.close()
    server.closeAllConnections()
    await backend.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())

  server.on('error', (error: NodeJS.ErrnoException) => {
    const why = error.code === 'EADDRINUSE' ? `Port ${port} is already in use; choose another with --port.` : `Kith could not listen: ${error.message}`
    // Save and release the data folder before saying why and leaving.
    void backend.close().finally(() => fatal(why))
  })
  server.listen(port, '127.0.0.1', () => {
    const address = server.address()
    const actual = typeof address === 'object' && address ? address.port : port
    console.log(`Kith is running at http://127.0.0.1:${actual}/#token=${token}`)
    console.error(`Data folder: ${dataDir}`)
  })
}

void main()
