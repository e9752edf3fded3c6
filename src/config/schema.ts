/**
 * The configuration file `DATA/veto.json`: one schema, defaults written here.
 * @module
 */
import { z } from 'zod'

const policySchema = z.strictObject({
  name: z.string().min(1).regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, . _ - only'),
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
  columns: z.array(z.string().min(1)).optional(),
})

export const configSchema = z.strictObject({
  store: z.strictObject({
    /** A SQLite file (relative to the data folder) or a `postgres://` URL. */
    url: z.string().min(1).default('veto.sqlite'),
  }).prefault({}),
  /** The platform's own policies, beside the presets meta-2025, strict and consent. */
  policies: z.array(policySchema).default([]),
  export: z.strictObject({
    /** DuckDB's memory limit for snapshots, e.g. '2GB'. */
    memory_limit: z.string().regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'e.g. 2GB').default('2GB'),
    /** DuckDB threads; 0: one per core. */
    threads: z.number().int().min(0).default(0),
    /** Rows per data file of a snapshot. */
    rows_per_file: z.number().int().min(1).default(1_000_000),
  }).prefault({}),
})

export type Config = z.output<typeof configSchema>
export type ConfigInput = z.input<typeof configSchema>
