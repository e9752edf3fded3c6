/** `veto snapshot create | list | show | verify`. */
import { resolve } from 'node:path'
import { AppError } from '../../domain/app-error.js'
import { formatInstant, REASONS } from '../../domain/index.js'
import type { SnapshotProgress, SnapshotRecord } from '../../services/snapshots.js'
import { instantFlag, parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'

function brief(s: SnapshotRecord) {
  return {
    id: s.id,
    name: s.name,
    policy: `${s.policyName}@${s.policyVersion}`,
    at: formatInstant(s.at),
    built: formatInstant(s.built),
    ledger_position: s.ledgerSize,
    items: s.items,
    considered: s.considered,
    root: s.root.toString('hex'),
    sealed_at: formatInstant(s.sealedAt),
  }
}

function progressBar(io: { stderr: NodeJS.WritableStream }) {
  // DuckDB reports rows and percentage per query: rate and time left are per stage.
  return (p: SnapshotProgress) => {
    const pct = Math.max(p.percentage, 0)
    const width = 24
    const filled = Math.round((pct / 100) * width)
    const seconds = p.seconds
    const rate = p.rows / Math.max(seconds, 0.001)
    const left = pct > 0 ? (seconds * (100 - pct)) / pct : NaN
    io.stderr.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${pct.toFixed(0).padStart(3)}% ${p.stage.padEnd(18)} ` +
        `${p.rows.toLocaleString('en-US')} rows ${Math.round(rate).toLocaleString('en-US')}/s ` +
        `${Number.isFinite(left) ? `${left.toFixed(0)}s left` : ''}   `,
    )
  }
}

export const snapshotCommand: Command = {
  name: 'snapshot',
  // Building or verifying one keeps every core busy for minutes: at the lowest priority it gives
  // way to a portal on the same machine, and on a machine of its own takes all of it as before.
  batch: true,
  summary: 'seal eligible content as a Parquet dataset; list, show and verify snapshots',
  help: `Usage: veto snapshot create --policy NAME --at INSTANT --content PATH... [--name TEXT]
       veto snapshot list
       veto snapshot show ID
       veto snapshot verify ID

create decides every item of the content files (Parquet, JSON Lines or CSV; globs allowed)
in DuckDB and seals DATA/snapshots/ID/: data/part-NNNNN.parquet (the included items),
decisions.parquet (every item, in or out and why), manifest.json (counts, file hashes,
Merkle root), README.md (dataset card), croissant.json and lineage/openlineage.jsonl.
The snapshot is recorded in the ledger and never changes. verify recomputes every hash
and the root, checks the manifest against the ledger, and names whatever differs.
Like an import, it runs at the lowest CPU priority (nice 19), so that a portal on the same
machine gets the processor first; see veto import --help for a portal run as a service.

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('snapshot', args, {
      policy: { type: 'string' },
      at: { type: 'string' },
      content: { type: 'string', multiple: true },
      name: { type: 'string' },
    })
    const [sub, id, ...rest] = positionals
    const ctx = contextOf(io, values)
    if (sub === 'create' && id === undefined) {
      if (!values.policy) usage('snapshot', '--policy is required')
      const at = instantFlag('snapshot', 'at', values.at) ?? usage('snapshot', '--at is required')
      if (!values.content?.length) usage('snapshot', '--content is required')
      const onProgress = io.stderr.isTTY && !ctx.json ? progressBar(io) : undefined
      const res = await withVeto(ctx, (veto) =>
        veto.snapshots.create({
          policy: values.policy as string,
          at,
          content: values.content?.map((c) => resolve(io.cwd, c)) ?? [],
          name: values.name,
          ...(onProgress ? { onProgress } : {}),
        }),
      )
      if (onProgress) io.stderr.write('\n')
      const m = res.manifest
      ctx.print(
        [
          `Sealed snapshot ${res.record.id} in ${res.dir}`,
          `  policy ${m.policy.name}@${m.policy.version}, cutoff ${m.at}, built ${m.built}, ` +
            `ledger position ${m.ledger.position}`,
          `  ${m.counts.considered} items considered, ${m.counts.included} included`,
          ...REASONS.filter((r) => (m.counts.out[r] ?? 0) > 0).map(
            (r) => `    out: ${r.padEnd(11)} ${m.counts.out[r]}`,
          ),
          `  Merkle root ${m.merkle.root}`,
          `  took ${Object.entries(res.timings)
            .map(([stage, s]) => `${stage} ${s.toFixed(1)} s`)
            .join(', ')}`,
        ].join('\n'),
        { ...brief(res.record), dir: res.dir, counts: m.counts, timings: res.timings },
      )
    } else if (sub === 'list' && id === undefined) {
      const list = await withVeto(ctx, (veto) => veto.snapshots.list())
      ctx.print(
        list.length === 0
          ? 'No snapshots yet.'
          : list
              .map(
                (s) =>
                  `${s.id}  ${`${s.policyName}@${s.policyVersion}`.padEnd(14)} cutoff ${formatInstant(s.at)}  ` +
                  `${s.items} items  ${s.name ?? ''}`,
              )
              .join('\n'),
        list.map(brief),
      )
    } else if (sub === 'show' && id !== undefined && rest.length === 0) {
      const { record, manifest } = await withVeto(ctx, async (veto) => ({
        record: await veto.snapshots.get(id),
        manifest: veto.snapshots.readManifest(id),
      }))
      ctx.print(JSON.stringify(manifest, null, 2), { ...brief(record), manifest })
    } else if (sub === 'verify' && id !== undefined && rest.length === 0) {
      const problems = await withVeto(ctx, (veto) => veto.checks.verify(id))
      if (problems.length > 0) {
        throw new AppError(
          'SNAPSHOT_INVALID',
          `snapshot ${id} was changed after sealing:\n  ${problems.join('\n  ')}`,
          { id },
        )
      }
      ctx.print(`Snapshot ${id} is intact: every file, the Merkle root and the ledger entry match.`, {
        id,
        valid: true,
        problems: [],
      })
    } else usage('snapshot', 'expected create, list, show ID or verify ID')
  },
}
