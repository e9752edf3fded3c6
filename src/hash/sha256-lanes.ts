/**
 * SHA-256 in WebAssembly, four messages at a time (`wasm/sha256.ts`, compiled by `npm run
 * build:wasm` into `dist/sha256.wasm`, no native toolchain). DuckDB's `sha256` hashes a 64-byte
 * block in ≈0.35 µs on one core; this module in ≈0.10 µs, with SIMD lanes where DuckDB's has
 * none (BENCHMARKS.md). Node's own `crypto` is faster per byte, but a call costs ≈0.7 µs.
 *
 * An instance owns its memory: a bump region above the module's static data, grown as needed
 * and dropped with the instance.
 * @module
 */
import { readFileSync } from 'node:fs'

interface Exports {
  readonly memory: WebAssembly.Memory
  readonly HEAP_BASE: WebAssembly.Global
  digest(desc: number, count: number, out: number): void
  hmacPads(keys: number, count: number, out: number): void
  describe(desc: number, count: number, prefix: number, data: number, stride: number, len: number, tag: number): void
  setPrefix(desc: number, count: number, prefix: number): void
  prefixByOwner(desc: number, count: number, owner: number, pads: number, at: number): void
  parseRecords(
    input: number,
    len: number,
    pairs: boolean,
    ownerDesc: number,
    itemDesc: number,
    owner: number,
    table: number,
    mask: number,
    limit: number,
  ): number
  owners(): number
  parsed(): number
  malformed(): number
  sortKeys(src: number, count: number, dst: number, counts: number, skip: number): void
  byFirstByte(src: number, count: number, dst: number, counts: number): void
  hexLines(src: number, count: number, dst: number): void
}

/** The compiled module, from the package's `dist` whether this file runs from `src` or `dist`. */
let compiled: WebAssembly.Module | undefined
function wasmModule(): WebAssembly.Module {
  compiled ??= new WebAssembly.Module(readFileSync(new URL('../../dist/sha256.wasm', import.meta.url)))
  return compiled
}

/** A message descriptor's size: prefix, data, length, tag (u32 each). */
export const DESC = 16
/** `tag` for no byte before the message. */
export const NO_TAG = -1

export class Sha256Lanes {
  readonly x: Exports
  private top: number

  constructor() {
    this.x = new WebAssembly.Instance(wasmModule(), {
      env: {
        abort: () => {
          throw new Error('sha256.wasm aborted')
        },
      },
    }).exports as unknown as Exports
    this.top = Number(this.x.HEAP_BASE.value)
  }

  /** Room for `bytes` (16-byte aligned) in the module's memory: its address. */
  alloc(bytes: number): number {
    const at = this.top
    // Not `& ~15`: bitwise operators work on 32-bit integers, and memory may pass 2 GiB.
    this.top = Math.ceil((at + bytes) / 16) * 16
    const size = this.x.memory.buffer.byteLength
    // Growing by half at least: a grow can move the whole memory.
    if (this.top > size) this.x.memory.grow(Math.ceil(Math.max(this.top - size, size / 2) / 65536))
    return at
  }

  /** Where the next `alloc` starts; `release(mark)` frees everything allocated after it. */
  mark(): number {
    return this.top
  }

  release(mark: number): void {
    this.top = mark
  }

  /** The module's memory as bytes (a new view after every `alloc`, which may grow it). */
  bytes(at: number, length: number): Uint8Array {
    return new Uint8Array(this.x.memory.buffer, at, length)
  }

  /** Copies `data` into the module's memory; its address. */
  put(data: Uint8Array): number {
    const at = this.alloc(data.length)
    this.bytes(at, data.length).set(data)
    return at
  }

  /** The HMAC pads of one 32-byte key (`hmacPads`): inner state at the address, outer at +32. */
  padsOf(key: Uint8Array): number {
    if (key.length !== 32) throw new Error('an HMAC key of the item keys is 32 bytes')
    const keyAt = this.put(key)
    const pads = this.alloc(64)
    this.x.hmacPads(keyAt, 1, pads)
    return pads
  }

  /**
   * HMAC-SHA256 of one message under a 32-byte key, through the module's own steps (the pads,
   * then the inner and outer digests, each from a prefix state): for golden vectors, not speed.
   */
  hmac(key: Uint8Array, message: Uint8Array): Buffer {
    const mark = this.mark()
    const pads = this.padsOf(key)
    const data = this.put(message)
    const desc = this.alloc(DESC)
    const inner = this.alloc(32)
    const out = this.alloc(32)
    this.x.describe(desc, 1, pads, data, 0, message.length, NO_TAG)
    this.x.digest(desc, 1, inner)
    this.x.describe(desc, 1, pads + 32, inner, 0, 32, NO_TAG)
    this.x.digest(desc, 1, out)
    const mac = Buffer.from(this.bytes(out, 32))
    this.release(mark)
    return mac
  }
}
