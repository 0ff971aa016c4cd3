// The app, loaded by main.ts once the first read of the network is on its way.
// First: zod must be jitless before any schema is built (see zod-jitless.ts).
import './zod-jitless'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { ModalStackProvider } from './shared/modal-stack'
import { ShortcutsProvider } from './shared/shortcuts'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('Kith’s page is missing its #root element.')
createRoot(root).render(
  <StrictMode>
    <ModalStackProvider>
      <ShortcutsProvider>
        <App />
      </ShortcutsProvider>
    </ModalStackProvider>
  </StrictMode>,
)
