/** What the console shows of the record: sealed snapshots and their counts, models, the ledger's head. */
import { formatWhen, t } from '../../i18n/messages.js'
import type { LedgerEntry } from '../../ledger/entries.js'
import type { CheckpointRecord } from '../../services/ledger.js'
import type { ModelRecord } from '../../services/models.js'
import type { SnapshotRecord } from '../../services/snapshots.js'
import { type ConsoleContext, ConsoleLayout, CountTable } from './console-layout.js'

/** The counts a snapshot's manifest holds (`export/snapshot-documents.ts`). */
export interface SnapshotCounts {
  readonly out: Readonly<Record<string, number>>
  readonly by_kind: Readonly<Record<string, { included: number; excluded: number }>>
  readonly by_lang: Readonly<Record<string, { included: number; excluded: number }>>
}

export interface SnapshotListing {
  readonly record: SnapshotRecord
  /** Null when the snapshot's folder cannot be read here. */
  readonly counts: SnapshotCounts | null
  readonly models: readonly string[]
}

const rowsOf = (counts: Readonly<Record<string, number>>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))

const splitRowsOf = (counts: Readonly<Record<string, { included: number; excluded: number }>>) =>
  Object.entries(counts)
    .sort((a, b) => b[1].included - a[1].included || (a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => [k, v.included, v.excluded])

export function SnapshotsPage(props: { ctx: ConsoleContext; snapshots: readonly SnapshotListing[] }) {
  const { ctx } = props
  const l = ctx.lang
  const when = (v: number) => formatWhen(l, v, ctx.zone)
  return (
    <ConsoleLayout ctx={ctx} title={t(l, 'console.snapshots.title')}>
      <h1>{t(l, 'console.snapshots.title')}</h1>
      {props.snapshots.length === 0 ? <p>{t(l, 'console.snapshots.empty')}</p> : null}
      {props.snapshots.map(({ record: s, counts, models }) => (
        <section class="card" aria-labelledby={`snap-${s.id}`}>
          <h2 id={`snap-${s.id}`}>{s.name ? `${s.name} (${s.id})` : s.id}</h2>
          <p>
            {t(l, 'console.snapshot.summary', {
              included: s.items.toLocaleString(l),
              considered: s.considered.toLocaleString(l),
              policy: `${s.policyName}@${s.policyVersion}`,
              at: when(s.at),
              sealed: when(s.sealedAt),
            })}
          </p>
          <p>
            {t(l, 'console.snapshot.root')}: <code>{s.root.toString('hex')}</code>
          </p>
          <p>
            {models.length === 0
              ? t(l, 'console.snapshot.nomodels')
              : t(l, 'console.snapshot.models', { models: models.join(', ') })}
          </p>
          {counts === null ? (
            <p class="warn">{t(l, 'console.snapshot.unreadable')}</p>
          ) : (
            <div class="tables">
              <CountTable
                lang={l}
                caption={t(l, 'console.snapshot.out.caption')}
                label={`${t(l, 'console.snapshot.out.caption')} — ${s.id}`}
                head={[t(l, 'console.col.reason'), t(l, 'console.col.count')]}
                rows={rowsOf(counts.out)}
              />
              <CountTable
                lang={l}
                caption={t(l, 'console.snapshot.kind.caption')}
                label={`${t(l, 'console.snapshot.kind.caption')} — ${s.id}`}
                head={[t(l, 'console.col.kind'), t(l, 'console.col.in'), t(l, 'console.col.out')]}
                rows={splitRowsOf(counts.by_kind)}
              />
              <CountTable
                lang={l}
                caption={t(l, 'console.snapshot.lang.caption')}
                label={`${t(l, 'console.snapshot.lang.caption')} — ${s.id}`}
                head={[t(l, 'console.col.lang'), t(l, 'console.col.in'), t(l, 'console.col.out')]}
                rows={splitRowsOf(counts.by_lang)}
              />
            </div>
          )}
          <form method="post" action={`/console/snapshots/${encodeURIComponent(s.id)}/verify`}>
            <input type="hidden" name="csrf" value={ctx.csrf} />
            <button type="submit" class="secondary">
              {t(l, 'console.snapshot.verify')}
            </button>
          </form>
        </section>
      ))}
    </ConsoleLayout>
  )
}

export function VerifiedPage(props: { ctx: ConsoleContext; id: string; problems: readonly string[] }) {
  const { ctx } = props
  const l = ctx.lang
  const ok = props.problems.length === 0
  const title = t(l, 'console.snapshot.verify.title', { id: props.id })
  return (
    <ConsoleLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p role={ok ? 'status' : 'alert'} tabindex={-1} autofocus>
        {ok
          ? t(l, 'console.snapshot.verified.ok', { id: props.id })
          : t(l, 'console.snapshot.verified.bad', { id: props.id, count: props.problems.length })}
      </p>
      {ok ? null : (
        <ul>
          {props.problems.map((p) => (
            <li>{p}</li>
          ))}
        </ul>
      )}
      <p>
        <a href="/console/snapshots">{t(l, 'console.nav.snapshots')}</a>
      </p>
    </ConsoleLayout>
  )
}

export function ModelsPage(props: { ctx: ConsoleContext; models: readonly ModelRecord[] }) {
  const { ctx } = props
  const l = ctx.lang
  return (
    <ConsoleLayout ctx={ctx} title={t(l, 'console.models.title')}>
      <h1>{t(l, 'console.models.title')}</h1>
      {props.models.length === 0 ? (
        <p>{t(l, 'console.models.empty')}</p>
      ) : (
        <CountTable
          lang={l}
          caption={t(l, 'console.models.title')}
          head={[t(l, 'console.col.model'), t(l, 'console.col.registered'), t(l, 'console.col.snapshots')]}
          rows={props.models.map((m) => [
            `${m.name} (${m.id})`,
            formatWhen(l, m.registeredAt, ctx.zone),
            m.snapshots.join(', '),
          ])}
        />
      )}
    </ConsoleLayout>
  )
}

export function LedgerPage(props: {
  ctx: ConsoleContext
  size: number
  checkpoint: CheckpointRecord | undefined
  latest: readonly LedgerEntry[]
}) {
  const { ctx, checkpoint } = props
  const l = ctx.lang
  const when = (v: number) => formatWhen(l, v, ctx.zone)
  return (
    <ConsoleLayout ctx={ctx} title={t(l, 'console.ledger.title')}>
      <h1>{t(l, 'console.ledger.title')}</h1>
      <p>{t(l, 'console.ledger.size', { size: props.size.toLocaleString(l) })}</p>
      {checkpoint ? (
        <>
          <p>
            {t(l, 'console.ledger.checkpoint', {
              size: checkpoint.size.toLocaleString(l),
              when: when(checkpoint.recordedAt),
            })}
          </p>
          <p>
            {t(l, 'console.ledger.root')}: <code>{checkpoint.root.toString('hex')}</code>
          </p>
          <h2>{t(l, 'console.ledger.note')}</h2>
          <pre>{checkpoint.note}</pre>
        </>
      ) : (
        <p>{t(l, 'console.ledger.nocheckpoint')}</p>
      )}
      <CountTable
        lang={l}
        caption={t(l, 'console.ledger.recent')}
        head={[t(l, 'console.col.seq'), t(l, 'console.col.event'), t(l, 'console.col.recorded')]}
        rows={[...props.latest].reverse().map((e) => [String(e.seq), e.type, when(e.recordedAt)])}
      />
      <h2>{t(l, 'console.records.title')}</h2>
      <p>{t(l, 'console.records.lead')}</p>
      <form method="post" action="/console/records">
        <input type="hidden" name="csrf" value={ctx.csrf} />
        <label for="records-format">{t(l, 'console.records.format')}</label>
        <select id="records-format" name="format">
          <option value="dpv">DPV JSON-LD</option>
          <option value="csv">CSV</option>
        </select>
        <button type="submit" class="secondary">
          {t(l, 'console.records.download')}
        </button>
      </form>
    </ConsoleLayout>
  )
}
