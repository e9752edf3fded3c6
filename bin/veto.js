#!/usr/bin/env node
// The `veto` command; the code lives in dist/ (built by `npm install` or `npm run build`).
import { main } from '../dist/cli/main.js'

await main()
