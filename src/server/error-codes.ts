/** The codes the server owns: HTTP requests, sessions, tokens and their limits. */
export const SERVER_ERRORS = {
  API_INVALID: 'An API request body, header or parameter is missing or malformed; the field is named.',
  API_MEDIA_TYPE: 'An API request body is not application/json.',
  BODY_TOO_LARGE: "A request body is larger than the route takes: 16 KB for the portal's forms, 64 KB for the API.",
  AUTH_REQUIRED: 'The request needs a session (portal, console) or a bearer token (API).',
  AUTH_FORBIDDEN: "The API token lacks the scope this route needs, or the console member's role the action.",
  CSRF_INVALID: 'A form was posted without the token of the page it came from, or from another site.',
  IDEMPOTENCY_KEY_REUSED: 'An Idempotency-Key was used before with another request body.',
  NOT_FOUND: 'No such page or resource, or not yours to see.',
  RATE_LIMITED: 'Too many attempts from this address or for this target; wait a minute.',
} as const

declare module '../domain/error-codes.js' {
  interface ErrorCodeRegistry extends Record<keyof typeof SERVER_ERRORS, string> {}
}
