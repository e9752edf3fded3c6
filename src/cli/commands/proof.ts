/** `veto proof`: a person's proof that an item is, or is not, in a snapshot; and its check. */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { AppError } from '../../domain/app-error.js'
import { provenStatement, type SnapshotProof, verifyProof } from '../../services/proofs.js'
import { parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'

export const proofCommand: Command = {
  name: 'proof',
  summary: 'prove that an item is in or out of a snapshot, or check such a proof',
  help: `Usage: veto proof --snapshot ID --content CONTENT_ID [--account ACCOUNT_ID] [--out FILE]
       veto proof verify FILE [--root HEX]

The first form writes an inclusion proof (the item is in) or an exclusion proof (the two
neighbouring keys, each with its inclusion proof) as JSON, with the account's key for the
snapshot, from which the item's key is recomputed. The item's account is looked up in the
snapshot's decisions; name it with --account for an item the snapshot did not consider.

The second checks a proof file against a Merkle root — the one in the file, or --root as
published — with no access to the data or the store. It recomputes the item's key from the
account key and the content id, and says what the file shows: about the item when the key
could be recomputed, about the key alone when not (a snapshot sealed before per-account
keys). docs/verify-a-proof.md does the same in a few dozen lines of plain JavaScript.

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('proof', args, {
      snapshot: { type: 'string' },
      content: { type: 'string' },
      account: { type: 'string' },
      out: { type: 'string' },
      root: { type: 'string' },
    })
    const ctx = contextOf(io, values)
    if (positionals[0] === 'verify') {
      const file = positionals[1] ?? usage('proof', 'expected verify FILE')
      let proof: SnapshotProof
      try {
        proof = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8'))
      } catch {
        throw new AppError('INPUT_NOT_FOUND', `${file}: not a readable JSON proof`, { file })
      }
      const check = verifyProof(proof, values.root)
      if (!check.valid) throw new AppError('PROOF_INVALID', `${file}: ${check.problem}`, { file })
      ctx.print(`Valid ${check.type} proof. ${provenStatement(proof, check)}`, {
        valid: true,
        type: check.type,
        bound: check.bound,
        snapshot: proof.snapshot,
        content_id: proof.content_id,
        key: proof.key,
        root: proof.root,
        statement: provenStatement(proof, check),
      })
      return
    }
    if (positionals.length > 0) usage('proof', `unexpected argument ${positionals[0]}`)
    if (!values.snapshot || !values.content) usage('proof', '--snapshot and --content are required')
    const proof = await withVeto(ctx, (veto) =>
      veto.proofs.prove(values.snapshot as string, values.content as string, { id: values.account }),
    )
    const text = `${JSON.stringify(proof, null, 2)}\n`
    if (values.out) {
      writeFileSync(resolve(io.cwd, values.out), text)
      ctx.print(`Wrote the ${proof.type} proof for ${proof.content_id} to ${values.out}`, {
        ...proof,
        file: values.out,
      })
    } else io.stdout.write(text)
  },
}
