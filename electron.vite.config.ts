import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './electron/host-common/renderer-files'

/**
 * Repeats the hosts' CSP header as a <meta> in the built page, for defence in depth and for scanners
 * that read the page. Build only: the dev server injects inline scripts for hot reload.
 */
function cspMeta(): Plugin {
  // frame-ancestors is ignored (with a warning) in a <meta>; the header carries it.
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ')
  return {
    name: 'kith-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  }
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        // The desktop main process and the browser host share one build (and the backend chunk).
        input: {
          index: resolve('electron/main/index.ts'),
          'browser-host': resolve('electron/browser-host/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), cspMeta()],
    build: {
      // Served over HTTP by the browser host too, so ship it small.
      minify: true,
      // One bundle loaded from disk or loopback; splitting it would only add requests.
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
})
