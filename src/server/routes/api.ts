/**
 * The REST API for the platform's back-end, `/v1`, described by the OpenAPI 3.1 document at
 * `/openapi.json`. Bearer API tokens with scopes; `Idempotency-Key` on filing objections.
 * @module
 */
import { createHash } from 'node:crypto'
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { AppError } from '../../domain/app-error.js'
import { type Filing, formatInstant, isCountryCode, parseDate, parseInstant } from '../../domain/index.js'
import { langTagField, policyRefField, policyRefOf } from '../../input/rows.js'
import type { FiledResult } from '../../services/filings.js'
import type { AppEnv, ServerDeps } from '../context.js'
import { isLang, type Lang, LANGS } from '../../i18n/messages.js'
import { linkTo } from '../../services/links.js'

const Instant = z
  .string()
  .refine((s) => parseInstant(s) !== undefined, 'an RFC 3339 instant with offset')
  .openapi({ format: 'date-time', example: '2025-05-20T10:00:00+02:00' })
/** An instant in an answer: RFC 3339 in UTC with milliseconds. */
const InstantOut = z.string().openapi({ format: 'date-time', example: '2025-05-20T08:00:00.000Z' })
const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi('Error')
const Objection = z
  .object({
    id: z.string(),
    type: z.enum(['objection', 'consent']),
    received_at: InstantOut,
    channel: z.string(),
    filed_for: z.array(z.string()),
    covers: z.array(z.string()),
    withdrawn_at: InstantOut.nullable(),
  })
  .openapi('Objection')
const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
/** What every operation may answer besides its own: the error body names a stable code (docs/errors.md). */
const errors = {
  400: error('A field is invalid (`API_INVALID`, naming it), or the body is not valid JSON'),
  401: error('No bearer token, or an unknown one (`AUTH_REQUIRED`)'),
  403: error('The token lacks the scope (`AUTH_FORBIDDEN`)'),
}
/** What an operation with a body may answer besides. */
const bodyErrors = {
  ...errors,
  413: error('The body is larger than the operation takes (`BODY_TOO_LARGE`)'),
  415: error('The body is not `application/json` (`API_MEDIA_TYPE`)'),
}
const security = [{ bearer: [] }]

