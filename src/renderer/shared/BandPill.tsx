import { STALENESS_LABELS, type StalenessBand } from '../../core/staleness'

/** A contact's staleness band as a coloured pill (colours and border styles in styles.css, `.band-pill`). */
export function BandPill({ band }: { band: StalenessBand }) {
  return <span className={`band-pill band-${band}`}>{STALENESS_LABELS[band]}</span>
}
