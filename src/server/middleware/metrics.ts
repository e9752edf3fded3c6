/**
 * Prometheus metrics for the operator, through prom-client: request counts and durations per
 * route pattern, objections by channel, sign-in requests, the process's own figures (memory,
 * CPU, event-loop lag), and gauges read from the store at each scrape. No figure may depend on
 * whether an address has an account: sign-in mails are counted by requests, never by mails queued.
 * @module
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'

export interface Metrics {
  readonly registry: Registry
  /** One answered request: its route pattern (never its path: a path may hold a token), method and status. */
  request(method: string, route: string, status: number, seconds: number): void
  objection(channel: 'api' | 'portal'): void
  signinRequested(): void
  /** A gauge whose value is read when Prometheus scrapes. */
  gauge(name: string, help: string, read: () => Promise<number> | number): void
}

export function createMetrics(): Metrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const requests = new Counter({
    name: 'veto_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  })
  const durations = new Histogram({
    name: 'veto_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route pattern.',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  })
  const objections = new Counter({
    name: 'veto_objections_total',
    help: 'Objections filed through the server, by channel.',
    labelNames: ['channel'],
    registers: [registry],
  })
  const signins = new Counter({
    name: 'veto_signin_links_requested_total',
    help: 'Sign-in links asked for, whether or not an account carries the address.',
    registers: [registry],
  })
  return {
    registry,
    request(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) })
      durations.observe({ method, route }, seconds)
    },
    objection: (channel) => objections.inc({ channel }),
    signinRequested: () => signins.inc(),
    gauge(name, help, read) {
      new Gauge({
        name,
        help,
        registers: [registry],
        async collect() {
          this.set(await read())
        },
      })
    },
  }
}
