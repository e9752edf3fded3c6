/**
 * Checkpoints as C2SP signed notes (c2sp.org/tlog-checkpoint, c2sp.org/signed-note) with
 * Ed25519: the body is `origin\nsize\nbase64(root)\n`, followed by a blank line and one
 * line `— name base64(keyID ‖ signature)`, where keyID is the first four bytes of
 * SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key).
 * @module
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto'
import { sha256 } from './merkle.js'

const ED25519 = 0x01
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

export interface NoteKey {
  readonly name: string
  readonly publicKey: Buffer
  readonly privateKey?: KeyObject
}

export function keyId(name: string, publicKey: Buffer): Buffer {
  return sha256(Buffer.from(name), Buffer.from([0x0a, ED25519]), publicKey).subarray(0, 4)
}

/** The verifier key string `name+keyid+base64(0x01 ‖ key)`, as C2SP writes it. */
export function verifierKey(key: NoteKey): string {
  const id = keyId(key.name, key.publicKey).toString('hex')
  const typedKey = Buffer.concat([Buffer.from([ED25519]), key.publicKey]).toString('base64')
  return `${key.name}+${id}+${typedKey}`
}

export function generateNoteKey(name: string): { key: NoteKey; privatePem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length)
  return {
    key: { name, publicKey: Buffer.from(raw), privateKey },
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  }
}

export function loadNoteKey(name: string, privatePem: string): NoteKey {
  const privateKey = createPrivateKey(privatePem)
  const raw = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length)
  return { name, publicKey: Buffer.from(raw), privateKey }
}

export function checkpointBody(origin: string, size: number, root: Buffer): string {
  return `${origin}\n${size}\n${root.toString('base64')}\n`
}

export function signNote(body: string, key: NoteKey): string {
  if (!key.privateKey) throw new Error('signing needs the private key')
  const sig = sign(null, Buffer.from(body), key.privateKey)
  return `${body}\n\u2014 ${key.name} ${Buffer.concat([keyId(key.name, key.publicKey), sig]).toString('base64')}\n`
}

export interface OpenedNote {
  readonly origin: string
  readonly size: number
  readonly root: Buffer
}

/** Verifies a checkpoint note against a key; undefined when the note or its signature is not good. */
export function openCheckpoint(note: string, key: NoteKey): OpenedNote | undefined {
  const split = note.lastIndexOf('\n\n')
  if (split === -1) return undefined
  const body = note.slice(0, split + 1)
  const lines = body.split('\n')
  const sigLines = note
    .slice(split + 2)
    .split('\n')
    .filter((l) => l !== '')
  const publicKey = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, key.publicKey]), format: 'der', type: 'spki' })
  const id = keyId(key.name, key.publicKey)
  const good = sigLines.some((line) => {
    const m = /^\u2014 (\S+) (\S+)$/.exec(line)
    if (!m || m[1] !== key.name) return false
    const blob = Buffer.from(m[2] as string, 'base64')
    return (
      blob.length === 68 &&
      blob.subarray(0, 4).equals(id) &&
      verify(null, Buffer.from(body), publicKey, blob.subarray(4))
    )
  })
  if (!good || lines.length < 4) return undefined
  const size = Number(lines[1])
  if (!Number.isSafeInteger(size) || size < 0) return undefined
  return { origin: lines[0] as string, size, root: Buffer.from(lines[2] as string, 'base64') }
}
