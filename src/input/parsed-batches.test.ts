import { existsSync, readdirSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The worker threads (the import's reader, SQLite's figures) run the built code (dist/) even under
// the test runner: a test run without `npm run build` after a change here would test the code
// before it, and pass or fail for the wrong reason. `npm test` builds first; this says so when a run did not.
describe('the worker threads the tests start', () => {
  it('is built from the sources as they are now', () => {
    const root = new URL('../../', import.meta.url)
    const stale = ['input', 'domain', 'os', 'store'].flatMap((dir) =>
      readdirSync(new URL(`src/${dir}/`, root))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
        .filter((f) => {
          const built = new URL(`dist/${dir}/${f.replace(/\.ts$/, '.js')}`, root)
          return !existsSync(built) || statSync(built).mtimeMs < statSync(new URL(`src/${dir}/${f}`, root)).mtimeMs
        })
        .map((f) => `src/${dir}/${f}`),
    )
    expect(stale, 'changed since the last `npm run build`').toEqual([])
  })
})
