#!/usr/bin/env -S node --max-semi-space-size=64
// The `veto` command; the code lives in dist/ (built by `npm install` or `npm run build`).
// A larger young generation: a snapshot or import holds millions of rows, each of which
// would otherwise be copied by the collector before it settles (bench/export measures it).
import { main } from '../dist/cli/main.js'

await main()
