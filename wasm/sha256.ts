// SHA-256 four messages at a time (AssemblyScript, compiled to WebAssembly by `npm run build:wasm`).
//
// A snapshot hashes millions of short messages: an HMAC and a leaf per item, a node per pair.
// WebAssembly's 128-bit SIMD holds one 32-bit word of four messages in one value, so one pass
// of the compression function hashes four blocks. The caller (src/export/sha256-lanes.ts)
// places messages in this module's memory and describes each by four u32 words:
//
//   prefix  the address of a state (eight u32, native order) that has absorbed one 64-byte
//           block already — an HMAC key's inner or outer pad — or 0 to start from the IV
//   data    the address of the message's bytes
//   len     their count
//   tag     a byte put before the message (RFC 9162: 0 for a leaf, 1 for a node), or -1 for none
//
// and gets each digest, 32 bytes, at `out + 32·i`. Messages of any length are taken; four of
// unequal block counts go together, a lane that has finished keeping its state (MASK).

const K: StaticArray<u32> = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]
const IV: StaticArray<u32> = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]

/** The round constants, each in all four lanes. */
const KS: usize = memory.data(64 * 16, 16)
/** The message schedule: word i of the four lanes at WS + 16·i. */
const WS: usize = memory.data(64 * 16, 16)
/** The four lanes' states, word-interleaved like WS. */
const STATE: usize = memory.data(8 * 16, 16)
/** One block of each lane, as bytes, before it is interleaved. */
const LANES: usize = memory.data(4 * 64, 16)
/** All ones in the lanes whose message has the block being hashed; the others keep their state. */
const MASK: usize = memory.data(16, 16)

for (let i = 0; i < 64; i++) v128.store(KS + (<usize>i << 4), i32x4.splat(K[i]))

/** The first free address: the caller's messages go from here on. */
export const HEAP_BASE: usize = (__heap_base + 15) & ~15

// @ts-ignore: decorator
@inline function rotr(x: v128, n: i32): v128 {
  return v128.or(i32x4.shr_u(x, n), i32x4.shl(x, 32 - n))
}

// @ts-ignore: decorator
@inline function bswap32x4(x: v128): v128 {
  return i8x16.swizzle(x, i8x16(3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12))
}

/** Four rows of four words in, their four columns out: column k to `to + k·step`. */
// @ts-ignore: decorator
@inline function transpose(r0: v128, r1: v128, r2: v128, r3: v128, to: usize, step: usize): void {
  const t0 = v128.shuffle<i32>(r0, r1, 0, 4, 1, 5)
  const t1 = v128.shuffle<i32>(r0, r1, 2, 6, 3, 7)
  const t2 = v128.shuffle<i32>(r2, r3, 0, 4, 1, 5)
  const t3 = v128.shuffle<i32>(r2, r3, 2, 6, 3, 7)
  v128.store(to, v128.shuffle<i32>(t0, t2, 0, 1, 4, 5))
  v128.store(to + step, v128.shuffle<i32>(t0, t2, 2, 3, 6, 7))
  v128.store(to + 2 * step, v128.shuffle<i32>(t1, t3, 0, 1, 4, 5))
  v128.store(to + 3 * step, v128.shuffle<i32>(t1, t3, 2, 3, 6, 7))
}

/** Hashes the block in WS[0..16) into STATE, in the lanes MASK admits. */
function compress(): void {
  for (let i: usize = 16; i < 64; i++) {
    const w15 = v128.load(WS + ((i - 15) << 4))
    const w2 = v128.load(WS + ((i - 2) << 4))
    const s0 = v128.xor(v128.xor(rotr(w15, 7), rotr(w15, 18)), i32x4.shr_u(w15, 3))
    const s1 = v128.xor(v128.xor(rotr(w2, 17), rotr(w2, 19)), i32x4.shr_u(w2, 10))
    const w16 = v128.load(WS + ((i - 16) << 4))
    const w7 = v128.load(WS + ((i - 7) << 4))
    v128.store(WS + (i << 4), i32x4.add(i32x4.add(w16, s0), i32x4.add(w7, s1)))
  }
  let a = v128.load(STATE)
  let b = v128.load(STATE, 16)
  let c = v128.load(STATE, 32)
  let d = v128.load(STATE, 48)
  let e = v128.load(STATE, 64)
  let f = v128.load(STATE, 80)
  let g = v128.load(STATE, 96)
  let h = v128.load(STATE, 112)
  for (let i: usize = 0; i < 64; i++) {
    const s1 = v128.xor(v128.xor(rotr(e, 6), rotr(e, 11)), rotr(e, 25))
    const ch = v128.bitselect(f, g, e)
    const kw = i32x4.add(v128.load(KS + (i << 4)), v128.load(WS + (i << 4)))
    const t1 = i32x4.add(i32x4.add(h, s1), i32x4.add(ch, kw))
    const s0 = v128.xor(v128.xor(rotr(a, 2), rotr(a, 13)), rotr(a, 22))
    const maj = v128.bitselect(c, a, v128.xor(a, b))
    h = g
    g = f
    f = e
    e = i32x4.add(d, t1)
    d = c
    c = b
    b = a
    a = i32x4.add(t1, i32x4.add(s0, maj))
  }
  const mask = v128.load(MASK)
  addState(0, a, mask)
  addState(16, b, mask)
  addState(32, c, mask)
  addState(48, d, mask)
  addState(64, e, mask)
  addState(80, f, mask)
  addState(96, g, mask)
  addState(112, h, mask)
}

