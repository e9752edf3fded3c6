// Reads and checks an accounts file once (the CSV reader of imports and the row's zod schema,
// nothing written) and prints the seconds it took: the work an import cannot skip besides its writes. Run by
// run.js as a process of its own, with veto's Node flags, so that the figure is that of an
// import's process, not of a benchmark holding a million parsed rows in its heap.
import { readRecords } from '../../dist/input/records.js'
import { accountRow } from '../../dist/input/rows.js'

const t0 = performance.now()
const schema = accountRow(Date.now())
for await (const records of readRecords(process.argv[2])) for (const r of records) schema.parse(r.values)
console.log(((performance.now() - t0) / 1000).toFixed(3))
