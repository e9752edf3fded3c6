/**
 * A chart of counts per day as plain SVG, drawn on the server: no script. Each series has its
 * own colour and its own line pattern, so it is told apart without colour too, and the picture
 * carries a text alternative; the page gives the same numbers as a table.
 * @module
 */

export interface ChartSeries {
  readonly label: string
  /** One value per day of `days`. */
  readonly values: readonly number[]
}

/** Contrast at least 3:1 against white (WCAG 1.4.11), and a dash pattern each. */
const STYLES = [
  { color: '#1d4ed8', dash: '' },
  { color: '#b91c1c', dash: '6 4' },
  { color: '#047857', dash: '2 3' },
  { color: '#6d28d9', dash: '10 3 2 3' },
] as const

/** The smallest of 1, 2, 5 × 10^k at or above `v`, so the axis reads in round numbers. */
export function niceCeiling(v: number): number {
  if (v <= 1) return 1
  const p = 10 ** Math.floor(Math.log10(v))
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p
  return 10 * p
}

/** Every day from the first to the last, as `YYYY-MM-DD`: days without counts are days of zero. */
export function everyDay(first: string, last: string): string[] {
  const out: string[] = []
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10))
  return out
}

export function DailyChart(props: {
  title: string
  description: string
  days: readonly string[]
  series: readonly ChartSeries[]
  formatDay: (day: string) => string
  formatNumber: (n: number) => string
}) {
  const width = 720
  const height = 260
  const left = 56
  const right = 16
  const top = 16
  const bottom = 40
  const plotW = width - left - right
  const plotH = height - top - bottom
  let highest = 1
  for (const s of props.series) for (const v of s.values) if (v > highest) highest = v
  const max = niceCeiling(highest)
  const n = props.days.length
  const x = (i: number) => left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1))
  const y = (v: number) => top + plotH - (v / max) * plotH
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max).filter((v) => Number.isInteger(v))
  // At most six day labels, spread evenly, always the first and the last.
  const labelled = new Set(
    n <= 6 ? props.days.map((_, i) => i) : [0, 1, 2, 3, 4, 5].map((k) => Math.round((k * (n - 1)) / 5)),
  )
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="chart-title">{props.title}</title>
        <desc id="chart-desc">{props.description}</desc>
        {ticks.map((v) => (
          <g>
            <line x1={left} x2={width - right} y1={y(v)} y2={y(v)} stroke="#d1d5db" stroke-width="1" />
            <text x={left - 6} y={y(v) + 4} text-anchor="end" font-size="12" fill="#374151">
              {props.formatNumber(v)}
            </text>
          </g>
        ))}
        {props.days.map((d, i) =>
          labelled.has(i) ? (
            <text
              x={x(i)}
              y={height - bottom + 18}
              text-anchor={n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle'}
              font-size="12"
              fill="#374151"
            >
              {props.formatDay(d)}
            </text>
          ) : null,
        )}
        {props.series.map((s, k) => {
          const style = STYLES[k % STYLES.length] ?? STYLES[0]
          const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')
          return (
            <g>
              {n > 1 ? (
                <polyline
                  points={points}
                  fill="none"
                  stroke={style.color}
                  stroke-width="2.5"
                  stroke-dasharray={style.dash || undefined}
                />
              ) : null}
              {s.values.map((v, i) =>
                n > 92 ? null : <circle cx={x(i)} cy={y(v)} r={n > 40 ? 1.5 : 3.5} fill={style.color} />,
              )}
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          {props.series.map((s, k) => {
            const style = STYLES[k % STYLES.length] ?? STYLES[0]
            return (
              <li>
                <svg width="36" height="12" aria-hidden="true" xmlns="http://www.w3.org/2000/svg">
                  <line
                    x1="2"
                    x2="34"
                    y1="6"
                    y2="6"
                    stroke={style.color}
                    stroke-width="3"
                    stroke-dasharray={style.dash || undefined}
                  />
                </svg>{' '}
                {s.label}
              </li>
            )
          })}
        </ul>
      </figcaption>
    </figure>
  )
}
