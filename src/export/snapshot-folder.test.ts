/** The snapshot folder's promise: after a crash, a sealed build is in place and an unsealed one is gone. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createSnapshotFolder } from './snapshot-folder.js'

let dir: string
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function buildOne(folder: ReturnType<typeof createSnapshotFolder>, id: string) {
  const building = folder.start(id)
  writeFileSync(join(building, 'manifest.json'), `{"id":"${id}"}`)
  const { proofIndex, facts } = folder.scratchOf(id)
  writeFileSync(join(facts, 'accounts.csv'), 'a1,1990-01-01\n')
  folder.sync(id)
  return { building, proofIndex }
}

it('places a sealed build with its proof index, and leaves no scratch behind', () => {
  dir = mkdtempSync(join(tmpdir(), 'veto-folder-'))
  const folder = createSnapshotFolder(dir)
  const { building, proofIndex } = buildOne(folder, 's1')
  // The proof index is a folder of levels.
  mkdirSync(proofIndex, { recursive: true })
  writeFileSync(join(proofIndex, '0.hex'), 'ab\n')
  const placed = folder.place('s1')
  expect(placed).toBe(folder.dirOf('s1'))
  expect(existsSync(building)).toBe(false)
  expect(readFileSync(join(placed, 'manifest.json'), 'utf8')).toBe('{"id":"s1"}')
  expect(readFileSync(join(folder.proofIndexOf('s1'), '0.hex'), 'utf8')).toBe('ab\n')
  for (const scratch of Object.values(folder.scratchOf('s1'))) expect(existsSync(scratch)).toBe(false)
})

it('recover finishes a sealed build, removes an unsealed one, and the fact files (birthdates) of both', async () => {
  dir = mkdtempSync(join(tmpdir(), 'veto-folder-'))
  const folder = createSnapshotFolder(dir)
  buildOne(folder, 'sealed')
  buildOne(folder, 'unsealed')
  await folder.recover(async (id) => id === 'sealed')
  expect(existsSync(join(folder.dirOf('sealed'), 'manifest.json'))).toBe(true)
  expect(existsSync(folder.dirOf('unsealed'))).toBe(false)
  for (const id of ['sealed', 'unsealed']) expect(existsSync(folder.scratchOf(id).facts)).toBe(false)
  // Nothing left that looks like a build in progress.
  await folder.recover(async () => {
    throw new Error('no build left to ask about')
  })
})

it('discard leaves nothing of a failed build', () => {
  dir = mkdtempSync(join(tmpdir(), 'veto-folder-'))
  const folder = createSnapshotFolder(dir)
  const { building } = buildOne(folder, 's2')
  folder.discard('s2')
  expect(existsSync(building)).toBe(false)
  expect(existsSync(folder.scratchOf('s2').facts)).toBe(false)
})

it('recover removes the scratch of a proof index rebuild whose process died, and no other', async () => {
  dir = mkdtempSync(join(tmpdir(), 'veto-folder-'))
  const folder = createSnapshotFolder(dir)
  const now = Date.parse('2026-12-04T18:00:00Z')
  const made = (path: string, ageMinutes: number) => {
    mkdirSync(join(path, '.keys'), { recursive: true })
    writeFileSync(join(path, '.keys', '00.keys'), 'k')
    const at = new Date(now - ageMinutes * 60_000)
    utimesSync(path, at, at)
    return path
  }
  const dead = made(folder.rebuildScratchOf('s1'), 61)
  const running = made(folder.rebuildScratchOf('s1'), 59)
  const other = made(join(folder.tmp, 'not-a-rebuild'), 600)
  await folder.recover(async () => false, now)
  expect(existsSync(dead)).toBe(false)
  expect(existsSync(running)).toBe(true)
  expect(existsSync(other)).toBe(true)
})
