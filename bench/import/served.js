// What the import benchmarks share: objections filed over HTTP to a `veto serve` (`../serve.js`)
// at a steady pace for as long as something else runs, with what each took. They come through the
// API (a client's token) or through the portal's form (a person's session).

/**
 * Writes `count` accounts into `store`, `${name}-${i}` with the address `${name}${i}@example.com`,
 * 10,000 at a time: people of a synthetic platform who object.
 */
export async function addAccounts(store, count, name) {
  for (let from = 0; from < count; from += 10_000)
    await store.upsertAccounts(
      Array.from({ length: Math.min(10_000, count - from) }, (_, i) => ({
        id: `${name}-${from + i}`,
        network: 'facebook',
        email: `${name}${from + i}@example.com`,
        birthdate: null,
        country: 'DE',
        createdAt: Date.parse('2016-01-01T00:00:00Z'),
      })),
      Date.now(),
    )
}

/** A portal session for each address, opened through `veto` as an identity provider's sign-in opens one. */
export async function openSessions(veto, emails) {
  const service = veto.sessions({ publicUrl: 'http://localhost', signinLinkMinutes: 15, sessionHours: 24 })
  const sessions = []
  for (const email of emails) sessions.push(await service.signInVerified(email))
  return sessions
}

/** The `q` quantile of ascending `sorted`. */
export const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

/** The i-th objection through the API, for the account `accountOf(i)`; whether it was acknowledged (201). */
export const throughApi =
  ({ base, token, accountOf }) =>
  async (i) => {
    const res = await fetch(`${base}/v1/objections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ account: accountOf(i) }),
    })
    await res.arrayBuffer()
    return res.status === 201
  }

/**
 * The i-th objection through the portal's form, by the person signed in with the session
 * `sessionOf(i)`, as a browser without JavaScript sends it; acknowledged by the redirect (303) to
 * its receipt, which is not followed: the receipt is a page of its own (`bench/portal`).
 */
export const throughPortal =
  ({ base, sessionOf, path = '/object' }) =>
  async (i) => {
    // The form's token is the cookie's twin; any value of 16 characters or more is one.
    const csrf = 'bench-csrf-token-0123456789'
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        cookie: `__Host-veto_session=${sessionOf(i)}; __Host-veto_csrf=${csrf}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ csrf }),
    })
    await res.arrayBuffer()
    return res.status === 303 && /\/me\/(objections|consents)\//.test(res.headers.get('location') ?? '')
  }

/**
 * Files 200 objections by `send` as a warm-up, then starts `during()` and files objections for as
 * long as it runs, `rate` a second, the i-th by `send(i)` (`throughApi`, `throughPortal`).
 * Returns what `during()` gave, the latencies, ascending, how many were not acknowledged (an
 * answer other than the expected one, or none: a failed request counts from its due instant to
 * its failure), how many were sent in all, the most that were waiting for an answer at once, and
 * how late the sends were, ascending.
 *
 * Each objection is due at a fixed instant and timed from that instant, not from when it was sent:
 * a client that waited for one slow answer before sending the next would send fewer while the
 * server is held up, and its percentiles would hide exactly the waits this measures ("coordinated
 * omission"). So objections are sent on schedule whether or not earlier ones have been answered.
 * The client shares the machine's cores too: how late it sent each is kept apart, so that its own
 * delays can be told from the server's.
 */
export async function objectionsDuring({ send, rate }, during) {
  const post = async (i, due) => {
    try {
      const ok = await send(i)
      return { ms: performance.now() - due, ok }
    } catch {
      return { ms: performance.now() - due, ok: false }
    }
  }
  for (let i = 0; i < 200; i++) await post(i, performance.now())
  let running = true
  const done = during().finally(() => {
    running = false
  })
  const latencies = []
  const lateness = []
  let refused = 0
  let waiting = 0
  let mostWaiting = 0
  const answers = []
  const every = 1000 / rate
  const start = performance.now()
  for (let n = 0; running; n++) {
    const due = start + n * every
    const early = due - performance.now()
    if (early > 0) await new Promise((res) => setTimeout(res, early))
    if (!running) break
    lateness.push(performance.now() - due)
    mostWaiting = Math.max(mostWaiting, ++waiting)
    answers.push(
      post(200 + n, due).then((r) => {
        waiting--
        latencies.push(r.ms)
        if (!r.ok) refused++
      }),
    )
  }
  await Promise.all(answers)
  latencies.sort((a, b) => a - b)
  lateness.sort((a, b) => a - b)
  return { result: await done, latencies, refused, sent: 200 + latencies.length, mostWaiting, lateness }
}

/** The line both print for the objections filed during an import. */
export function describeLatencies({ latencies, refused, mostWaiting, lateness }, rate) {
  return (
    `${latencies.length} at ${rate}/s, timed from when each was due: p50 ${quantile(latencies, 0.5).toFixed(1)} ms, ` +
    `p99 ${quantile(latencies, 0.99).toFixed(1)} ms, slowest ${latencies.at(-1).toFixed(1)} ms, ` +
    `at most ${mostWaiting} waiting at once, not acknowledged ${refused} (target p99 < 100 ms); ` +
    `the client sent them late by p99 ${quantile(lateness, 0.99).toFixed(1)} ms, ` +
    `at most ${lateness.at(-1).toFixed(1)} ms`
  )
}
