// The page's entry: it asks for the app's own script and for the network at once. The app is a second
// script, so the backend reads and sends the network (megabytes at 30,000 people) while that script
// downloads, compiles and starts, instead of after it: a request made inside a long first script leaves
// only once that script has run. The script is asked for first, so the browser host sends it before it
// turns to the network.
import { startFirstRead } from './client/first-read'

const app = import('./app-root')
startFirstRead()
app.catch((error: unknown) => {
  const root = document.getElementById('root')
  if (root) root.textContent = `Kith could not start its window (${error instanceof Error ? error.message : String(error)}). Reload the page.`
  throw error
})
