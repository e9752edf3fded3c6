#!/usr/bin/env node
// The bare endpoint bench/intake measures beside the real one: the same server stack as
// `veto serve` (Hono on @hono/node-server, a JSON body parsed, a JSON answer), no work at all.
// Usage: node bench/intake/bare-server.js PORT
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const app = new Hono()
app.post('/v1/objections', async (c) => {
  const body = await c.req.json()
  return c.json({ id: 'bare', filed_for: [body.account] }, 201)
})
app.get('/healthz', (c) => c.json({ status: 'ok' }))
serve({ fetch: app.fetch, port: Number(process.argv[2]), hostname: '127.0.0.1' })
