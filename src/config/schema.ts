/**
 * The configuration file `DATA/veto.json`: one schema, defaults written here.
 * @module
 */
import { z } from 'zod'
import { normalizeEmail } from '../domain/email.js'

const policySchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, . _ - only'),
  version: z.number().int().min(1),
  extends: z.string().optional(),
  description: z.string().optional(),
  mode: z.enum(['opt_out', 'opt_in']).optional(),
  deadline: z.string().nullable().optional(),
  min_age: z.number().int().min(0).optional(),
  age_basis: z.enum(['snapshot', 'publication']).optional(),
  late_objection: z.enum(['future_content_only', 'all_content']).optional(),
  kinds: z.array(z.string().min(1)).optional(),
  regions: z.array(z.string().min(2)).optional(),
  notice_days: z.number().int().min(0).nullable().optional(),
  coming_of_age_days: z.number().int().min(1).nullable().optional(),
  columns: z.array(z.string().min(1)).optional(),
})

/** A creator or publisher of a snapshot's dataset. */
const partySchema = z.strictObject({
  name: z.string().min(1),
  url: z.string().url().nullable().default(null),
})

/** How the ledger names a console member who gave no name: the address's part before @. */
export const memberName = (m: { readonly email: string; readonly name?: string | undefined }): string =>
  m.name ?? (normalizeEmail(m.email).split('@')[0] as string)

