// oidc-provider ships no types; the tests use only its constructor, `proxy` and `callback()`.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http'
  export default class Provider {
    constructor(issuer: string, configuration: unknown)
    proxy: boolean
    callback(): (req: IncomingMessage, res: ServerResponse) => void
  }
}
