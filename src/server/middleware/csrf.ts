/**
 * CSRF defence for the portal's forms: a random token in a `__Host-` cookie, repeated in a
 * hidden field of every form, compared in constant time; and a request from another origin
 * is refused outright.
 * @module
 */
import { timingSafeEqual } from 'node:crypto'
import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { AppError } from '../../domain/app-error.js'
import type { RateLimiter } from '../../services/rate-limits.js'

export function requireCsrf(c: Context, form: Record<string, unknown>): void {
  const cookie = getCookie(c, 'veto_csrf', 'host') ?? ''
  const field = typeof form.csrf === 'string' ? form.csrf : ''
  const a = Buffer.from(cookie)
  const b = Buffer.from(field)
  if (a.length < 16 || a.length !== b.length || !timingSafeEqual(a, b))
    throw new AppError('CSRF_INVALID', 'form token missing or wrong')
  const origin = c.req.header('origin')
  if (origin && origin !== 'null' && new URL(c.req.url).origin !== origin && !sameHost(origin, c.req.header('host'))) {
    throw new AppError('CSRF_INVALID', 'form posted from another site')
  }
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

/** Refuses a client over its limit of attempts per minute; a refused request spends nothing else. */
export async function limitClient(c: Context, limiter: RateLimiter): Promise<void> {
  if (!(await limiter.hit(`ip:${clientAddress(c)}`))) throw new AppError('RATE_LIMITED', 'too many attempts')
}

/** The client's address as the socket reports it; 'local' for in-process requests. */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  return incoming?.socket?.remoteAddress ?? 'local'
}