export const configSchema = z.strictObject({
  store: z
    .strictObject({
      /** A SQLite file (relative to the data folder) or a `postgres://` URL. */
      url: z.string().min(1).default('veto.sqlite'),
    })
    .prefault({}),
  /** The platform's own policies, beside the presets meta-2025, strict and consent. */
  policies: z.array(policySchema).default([]),
  server: z
    .strictObject({
      /** Port of `veto serve`; 0 picks a free one. */
      port: z.number().int().min(0).max(65535).default(8080),
      host: z.string().default('127.0.0.1'),
      /** The address people reach the portal at, for links in mails. */
      public_url: z.string().url().default('http://localhost:8080'),
      /** How long a sign-in link works. */
      signin_link_minutes: z.number().int().min(1).max(120).default(15),
      /** How long a session lasts without signing in again. */
      session_hours: z
        .number()
        .int()
        .min(1)
        .max(24 * 30)
        .default(12),
      /** The policy the portal's notice describes (its deadline, minimum age). */
      policy: z.string().default('meta-2025'),
      /** Sign-ins and objections allowed per client address and per target address, each minute. */
      rate_limit_per_minute: z.number().int().min(1).default(10),
      /** How long an API reply is kept under its Idempotency-Key; a retry after that files anew. */
      idempotency_hours: z
        .number()
        .int()
        .min(1)
        .max(24 * 30)
        .default(24),
      /** The bearer token that opens /metrics; null (the default): /metrics answers 404. */
      metrics_token: z.string().min(16).nullable().default(null),
    })
    .prefault({}),
  oidc: z
    .strictObject({
      /** The platform's OpenID Connect issuer; sign-in by e-mail link only when null. */
      issuer: z.string().url().nullable().default(null),
      client_id: z.string().default('veto'),
      client_secret: z.string().nullable().default(null),
      /** The button's words: "Sign in with {label}". */
      label: z.string().default('your account'),
    })
    .prefault({}),
  /** The privacy team's console at /console. */
  console: z
    .strictObject({
      /**
       * Who may sign in, by e-mail link or through the identity provider (`oidc`), and with what
       * role: `viewer` sees figures, cases, snapshots and the ledger; `reviewer` also decides cases.
       * Nobody, by default: the console then lets no one in.
       */
      members: z
        .array(
          z.strictObject({
            email: z.string().email(),
            role: z.enum(['viewer', 'reviewer']),
            /** How the ledger names them as a reviewer (it holds no address); default: the address's local part. */
            name: z
              .string()
              .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, . _ - only')
              .optional(),
          }),
        )
        .refine((list) => new Set(list.map((m) => normalizeEmail(m.email))).size === list.length, 'each address once')
        .refine(
          // The ledger tells reviewers apart by these names alone.
          (list) => new Set(list.map(memberName)).size === list.length,
          'each name once (a name defaults to the part of the address before @)',
        )
        .default([]),
    })
    .prefault({}),
  mail: z
    .strictObject({
      /** smtp://host:port of the mail server; mail waits in the outbox until one is set. */
      smtp_url: z.string().nullable().default(null),
      from: z.string().default('Veto <no-reply@veto.invalid>'),
    })
    .prefault({}),
  export: z
    .strictObject({
      /** DuckDB's memory limit for snapshots, e.g. '2GB'. */
      memory_limit: z
        .string()
        .regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'e.g. 2GB')
        .default('2GB'),
      /** DuckDB threads; 0: one per core. */
      threads: z.number().int().min(0).default(0),
      /** Rows per data file of a snapshot. */
      rows_per_file: z.number().int().min(1).default(1_000_000),
    })
    .prefault({}),
  /** Who a snapshot's dataset is from and under what terms, as its card and Croissant say; null: Veto's default. */
  dataset: z
    .strictObject({
      /** An SPDX licence id (`CC-BY-4.0`, `LicenseRef-…`) or `other`; null: `other`, the platform's own terms. */
      license: z
        .string()
        .regex(/^(other|[A-Za-z0-9][A-Za-z0-9.+-]*)$/, 'an SPDX licence id, or other')
        .nullable()
        .default(null),
      /** Where the licence's text is, e.g. the platform's terms. */
      license_url: z.string().url().nullable().default(null),
      /** The platform; null: named by the host of `server.public_url`. */
      creator: partySchema.nullable().default(null),
      /** Who publishes the dataset; null: the creator. */
      publisher: partySchema.nullable().default(null),
      /** The dataset's page, `{id}` standing for the snapshot's id; null: `server.public_url`. */
      url: z.string().url().nullable().default(null),
      /** Added to the card's tags and Croissant's keywords. */
      keywords: z.array(z.string().min(1)).default([]),
      /** Hugging Face task categories. */
      task_categories: z
        .array(z.string().regex(/^[a-z0-9-]+$/, 'a task id, e.g. text-generation'))
        .default(['text-generation']),
    })
    .prefault({}),
  /** OpenLineage events of each snapshot build (START, then COMPLETE or FAIL). */
  lineage: z
    .strictObject({
      /** Where each event is POSTed (OpenLineage's HTTP transport); null: they are kept in the snapshot only. */
      url: z.string().url().nullable().default(null),
      /** Sent as `Authorization: Bearer …`. */
      api_key: z.string().min(1).nullable().default(null),
      /** The namespace of the job and of Veto's datasets in the events. */
      namespace: z.string().min(1).default('veto'),
      /** How long one delivery may take. */
      timeout_seconds: z.number().int().min(1).max(300).default(10),
    })
    .prefault({}),
  /** Subscribers to signed webhooks (Standard Webhooks), each for some event types. */
  webhooks: z
    .array(
      z.strictObject({
        /** Names the subscriber in the store (its delivery cursor) and in logs. */
        name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, . _ - only'),
        url: z.string().url(),
        /** `whsec_` and the base64 of 24 to 64 random bytes. */
        secret: z.string().regex(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/, 'whsec_ followed by base64'),
        events: z
          .array(
            z.enum([
              'objection.filed',
              'objection.withdrawn',
              'consent.filed',
              'consent.withdrawn',
              'snapshot.sealed',
              'model.registered',
              'case.decided',
            ]),
          )
          .min(1),
      }),
    )
    .refine((list) => new Set(list.map((w) => w.name)).size === list.length, 'each subscriber needs a name of its own')
    .default([]),
  requests: z
    .strictObject({
      /**
       * How a URL in a third party's request maps to a content id: regular expressions, each
       * with a named group `id`, tried in order; a URL none matches is refused.
       */
      item_urls: z
        .array(
          z.string().refine((s) => {
            try {
              return new RegExp(s).source.includes('(?<id>')
            } catch {
              return false
            }
          }, 'a regular expression with a named group (?<id>…)'),
        )
        .default([]),
      /**
       * Days a decided request's texts (what it says, its evidence, its contact address and the
       * mails sent there) are kept after its decision; then housekeeping erases them. The case,
       * its steps and exclusions stay.
       */
      keep_texts_days: z.number().int().min(1).max(3650).default(365),
    })
    .prefault({}),
})

export type Config = z.output<typeof configSchema>
export type ConfigInput = z.input<typeof configSchema>
