import path from 'node:path'
import { build } from 'vite'

/**
 * Bundles a TypeScript entry into a Node script, so a test can run it as a separate process that can
 * be killed. Output stays inside the project so the script resolves the project's node_modules; `outDir`
 * is for a script that finds files beside its own folder (the browser host's ../renderer).
 */
export async function buildNodeScript(entry: string, name: string, outDir = path.resolve('node_modules/.cache/kith-test-bin')): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: path.resolve(entry),
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } },
    },
  })
  return path.join(outDir, `${name}.mjs`)
}
