// Runs before the page is drawn: puts the last theme choice in force (see src/renderer/shared/theme.ts),
// so a dark choice does not flash white while Kith loads. A classic script, not a module, so it blocks.
/* global window, document */
;(function () {
  var choice = 'system'
  try {
    choice = localStorage.getItem('kith-theme') || 'system'
  } catch {
    // Storage off: follow the system.
  }
  var dark = choice === 'dark' || (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches)
  document.documentElement.dataset.theme = dark ? 'dark' : 'light'
})()