// @ts-ignore: decorator
@inline function addState(at: usize, x: v128, mask: v128): void {
  const old = v128.load(STATE + at)
  v128.store(STATE + at, v128.bitselect(i32x4.add(old, x), old, mask))
}

/** Interleaves the four lanes' blocks in LANES (bytes) into WS[0..16) (big-endian words). */
function loadBlocks(): void {
  for (let q: usize = 0; q < 4; q++) {
    transpose(
      bswap32x4(v128.load(LANES + (q << 4))),
      bswap32x4(v128.load(LANES + 64 + (q << 4))),
      bswap32x4(v128.load(LANES + 128 + (q << 4))),
      bswap32x4(v128.load(LANES + 192 + (q << 4))),
      WS + (q << 6),
      16,
    )
  }
}

/** Block `b` of the message `desc` describes, padded as SHA-256 pads it, into lane `lane` of LANES. */
function placeBlock(desc: usize, lane: usize, b: u32): void {
  const prefix = load<u32>(desc)
  const data = <usize>load<u32>(desc, 4)
  const len = load<u32>(desc, 8)
  const tag = load<i32>(desc, 12)
  const off: u32 = tag >= 0 ? 1 : 0
  const m = len + off
  const dst = LANES + (lane << 6)
  memory.fill(dst, 0, 64)
  const s = b << 6
  const e = min(s + 64, m)
  if (off && s == 0) store<u8>(dst, <u8>tag)
  const ds = max(s, off)
  if (e > ds) memory.copy(dst + (ds - s), data + (ds - off), e - ds)
  if (m >= s && m < s + 64) store<u8>(dst + (m - s), 0x80)
  if (b == blocksOf(desc) - 1) store<u64>(dst, bswap<u64>(<u64>((prefix ? 64 : 0) + m) << 3), 56)
}

/** The number of blocks of the message `desc` describes. */
// @ts-ignore: decorator
@inline function blocksOf(desc: usize): u32 {
  return (load<u32>(desc, 8) + (load<i32>(desc, 12) >= 0 ? 1 : 0) + 9 + 63) >> 6
}

/** Starts each lane from its message's prefix state or the IV. */
function startStates(d0: usize, d1: usize, d2: usize, d3: usize): void {
  const iv = changetype<usize>(IV)
  const p0 = load<u32>(d0) ? <usize>load<u32>(d0) : iv
  const p1 = load<u32>(d1) ? <usize>load<u32>(d1) : iv
  const p2 = load<u32>(d2) ? <usize>load<u32>(d2) : iv
  const p3 = load<u32>(d3) ? <usize>load<u32>(d3) : iv
  transpose(v128.load(p0), v128.load(p1), v128.load(p2), v128.load(p3), STATE, 16)
  transpose(v128.load(p0, 16), v128.load(p1, 16), v128.load(p2, 16), v128.load(p3, 16), STATE + 64, 16)
}

/** Writes lane l's state to `to_l`: eight words, big-endian (a digest) or native (a state to go on from). */
function storeStates(to0: usize, to1: usize, to2: usize, to3: usize, bigEndian: bool): void {
  const scratch = LANES
  transpose(v128.load(STATE), v128.load(STATE, 16), v128.load(STATE, 32), v128.load(STATE, 48), scratch, 32)
  transpose(v128.load(STATE, 64), v128.load(STATE, 80), v128.load(STATE, 96), v128.load(STATE, 112), scratch + 16, 32)
  storeLane(scratch, to0, bigEndian)
  storeLane(scratch + 32, to1, bigEndian)
  storeLane(scratch + 64, to2, bigEndian)
  storeLane(scratch + 96, to3, bigEndian)
}

