/** `veto init`: creates the data folder, its config and the store schema. */
import { initVeto } from '../../veto.js'
import { parse } from '../args.js'
import { type Command, COMMON_HELP, contextOf } from '../command.js'

export const initCommand: Command = {
  name: 'init',
  summary: 'create a data folder with its config and store',
  help: `Usage: veto init [--store URL]

Creates the data folder with veto.json and the store (a SQLite file in the folder by
default), or brings an existing store's schema up to date. Safe to run again.

  --store URL  postgres://user@host/db for server mode, or a SQLite file path

${COMMON_HELP}`,
  async run(args, io) {
    const { values } = parse('init', args, {})
    const ctx = contextOf(io, values)
    const res = await initVeto({ dataDir: ctx.dataDir, storeUrl: values.store, env: io.env })
    const store = res.storeDescription
    ctx.print(
      `${res.created ? 'Created' : 'Updated'} ${res.dataDir}\n  store: ${store}\nNext: veto import accounts ` +
        `FILE --data ${res.dataDir}`,
      { data_dir: res.dataDir, created: res.created, store },
    )
  },
}
