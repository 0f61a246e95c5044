// `npm run cli`: the CLI built to JavaScript (scripts/build-cli.mjs, rebuilt only when a source
// changed), then run. cli.js starts itself when the script Node was started with is named cli.*.
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { buildCli } from './build-cli.mjs'

const out = await buildCli()
await import(pathToFileURL(join(out, 'cli.js')).href)
