/** Prometheus counters, rendered in the text exposition format at /metrics. */
export interface Metrics {
  inc(name: string, labels?: Record<string, string>, by?: number): void
  render(gauges?: Record<string, number>): string
}

export function createMetrics(): Metrics {
  const counters = new Map<string, number>()
  const key = (name: string, labels: Record<string, string> = {}) => {
    const l = Object.entries(labels).sort().map(([k, v]) => `${k}="${v.replaceAll('"', '\\"')}"`).join(',')
    return l ? `${name}{${l}}` : name
  }
  return {
    inc(name, labels, by = 1) {
      const k = key(name, labels)
      counters.set(k, (counters.get(k) ?? 0) + by)
    },
    render(gauges = {}) {
      const lines: string[] = []
      const names = new Set([...counters.keys()].map((k) => k.split('{')[0] as string))
      for (const n of [...names].sort()) {
        lines.push(`# TYPE ${n} counter`)
        for (const [k, v] of counters) if (k.split('{')[0] === n) lines.push(`${k} ${v}`)
      }
      for (const [n, v] of Object.entries(gauges)) lines.push(`# TYPE ${n} gauge`, `${n} ${v}`)
      return `${lines.join('\n')}\n`
    },
  }
}
