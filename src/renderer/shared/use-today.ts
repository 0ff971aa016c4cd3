import { useEffect, useState } from 'react'
import { localIsoDate, type IsoDate } from '../../core/dates'

/** Milliseconds from `now` until just after the next local midnight. */
export function msUntilNextDay(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1)
  return next.getTime() - now.getTime()
}

/**
 * The user's calendar day, which rolls over at local midnight: staleness, due dates and "how long ago"
 * follow the calendar even when nothing changes. A machine asleep at midnight, or a hidden tab whose timers
 * are slowed, checks again when it comes back.
 */
export function useToday(): IsoDate {
  const [today, setToday] = useState(() => localIsoDate(new Date()))
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>
    // Setting the same day again does not re-render.
    const check = () => setToday(localIsoDate(new Date()))
    const schedule = () => {
      timer = setTimeout(() => {
        check()
        schedule()
      }, msUntilNextDay(new Date()))
    }
    schedule()
    window.addEventListener('focus', check)
    document.addEventListener('visibilitychange', check)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('focus', check)
      document.removeEventListener('visibilitychange', check)
    }
  }, [])
  return today
}
