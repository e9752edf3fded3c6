/** WCAG 1.4.11: the focus ring reaches 3:1 against every background the stylesheet gives anything. */
import { expect, it } from 'vitest'
import { STYLE } from './style.js'

function luminance(hex: string): number {
  const full = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1)
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

it('the focus ring reaches 3:1 against every background in the stylesheet', () => {
  const vars = Object.fromEntries([...STYLE.matchAll(/--([a-z]+):\s*(#[0-9a-f]{3,6})/gi)].map((m) => [m[1], m[2]]))
  const color = (v: string) => (v.startsWith('var(') ? (vars[v.slice(6, -1)] as string) : v)
  const ring = /:focus[^{]*\{[^}]*outline:\s*\d+px solid (#[0-9a-f]{3,6}|var\(--[a-z]+\))/i.exec(STYLE)?.[1]
  expect(ring).toBeDefined()
  const backgrounds = [...STYLE.matchAll(/background:\s*(#[0-9a-f]{3,6}|var\(--[a-z]+\))/gi)].map((m) =>
    color(m[1] as string),
  )
  expect(backgrounds.length).toBeGreaterThan(3)
  for (const bg of new Set(backgrounds)) {
    // The accent's own background is a button's: the ring sits 2px outside it, on the page.
    if (bg === vars.accent) continue
    expect(contrast(color(ring as string), bg), `ring on ${bg}`).toBeGreaterThanOrEqual(3)
  }
  // The old ring, #ffbf47, would not: the test can fail.
  expect(contrast('#ffbf47', '#ffffff')).toBeLessThan(3)
})
