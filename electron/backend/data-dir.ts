import { homedir } from 'node:os'
import path from 'node:path'

/** The value of `--data-dir DIR` or `--data-dir=DIR`, if given. */
export function dataDirArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--data-dir') return argv[i + 1]
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length)
  }
  return undefined
}

/**
 * Where Kith keeps its data: `--data-dir`, then `KITH_DATA_DIR`, then the platform's default.
 *
 * The default matches Electron's userData for an app named "Kith", so both hosts share one store.
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback = defaultDataDir()): string {
  const chosen = dataDirArgument(argv) ?? env.KITH_DATA_DIR
  return path.resolve(chosen && chosen.trim() !== '' ? chosen : fallback)
}

export function defaultDataDir(platform = process.platform, env = process.env, home = homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Kith')
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Kith')
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Kith')
}
