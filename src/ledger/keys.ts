/**
 * The data folder's keys, made at `veto init` and kept in DATA/keys/, readable by their
 * owner only: the ledger's Ed25519 signing key (its verifier key can be handed to anyone)
 * and the secret from which each snapshot's item-key secret is derived.
 * @module
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../domain/app-error.js'
import { generateNoteKey, loadNoteKey, type NoteKey, verifierKey } from './signed-note.js'

const DIR = 'keys'
const PRIVATE = 'ledger-ed25519.pem'
const PUBLIC = 'ledger.json'
const SNAPSHOT_SECRET = 'snapshot-secret'

/**
 * The log's origin, the first line of its checkpoints, URL-shaped as C2SP tlog-checkpoint
 * recommends: the public URL without its scheme, then `/ledger` (`example.org/veto/ledger`).
 * A note key's name may hold no space and no plus; a URL holds no space.
 */
export function ledgerOrigin(publicUrl: string): string {
  const url = new URL(publicUrl)
  return `${url.host}${url.pathname.replace(/\/+$/, '')}/ledger`.replaceAll('+', '%2B')
}

/**
 * Makes the ledger's key, named after the log's origin (`ledgerOrigin`), unless the folder has
 * one. The name is signed into every checkpoint, so it never changes: a folder made before
 * origins were URL-shaped keeps its `veto-ledger-…` name and origin, and its checkpoints verify.
 */
export function ensureLedgerKey(dataDir: string, origin: string): NoteKey {
  const dir = join(dataDir, DIR)
  if (existsSync(join(dir, PRIVATE))) return loadLedgerKey(dataDir)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const name = origin
  const { key, privatePem } = generateNoteKey(name)
  writeFileSync(join(dir, PRIVATE), privatePem, { mode: 0o600, flag: 'wx' })
  writeFileSync(join(dir, PUBLIC), `${JSON.stringify({ name, verifier_key: verifierKey(key) }, null, 2)}\n`)
  return key
}

export function loadLedgerKey(dataDir: string): NoteKey {
  const dir = join(dataDir, DIR)
  try {
    const { name } = JSON.parse(readFileSync(join(dir, PUBLIC), 'utf8')) as { name: string }
    return loadNoteKey(name, readFileSync(join(dir, PRIVATE), 'utf8'))
  } catch (cause) {
    throw new AppError(
      'LEDGER_KEY_MISSING',
      `no ledger key in ${dir}; run \`veto init\` to make one`,
      { dir },
      { cause },
    )
  }
}

export function ensureSnapshotKey(dataDir: string): Buffer {
  const file = join(dataDir, DIR, SNAPSHOT_SECRET)
  if (!existsSync(file)) {
    mkdirSync(join(dataDir, DIR), { recursive: true, mode: 0o700 })
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' })
  }
  return loadSnapshotKey(dataDir)
}

export function loadSnapshotKey(dataDir: string): Buffer {
  const file = join(dataDir, DIR, SNAPSHOT_SECRET)
  try {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex')
    if (key.length !== 32) throw new Error('not 32 bytes')
    return key
  } catch (cause) {
    throw new AppError(
      'LEDGER_KEY_MISSING',
      `no snapshot secret in ${join(dataDir, DIR)}; run \`veto init\` to make one`,
      { dir: join(dataDir, DIR) },
      { cause },
    )
  }
}
