import { z } from 'zod'

/**
 * Turns off zod's compiled fast path in the page.
 *
 * zod probes for it with `Function('')`, which our CSP (no 'unsafe-eval') refuses and reports as a
 * violation even though zod catches the error. Object schemas take the probe when they are built, so this
 * module must run before any module that builds one: app-root.tsx imports it first.
 */
z.config({ jitless: true })