const routes = {
  upsertAccount: createRoute({
    method: 'put',
    path: '/v1/accounts/{id}',
    operationId: 'upsertAccount',
    security,
    tags: ['accounts'],
    summary: 'Create or update an account',
    request: {
      params: z.object({ id: z.string().min(1).max(256) }),
      body: {
        content: {
          'application/json': {
            schema: z
              .object({
                network: z.string().min(1).max(64),
                email: z.string().email().max(320),
                birthdate: z
                  .string()
                  .nullable()
                  .optional()
                  .refine((d) => d == null || parseDate(d) !== undefined, 'YYYY-MM-DD'),
                country: z
                  .string()
                  .nullable()
                  .optional()
                  .refine((c) => c == null || isCountryCode(c), 'ISO 3166-1 alpha-2'),
                created_at: Instant,
              })
              .openapi('AccountInput'),
          },
        },
        required: true,
      },
    },
    responses: {
      200: {
        description: 'Stored',
        content: {
          'application/json': {
            schema: z.object({ id: z.string(), result: z.enum(['inserted', 'updated', 'unchanged']) }),
          },
        },
      },
      ...bodyErrors,
    },
  }),
  changeCenter: createRoute({
    method: 'post',
    path: '/v1/accounts/{id}/center',
    operationId: 'changeCenter',
    security,
    tags: ['accounts'],
    summary: 'Record that an account joined a center (or left its center, with null)',
    request: {
      params: z.object({ id: z.string() }),
      body: {
        content: {
          'application/json': {
            schema: z
              .object({ center: z.string().min(1).max(256).nullable(), at: Instant.optional() })
              .openapi('CenterChange'),
          },
        },
        required: true,
      },
    },
    responses: {
      201: {
        description: 'Recorded',
        content: {
          'application/json': {
            schema: z.object({ account: z.string(), center: z.string().nullable(), at: InstantOut }),
          },
        },
      },
      404: { description: 'No such account', content: { 'application/json': { schema: ErrorBody } } },
      ...bodyErrors,
    },
  }),
  fileObjection: createRoute({
    method: 'post',
    path: '/v1/objections',
    operationId: 'fileObjection',
    security,
    tags: ['objections'],
    summary: "File an objection for an account; a confirmation mail goes to the account's address",
    request: {
      headers: z.object({
        'idempotency-key': z
          .string()
          .min(1)
          .max(200)
          .optional()
          .openapi({
            description:
              'A retry with the same key and body gets the first answer instead of filing again, for as long ' +
              "as the server keeps replies (server.idempotency_hours, 24 by default); the key is the token's own",
          }),
      }),
      body: {
        content: {
          'application/json': {
            schema: z
              .object({
                account: z.string().min(1),
                reason: z.string().max(2000).nullable().optional(),
                lang: z
                  .enum(LANGS as [Lang, ...Lang[]])
                  .optional()
                  .openapi({
                    description:
                      'The language of the confirmation mail: one of the 24 official languages of the EU; English ' +
                      'when not given',
                  }),
              })
              .openapi('ObjectionInput'),
          },
        },
        required: true,
      },
    },
    responses: {
      201: {
        description: 'Filed (or the first answer to this Idempotency-Key)',
        content: { 'application/json': { schema: Objection } },
      },
      404: { description: 'No such account', content: { 'application/json': { schema: ErrorBody } } },
      422: {
        description: 'Idempotency-Key reused with another body',
        content: { 'application/json': { schema: ErrorBody } },
      },
      ...bodyErrors,
    },
  }),
  getObjection: createRoute({
    method: 'get',
    path: '/v1/objections/{id}',
    operationId: 'getObjection',
    security,
    tags: ['objections'],
    summary: 'Read an objection',
    request: { params: z.object({ id: z.string() }) },
    responses: {
      200: { description: 'The objection', content: { 'application/json': { schema: Objection } } },
      404: { description: 'No such objection', content: { 'application/json': { schema: ErrorBody } } },
      ...errors,
    },
  }),
  withdrawObjection: createRoute({
    method: 'post',
    path: '/v1/objections/{id}/withdraw',
    operationId: 'withdrawObjection',
    security,
    tags: ['objections'],
    summary: 'Withdraw an objection',
    request: { params: z.object({ id: z.string() }) },
    responses: {
      200: { description: 'Withdrawn', content: { 'application/json': { schema: Objection } } },
      404: { description: 'No such objection', content: { 'application/json': { schema: ErrorBody } } },
      409: { description: 'Withdrawn before', content: { 'application/json': { schema: ErrorBody } } },
      ...errors,
    },
  }),
  recordNotice: createRoute({
    method: 'post',
    path: '/v1/notices',
    operationId: 'recordNotice',
    security,
    tags: ['notices'],
    summary: 'Record that a notice reached an account',
    request: {
      body: {
        content: {
          'application/json': {
            schema: z
              .object({
                account: z.string(),
                delivered_at: Instant,
                policy: policyRefField.optional().openapi({
                  description:
                    'The policy whose notice it was, as name@version; without it the notice is recorded as ' +
                    'unversioned and counts for every policy',
                  example: 'meta-2025@1',
                }),
                lang: langTagField
                  .optional()
                  .openapi({ description: 'The language of the text that reached the account', example: 'de' }),
              })
              .openapi('NoticeInput'),
          },
        },
        required: true,
      },
    },
    responses: {
      201: {
        description: 'Recorded',
        content: {
          'application/json': {
            schema: z.object({
              account: z.string(),
              delivered_at: InstantOut,
              policy: z.string().nullable(),
              lang: z.string().nullable(),
              new: z.boolean(),
            }),
          },
        },
      },
      404: { description: 'No such account', content: { 'application/json': { schema: ErrorBody } } },
      ...bodyErrors,
    },
  }),
  fileRequest: createRoute({
    method: 'post',
    path: '/v1/requests',
    operationId: 'fileRequest',
    security,
    tags: ['requests'],
    summary: "Record a third party's request to keep items showing them out of training",
    description:
      "Someone shown in other people's public items — a user or not — asks that they be kept out. The request " +
      'becomes a case, due one month after receipt (GDPR Art. 12(3)), which the privacy team extends, accepts ' +
      'or rejects (`veto case`). An accepted case keeps its items out of every snapshot built after it (rule 9).',
    request: {
      body: {
        content: {
          'application/json': {
            schema: z
              .object({
                items: z
                  .array(z.string().min(1).max(1024))
                  .min(1)
                  .max(100)
                  .openapi({
                    description: 'Content ids, or URLs that `requests.item_urls` in the config maps to content ids',
                    example: ['c-000000042'],
                  }),
                description: z
                  .string()
                  .min(1)
                  .max(5000)
                  .openapi({ description: 'What the items show of the requester, and why they should be kept out' }),
                contact: z
                  .string()
                  .max(320)
                  .optional()
                  .openapi({ description: 'An e-mail address of the requester, to hear back at each step' }),
                evidence: z
                  .string()
                  .max(20000)
                  .optional()
                  .openapi({ description: 'Anything that supports the request' }),
              })
              .openapi('RequestInput'),
          },
        },
        required: true,
      },
    },
    responses: {
      201: {
        description: 'Recorded as a case',
        content: {
          'application/json': {
            schema: z
              .object({
                id: z.string(),
                items: z.array(z.string()),
                received_at: InstantOut,
                due_at: InstantOut,
                status: z.enum(['open', 'extended', 'accepted', 'rejected']),
              })
              .openapi('Case'),
          },
        },
      },
      ...bodyErrors,
    },
  }),
}

