/** A small seeded generator (sfc32), so that the same seed gives the same platform everywhere. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  int(min: number, maxInclusive: number): number
  chance(p: number): boolean
  pick<T>(xs: readonly T[]): T
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(xs: readonly T[]): T[]
  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(table: readonly (readonly [T, number])[]): T
}

function hashSeed(seed: string): [number, number, number, number] {
  // FNV-1a, four times with different offsets, to fill sfc32's state.
  const out: number[] = []
  for (let k = 0; k < 4; k++) {
    let h = (0x811c9dc5 ^ (k * 0x9e3779b9)) >>> 0
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0
    out.push(h)
  }
  return out as [number, number, number, number]
}

export function createRandom(seed: string | number): Random {
  let [a, b, c, d] = hashSeed(String(seed))
  const next = () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    const t = (a + b + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 12; i++) next()
  const r: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)] as (typeof xs)[number],
    shuffle(xs) {
      const out = [...xs]
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[out[i], out[j]] = [out[j] as (typeof xs)[number], out[i] as (typeof xs)[number]]
      }
      return out
    },
    weighted(table) {
      let total = 0
      for (const [, w] of table) total += w
      let x = next() * total
      for (const [v, w] of table) {
        x -= w
        if (x < 0) return v
      }
      return (table[table.length - 1] as readonly [unknown, number])[0] as (typeof table)[number][0]
    },
  }
  return r
}
