/**
 * This Veto's own name and version, read once from its package.json (which sits one folder above
 * `src/` and `dist/` alike), and the URI that names this build as the producer of what it writes.
 * @module
 */
import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  readonly name: string
  readonly version: string
}

/**
 * A package URL (github.com/package-url/purl-spec), e.g. `pkg:npm/veto@0.1.0`: a URI that names the
 * software and its exact version without a home page the project does not have yet. OpenLineage asks
 * of `producer` only that it be a URI identifying the producer.
 */
export const PRODUCER = `pkg:npm/${pkg.name}@${pkg.version}`