export const API_ROUTES = Object.values(routes).map((r) => ({ method: r.method, path: r.path }))

export function apiRoutes(deps: ServerDeps) {
  const { veto } = deps
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0]
        throw new AppError('API_INVALID', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`)
      }
    },
  })
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token from `veto token create`',
  })

  app.use('/v1/*', async (c, next) => {
    const header = c.req.header('authorization') ?? ''
    const m = /^Bearer (\S+)$/.exec(header)
    const token = m ? await deps.tokens.find(m[1] as string) : undefined
    if (!token) throw new AppError('AUTH_REQUIRED', 'a valid bearer token is required')
    c.set('scopes', token.scopes)
    c.set('token', token.id)
    await next()
  })
  const need = (c: Context<AppEnv>, scope: string) => {
    if (!c.get('scopes').includes(scope)) throw new AppError('AUTH_FORBIDDEN', `this token lacks the scope ${scope}`)
  }
  /** The API's document of an objection: one shape whether just filed or read back. */
  const toDoc = (f: Filing, covers: readonly string[], withdrawnAt: number | null): z.infer<typeof Objection> => ({
    id: f.id,
    type: f.type,
    received_at: formatInstant(f.receivedAt),
    channel: f.channel,
    filed_for: [...f.accounts],
    covers: [...covers],
    withdrawn_at: withdrawnAt === null ? null : formatInstant(withdrawnAt),
  })
  const objectionDoc = async (id: string) => {
    const f = await veto.filings.get(id)
    return toDoc(f, await veto.filings.covered(f), f.withdrawal?.at ?? null)
  }

  app.openapi(routes.fileRequest, async (c) => {
    need(c, 'requests:write')
    const b = c.req.valid('json')
    const filed = await veto.cases.receive({
      items: b.items,
      description: b.description,
      contact: b.contact,
      evidence: b.evidence,
      channel: 'api',
    })
    return c.json(
      {
        id: filed.id,
        items: [...filed.items],
        received_at: formatInstant(filed.receivedAt),
        due_at: formatInstant(filed.dueAt),
        status: 'open' as const,
      },
      201,
    )
  })

  app.openapi(routes.upsertAccount, async (c) => {
    need(c, 'accounts:write')
    const id = c.req.valid('param').id
    const b = c.req.valid('json')
    const createdAt = parseInstant(b.created_at) as number
    const account = {
      id,
      network: b.network,
      email: b.email,
      birthdate: b.birthdate ? (parseDate(b.birthdate) ?? null) : null,
      country: b.country ?? null,
      createdAt,
    }
    return c.json({ id, result: await veto.accounts.upsert(account) }, 200)
  })

  app.openapi(routes.changeCenter, async (c) => {
    need(c, 'accounts:write')
    const id = c.req.valid('param').id
    const b = c.req.valid('json')
    const { at } = await veto.accounts.changeCenter(id, b.center, b.at ? parseInstant(b.at) : undefined)
    return c.json({ account: id, center: b.center, at: formatInstant(at) }, 201)
  })

  app.openapi(routes.fileObjection, async (c) => {
    need(c, 'objections:write')
    const body = c.req.valid('json')
    // A key is the token's own: another token replaying it files anew and sees nothing of the first.
    const given = c.req.valid('header')['idempotency-key']
    const key = given === undefined ? undefined : `${c.get('token')}:${given}`
    const requestHash = createHash('sha256')
      .update(JSON.stringify([body.account, body.reason ?? null, body.lang ?? null]))
      .digest('hex')
    const replay = (seen: { requestHash: string; body: string }) => {
      if (seen.requestHash !== requestHash)
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used with another body')
      return c.json(JSON.parse(seen.body) as z.infer<typeof Objection>, 201)
    }
    const seen = key ? await veto.filings.reply(key) : undefined
    if (seen) return replay(seen)
    const docOf = ({ filing, covered }: FiledResult) => toDoc(filing, covered, null)
    const request = {
      type: 'objection' as const,
      target: { account: body.account },
      reason: body.reason ?? null,
      channel: 'api' as const,
      confirm: {
        lang: isLang(body.lang) ? body.lang : ('en' as const),
        url: linkTo(deps.publicUrl, '/me'),
        policy: deps.policy,
      },
      idempotency: key ? { key, requestHash, reply: (r: FiledResult) => JSON.stringify(docOf(r)) } : undefined,
    }
    let doc: ReturnType<typeof docOf>
    try {
      doc = docOf(await veto.filings.file(request))
    } catch (e) {
      // A concurrent request with the same key won the race: its answer stands, and nothing of ours was written.
      const raced = key && !(e instanceof AppError) ? await veto.filings.reply(key) : undefined
      if (!raced) throw e
      return replay(raced)
    }
    deps.metrics.objection('api')
    return c.json(doc, 201)
  })

  app.openapi(routes.getObjection, async (c) => {
    need(c, 'objections:read')
    return c.json(await objectionDoc(c.req.valid('param').id), 200)
  })

  app.openapi(routes.withdrawObjection, async (c) => {
    need(c, 'objections:write')
    const id = c.req.valid('param').id
    await veto.filings.withdraw(id)
    return c.json(await objectionDoc(id), 200)
  })

  app.openapi(routes.recordNotice, async (c) => {
    need(c, 'notices:write')
    const b = c.req.valid('json')
    const deliveredAt = parseInstant(b.delivered_at) as number
    const fresh = await veto.notices.record({
      account: b.account,
      deliveredAt,
      policy: policyRefOf(b.policy),
      lang: b.lang ?? null,
    })
    return c.json(
      {
        account: b.account,
        delivered_at: formatInstant(deliveredAt),
        policy: b.policy ?? null,
        lang: b.lang ?? null,
        new: fresh,
      },
      201,
    )
  })

  app.doc31('/openapi.json', () => ({
    openapi: '3.1.0',
    info: {
      title: 'Veto API',
      version: '1',
      description: "Objections, accounts, notices and third parties' requests for the platform's back-end.",
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    // Where this server is reached (`server.public_url`), so that generated clients need no base URL.
    servers: [{ url: deps.publicUrl, description: 'this Veto server' }],
  }))
  return app
}
