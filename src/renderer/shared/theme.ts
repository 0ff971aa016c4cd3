import { useEffect, useSyncExternalStore } from 'react'
import type { ThemeChoice } from '../../core/schema'

/*
 * Light or dark colours. The page carries the theme in force as <html data-theme="light|dark">; styles.css
 * keys its colour variables on it, and the map and the exports read it through useTheme(). The user's
 * choice lives in their settings; a copy in localStorage lets public/theme-boot.js set the theme before
 * the first paint, so a dark choice does not flash white while the network loads.
 */

export type Theme = 'light' | 'dark'

/** The localStorage key public/theme-boot.js reads: keep the two in step. */
export const THEME_STORAGE_KEY = 'kith-theme'

export const DARK_QUERY = '(prefers-color-scheme: dark)'

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === 'system') return systemDark ? 'dark' : 'light'
  return choice
}

/** The choice saved on this machine last time, for the moments before the network has loaded. */
export function storedThemeChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY)
    return saved === 'light' || saved === 'dark' ? saved : 'system'
  } catch {
    return 'system'
  }
}

/** Puts `choice` in force on the page, and follows the system's changes while it is "system". */
export function useApplyTheme(choice: ThemeChoice): void {
  useEffect(() => {
    try {
      localStorage.setItem(THEME_STORAGE_KEY, choice)
    } catch {
      // Storage can be off (private windows): the theme still applies, it may just flash on the next start.
    }
    const media = window.matchMedia(DARK_QUERY)
    const apply = () => {
      document.documentElement.dataset.theme = resolveTheme(choice, media.matches)
    }
    apply()
    media.addEventListener('change', apply)
    return () => media.removeEventListener('change', apply)
  }, [choice])
}

const currentTheme = (): Theme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light')

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  return () => observer.disconnect()
}

/** The theme in force on the page, for what CSS cannot colour (the map's canvas, the exports). */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, currentTheme)
}
