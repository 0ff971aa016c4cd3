import type { Metrics } from '../../core/insight-schema'
import { healthHeading, healthSummary } from './card-notes'
import { formatPoints, scoreTone, scoreWord } from './health-breakdown'

const RADIUS = 52
const CIRCUMFERENCE = 2 * Math.PI * RADIUS
const MAX_WEIGHT = 25

/** The health score, large, and where its points come from: one bar per part, as long as the part's weight. */
export function HealthCard({ health, contacts }: { health: Metrics['health']; contacts: number }) {
  const { score, parts } = health
  const word = contacts === 0 ? 'not scored yet' : scoreWord(score)
  return (
    <section className="insights-card health-card" aria-labelledby="health-title">
      <div className="health-top">
        <svg className={`score-ring tone-${scoreTone(score)}`} width={132} height={132} viewBox="0 0 132 132" role="img" aria-label={`Network health ${score} out of 100: ${word}`}>
          <circle className="score-track" cx={66} cy={66} r={RADIUS} />
          <circle
            className="score-arc"
            cx={66}
            cy={66}
            r={RADIUS}
            strokeDasharray={`${(CIRCUMFERENCE * score) / 100} ${CIRCUMFERENCE}`}
            transform="rotate(-90 66 66)"
          />
          <text className="score-number" x={66} y={62} textAnchor="middle" dominantBaseline="central">
            {score}
          </text>
          <text className="score-outof" x={66} y={90} textAnchor="middle" dominantBaseline="central">
            of 100
          </text>
        </svg>
        <div>
          <h2 id="health-title">{healthHeading(word, contacts)}</h2>
          <p className="health-summary">{healthSummary(health, contacts)}</p>
          <p className="card-note">Seven parts worth 100 points together. Each bar is as long as the part is worth; the filled part is what you have.</p>
        </div>
      </div>
      <ul className="health-parts" aria-label="Score breakdown">
        {parts.map((part) => (
          <li key={part.id}>
            <span className="part-label">{part.label}</span>
            <span className="part-track" style={{ width: `${(part.weight / MAX_WEIGHT) * 100}%` }} aria-hidden="true">
              <span className="part-fill" style={{ width: `${part.value * 100}%` }} />
            </span>
            <span className="part-points">
              {formatPoints(part.points)} <span className="muted">/ {part.weight}</span>
            </span>
            <span className="part-explanation">{part.explanation}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