// @ts-ignore: decorator
@inline function storeLane(from: usize, to: usize, bigEndian: bool): void {
  let x = v128.load(from)
  let y = v128.load(from, 16)
  if (bigEndian) {
    x = bswap32x4(x)
    y = bswap32x4(y)
  }
  v128.store(to, x)
  v128.store(to, y, 16)
}

/** A place for the digests of the lanes past the last message: written, never read. */
const SINK: usize = memory.data(32 * 4, 16)

/**
 * SHA-256 of `count` messages, each described by four u32 at `desc + 16·i` (see the top of this
 * file), each digest's 32 bytes to `out + 32·i`.
 */
export function digest(desc: usize, count: u32, out: usize): void {
  for (let i: u32 = 0; i < count; i += 4) {
    const n = min(count - i, 4)
    const d0 = desc + (<usize>i << 4)
    const d1 = n > 1 ? d0 + 16 : d0
    const d2 = n > 2 ? d0 + 32 : d0
    const d3 = n > 3 ? d0 + 48 : d0
    const b0 = blocksOf(d0)
    const b1 = blocksOf(d1)
    const b2 = blocksOf(d2)
    const b3 = blocksOf(d3)
    const most = max(max(b0, b1), max(b2, b3))
    startStates(d0, d1, d2, d3)
    for (let b: u32 = 0; b < most; b++) {
      placeBlock(d0, 0, b)
      placeBlock(d1, 1, b)
      placeBlock(d2, 2, b)
      placeBlock(d3, 3, b)
      v128.store(
        MASK,
        i32x4(b < b0 ? -1 : 0, b < b1 ? -1 : 0, b < b2 ? -1 : 0, b < b3 ? -1 : 0),
      )
      loadBlocks()
      compress()
    }
    const o = out + (<usize>i << 5)
    storeStates(o, n > 1 ? o + 32 : SINK + 32, n > 2 ? o + 64 : SINK + 64, n > 3 ? o + 96 : SINK + 96, true)
  }
}

/**
 * The HMAC pads of `count` 32-byte keys at `keys + 32·i`: to `out + 64·i` the state after the
 * key's inner pad (key XOR 0x36…, RFC 2104), then the state after its outer pad (0x5c…), each
 * eight u32 in native order, ready to be a message's `prefix`.
 */
export function hmacPads(keys: usize, count: u32, out: usize): void {
  for (let pass: u32 = 0; pass < 2; pass++) {
    const byte = pass == 0 ? 0x36363636 : 0x5c5c5c5c
    const pad = i32x4.splat(byte)
    for (let i: u32 = 0; i < count; i += 4) {
      const n = min(count - i, 4)
      for (let l: u32 = 0; l < 4; l++) {
        const key = keys + (<usize>(i + min(l, n - 1)) << 5)
        const dst = LANES + (<usize>l << 6)
        v128.store(dst, v128.xor(v128.load(key), pad))
        v128.store(dst, v128.xor(v128.load(key, 16), pad), 16)
        v128.store(dst, pad, 32)
        v128.store(dst, pad, 48)
      }
      const iv = changetype<usize>(IV)
      transpose(v128.load(iv), v128.load(iv), v128.load(iv), v128.load(iv), STATE, 16)
      transpose(v128.load(iv, 16), v128.load(iv, 16), v128.load(iv, 16), v128.load(iv, 16), STATE + 64, 16)
      v128.store(MASK, i32x4.splat(-1))
      loadBlocks()
      compress()
      const o = out + (<usize>i << 6) + (<usize>pass << 5)
      storeStates(o, n > 1 ? o + 64 : SINK + 32, n > 2 ? o + 128 : SINK + 64, n > 3 ? o + 192 : SINK + 96, false)
    }
  }
}

// Helpers for the caller's batches: no hashing in them, only the bookkeeping that would cost a
// JavaScript call per message.

/** Describes `count` messages: `prefix`, `data + stride·i`, `len` bytes, `tag`. */
export function describe(desc: usize, count: u32, prefix: u32, data: u32, stride: u32, len: u32, tag: i32): void {
  for (let i: u32 = 0; i < count; i++) {
    const d = desc + (<usize>i << 4)
    store<u32>(d, prefix)
    store<u32>(d, data + stride * i, 4)
    store<u32>(d, len, 8)
    store<i32>(d, tag, 12)
  }
}

