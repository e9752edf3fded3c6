/**
 * Headers on every response (OWASP ASVS 5.0 §3.4): a strict CSP with no script at all,
 * no framing, no MIME sniffing, no referrer — and no caching of anything personal.
 * @module
 */
import type { MiddlewareHandler } from 'hono'

export const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

/** `publicUrl`: where people reach the server; over HTTPS, browsers are told to keep to it. */
export function securityHeaders(publicUrl: string): MiddlewareHandler {
  const https = publicUrl.startsWith('https://')
  return async (c, next) => {
    await next()
    if (https) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    c.header('Content-Security-Policy', CSP)
    c.header('X-Frame-Options', 'DENY')
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
    c.header('Cross-Origin-Opener-Policy', 'same-origin')
    if (!c.req.path.startsWith('/static/')) c.header('Cache-Control', 'no-store')
  }
}
