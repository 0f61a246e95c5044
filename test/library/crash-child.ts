// Run by crash.test.ts in a child process: appends ops to one edit log as fast as it can and
// prints `ack N` only after each append resolved (the op is on disk). The parent SIGKILLs it.

import { IssueStore } from '../../src-main/library/store'

const [file, startArg] = process.argv.slice(2)
let n = Number(startArg)
const store = new IssueStore(file)

for (;;) {
  await store.append([{ kind: 'edit-text', blockId: `01-op${n}`, text: `op ${n}`, expect: {} }], { '01.md': 'f'.repeat(64) })
  process.stdout.write(`ack ${n}\n`)
  n++
}
