/**
 * A snapshot's folders on disk. A snapshot is built in `snapshots/.building-ID/`, recorded in the
 * store and ledger, then renamed into place — its proof index first, then the folder — so that a
 * crash leaves either nothing that looks sealed, or a sealed record whose folder `recover`
 * renames. Scratch files (the fact files, which hold birthdates; part data; the proof index being
 * written) live in `tmp/` and never outlive the build.
 * @module
 */
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fsyncPath, listFiles } from './files.js'

const BUILDING = '.building-'

/** A proof index being rebuilt for a sealed snapshot: `ID-proof-index-UUID` in `tmp/`. */
const REBUILDING = /-proof-index-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * How long a rebuild's scratch folder may go unchanged before `recover` takes it for one whose
 * process died: a rebuild writes into it all along (50M items: about a minute in all), and
 * another process of the same data folder may be rebuilding right now.
 */
const REBUILD_ABANDONED_MS = 60 * 60_000

export function createSnapshotFolder(dataDir: string) {
  const root = join(dataDir, 'snapshots')
  /** DuckDB's spill files, and a build's fact files and scratch data. */
  const tmp = join(dataDir, 'tmp')
  const proofIndexDir = join(dataDir, 'proof-index')
  const proofIndexOf = (id: string) => join(proofIndexDir, id)
  const buildingOf = (id: string) => join(root, `${BUILDING}${id}`)
  /** A build's scratch files, by what they hold. */
  const scratchOf = (id: string) => ({
    facts: join(tmp, `${id}-facts`),
    included: join(tmp, `${id}-included.parquet`),
    proofIndex: join(tmp, `${id}-proof-index`),
  })

  /**
   * Moves a written proof index folder into place (a rename: whole or not at all), in place of
   * one there before, and of the single Parquet file that indexes were kept as before.
   */
  function placeProofIndex(id: string, dir: string): void {
    mkdirSync(proofIndexDir, { recursive: true })
    for (const file of listFiles(dir)) fsyncPath(file)
    fsyncPath(dir)
    for (const old of [proofIndexOf(id), `${proofIndexOf(id)}.parquet`]) rmSync(old, { recursive: true, force: true })
    renameSync(dir, proofIndexOf(id))
    fsyncPath(proofIndexDir)
  }

  function dropScratch(id: string): void {
    for (const path of Object.values(scratchOf(id))) rmSync(path, { recursive: true, force: true })
  }

  return {
    root,
    tmp,
    dirOf: (id: string) => join(root, id),
    proofIndexOf,
    scratchOf,
    placeProofIndex,

    /** A new scratch folder for rebuilding the proof index of sealed snapshot `id` (`recover` sweeps dead ones). */
    rebuildScratchOf: (id: string) => join(tmp, `${id}-proof-index-${randomUUID()}`),

    /**
     * Finishes what a crash interrupted: a sealed build goes into place, an unsealed one away, and
     * the scratch of a proof index rebuild whose process died (unchanged for an hour) is removed.
     */
    async recover(isSealed: (id: string) => Promise<boolean>, now = Date.now()): Promise<void> {
      if (existsSync(tmp)) {
        for (const name of readdirSync(tmp)) {
          if (!REBUILDING.test(name)) continue
          const path = join(tmp, name)
          // Gone already: its rebuild finished between the listing and this look.
          const changed = statSync(path, { throwIfNoEntry: false })?.mtimeMs
          if (changed !== undefined && now - changed > REBUILD_ABANDONED_MS)
            rmSync(path, { recursive: true, force: true })
        }
      }
      if (!existsSync(root)) return
      for (const name of readdirSync(root)) {
        if (!name.startsWith(BUILDING)) continue
        const id = name.slice(BUILDING.length)
        const sealed = await isSealed(id)
        if (sealed) renameSync(join(root, name), join(root, id))
        else rmSync(join(root, name), { recursive: true, force: true })
        // A sealed build's proof index goes into place too (`seal` moves it before the folder).
        if (sealed && existsSync(scratchOf(id).proofIndex)) placeProofIndex(id, scratchOf(id).proofIndex)
        dropScratch(id)
      }
    },

    /** Makes the folders a build writes into; returns the building folder. */
    start(id: string): string {
      const building = buildingOf(id)
      mkdirSync(join(building, 'data'), { recursive: true })
      mkdirSync(join(building, 'lineage'), { recursive: true })
      mkdirSync(scratchOf(id).facts, { recursive: true })
      return building
    },

    /** Forces every file of the build, and every folder holding one, to disk: before the seal is recorded. */
    sync(id: string): void {
      const building = buildingOf(id)
      const written = listFiles(building)
      for (const file of written) fsyncPath(file)
      for (const d of new Set([...written.map(dirname), building])) fsyncPath(d)
    },

    /**
     * After the seal is recorded: the proof index, then the folder, go into place. A crash between
     * the renames leaves `.building-ID`, which `recover` finishes, index and all.
     */
    place(id: string): string {
      placeProofIndex(id, scratchOf(id).proofIndex)
      renameSync(buildingOf(id), join(root, id))
      fsyncPath(root)
      dropScratch(id)
      return join(root, id)
    },

    /** A build that failed before its seal was recorded leaves nothing behind. */
    discard(id: string): void {
      rmSync(buildingOf(id), { recursive: true, force: true })
      dropScratch(id)
    },
  }
}