/** Sets the prefix of message i to `pads + 64·owner[i] + at` (an HMAC key's inner pad, at 0, or outer, at 32). */
export function prefixByOwner(desc: usize, count: u32, owner: usize, pads: u32, at: u32): void {
  for (let i: u32 = 0; i < count; i++) {
    store<u32>(desc + (<usize>i << 4), pads + (load<u32>(owner + (<usize>i << 2)) << 6) + at)
  }
}

/** Where the last `number` ended: the address after its ':'. */
let parsedAt: usize = 0
/** Set when the records do not parse: a length that is not digits, or one past the end. */
let faulty: bool = false

/** Reads a decimal number ending in ':' at `p`; returns it, the address after the ':' left in `parsedAt`. */
function number(p: usize, end: usize): u32 {
  let n: u32 = 0
  while (p < end) {
    const c = load<u8>(p++)
    if (c == 0x3a) {
      parsedAt = p
      return n
    }
    if (c < 0x30 || c > 0x39) faulty = true
    n = n * 10 + (c - 0x30)
  }
  faulty = true
  parsedAt = end
  return n
}

/** Describes one message at `d`: no prefix, `len` bytes at `data`, no tag. */
// @ts-ignore: decorator
@inline function plain(d: usize, data: usize, len: u32): void {
  store<u32>(d, 0)
  store<u32>(d, <u32>data, 4)
  store<u32>(d, len, 8)
  store<i32>(d, -1, 12)
}

/** Whether `len` bytes at `a` and at `b` are the same. */
function sameBytes(a: usize, b: usize, len: u32): bool {
  for (let k: usize = 0; k < len; k++) if (load<u8>(a + k) != load<u8>(b + k)) return false
  return true
}

let ownerCount: u32 = 0
let parsedBytes: u32 = 0

/**
 * Parses records at `input` (`len` bytes), at most `limit` items, and describes the items at
 * `itemDesc` (prefix 0). Without `pairs` each record is an item, `L:item`; with, it is
 * `L:account L:item`, and each account found is described once at `ownerDesc`, in order of
 * first sight, each item's account's place going to `owner + 4·i` — found through `table`, a
 * hash table of `mask + 1` u32 (a power of two above twice `limit`). Returns the items' count;
 * `owners()` gives the accounts', `parsed()` the bytes read, `malformed()` whether the records
 * did not parse.
 */
export function parseRecords(
  input: usize,
  len: u32,
  pairs: bool,
  ownerDesc: usize,
  itemDesc: usize,
  owner: usize,
  table: usize,
  mask: u32,
  limit: u32,
): u32 {
  const end = input + len
  let p = input
  let items: u32 = 0
  ownerCount = 0
  faulty = false
  if (pairs) memory.fill(table, 0, (<usize>mask + 1) << 2)
  while (p < end && items < limit && !faulty) {
    if (pairs) {
      const l = number(p, end)
      const at = parsedAt
      if (at + l > end) faulty = true
      if (faulty) break
      // FNV-1a over the account's bytes; slots hold 1 + the account's place, 0 when free.
      let h: u32 = 0x811c9dc5
      for (let k: usize = 0; k < l; k++) h = (h ^ load<u8>(at + k)) * 0x01000193
      let slot = h & mask
      let found: u32 = 0
      for (;;) {
        const s = load<u32>(table + (<usize>slot << 2))
        if (s == 0) break
        const d = ownerDesc + (<usize>(s - 1) << 4)
        if (load<u32>(d, 8) == l && sameBytes(<usize>load<u32>(d, 4), at, l)) {
          found = s
          break
        }
        slot = (slot + 1) & mask
      }
      if (found == 0) {
        plain(ownerDesc + (<usize>ownerCount << 4), at, l)
        ownerCount++
        found = ownerCount
        store<u32>(table + (<usize>slot << 2), found)
      }
      store<u32>(owner + (<usize>items << 2), found - 1)
      p = at + l
    }
    const l = number(p, end)
    if (parsedAt + l > end) faulty = true
    if (faulty) break
    plain(itemDesc + (<usize>items << 4), parsedAt, l)
    p = parsedAt + l
    items++
  }
  parsedBytes = <u32>(p - input)
  return items
}

export function parsed(): u32 {
  return parsedBytes
}

export function malformed(): bool {
  return faulty
}

export function owners(): u32 {
  return ownerCount
}

/** Big-endian u64 of 8 key bytes at `p`. */
// @ts-ignore: decorator
@inline function be64(p: usize): u64 {
  return bswap<u64>(load<u64>(p))
}

