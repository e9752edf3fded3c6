// How the benchmarks start `veto`: bin/veto.js under the Node flags of its own #! line, as a
// user's `veto` command runs (a heap setting there halves the time an import spends collecting).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** bin/veto.js. */
export const bin = resolve(new URL('.', import.meta.url).pathname, '../bin/veto.js')

/** The flags bin/veto.js's #! line starts Node with. */
export const binFlags = readFileSync(bin, 'utf8')
  .split('\n')[0]
  .split(' ')
  .filter((a) => a.startsWith('--'))