/** -1, 0 or 1 as 32-byte key `a` sorts before, with or after `b`. */
function compareKeys(a: usize, b: usize): i32 {
  for (let k: usize = 0; k < 32; k += 8) {
    const x = be64(a + k)
    const y = be64(b + k)
    if (x != y) return x < y ? -1 : 1
  }
  return 0
}

/**
 * Sorts `count` 32-byte keys from `src` into `dst`: a counting sort by their bytes `skip` and
 * `skip + 1` (the bytes before are the same in all of them), then an insertion sort of each run
 * of equal such bytes, which for uniformly spread keys holds a few at most. `counts` has room for
 * 65,537 u32.
 */
export function sortKeys(src: usize, count: u32, dst: usize, counts: usize, skip: u32): void {
  memory.fill(counts, 0, 65537 << 2)
  for (let i: u32 = 0; i < count; i++) {
    const b = (<u32>load<u8>(src + (<usize>i << 5) + skip) << 8) | load<u8>(src + (<usize>i << 5) + skip + 1)
    const c = counts + ((<usize>b + 1) << 2)
    store<u32>(c, load<u32>(c) + 1)
  }
  for (let b: usize = 1; b <= 65536; b++) {
    store<u32>(counts + (b << 2), load<u32>(counts + (b << 2)) + load<u32>(counts + ((b - 1) << 2)))
  }
  for (let i: u32 = 0; i < count; i++) {
    const from = src + (<usize>i << 5)
    const b = (<u32>load<u8>(from + skip) << 8) | load<u8>(from + skip + 1)
    const c = counts + (<usize>b << 2)
    const at = load<u32>(c)
    store<u32>(c, at + 1)
    memory.copy(dst + (<usize>at << 5), from, 32)
  }
  // counts[b] is now the end of run b; insertion-sort each run.
  let start: u32 = 0
  for (let b: usize = 0; b < 65536; b++) {
    const end = load<u32>(counts + (b << 2))
    for (let i = start + 1; i < end; i++) {
      for (let j = i; j > start; j--) {
        const a = dst + (<usize>(j - 1) << 5)
        if (compareKeys(a, a + 32) <= 0) break
        const x0 = v128.load(a)
        const x1 = v128.load(a, 16)
        v128.store(a, v128.load(a, 32))
        v128.store(a, v128.load(a, 48), 16)
        v128.store(a, x0, 32)
        v128.store(a, x1, 48)
      }
    }
    start = end
  }
}

/** Sorts `count` keys by their first byte: to `dst` in that order, each byte's count to `counts` (256 u32). */
export function byFirstByte(src: usize, count: u32, dst: usize, counts: usize): void {
  memory.fill(counts, 0, 257 << 2)
  for (let i: u32 = 0; i < count; i++) {
    const c = counts + ((<usize>load<u8>(src + (<usize>i << 5)) + 1) << 2)
    store<u32>(c, load<u32>(c) + 1)
  }
  for (let b: usize = 1; b <= 256; b++) {
    store<u32>(counts + (b << 2), load<u32>(counts + (b << 2)) + load<u32>(counts + ((b - 1) << 2)))
  }
  for (let i: u32 = 0; i < count; i++) {
    const from = src + (<usize>i << 5)
    const c = counts + (<usize>load<u8>(from) << 2)
    const at = load<u32>(c)
    store<u32>(c, at + 1)
    memory.copy(dst + (<usize>at << 5), from, 32)
  }
}

/** Each of `count` 32-byte values at `src` as a line of 64 lower-case hex digits and `\n`, to `dst`. */
export function hexLines(src: usize, count: u32, dst: usize): void {
  for (let i: u32 = 0; i < count; i++) {
    const from = src + (<usize>i << 5)
    const to = dst + <usize>i * 65
    for (let k: usize = 0; k < 32; k++) {
      const b = load<u8>(from + k)
      const hi = b >> 4
      const lo = b & 15
      store<u8>(to + (k << 1), hi < 10 ? 0x30 + hi : 0x57 + hi)
      store<u8>(to + (k << 1) + 1, lo < 10 ? 0x30 + lo : 0x57 + lo)
    }
    store<u8>(to + 64, 0x0a)
  }
}

/** Sets the prefix of `count` messages to `prefix`. */
export function setPrefix(desc: usize, count: u32, prefix: u32): void {
  for (let i: u32 = 0; i < count; i++) store<u32>(desc + (<usize>i << 4), prefix)
}
