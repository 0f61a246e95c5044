// Run by disk-full.test.ts under a file-size limit (prlimit --fsize): appends ops until a save
// is refused, printing `ack N` only after op N's append resolved (Galley said it is on disk).

import { IssueStore } from '../../src-main/library/store'

const [file] = process.argv.slice(2)
const store = new IssueStore(file)
for (let n = 1; ; n++) {
  try {
    await store.append([{ kind: 'edit-text', blockId: `01-b${n}`, text: `${'x'.repeat(700)} ${n}`, expect: {} }], { '01.md': 'a'.repeat(64) })
  } catch (err) {
    process.stdout.write(`refused ${n}: ${(err as Error).message}\n`)
    process.exit(0)
  }
  process.stdout.write(`ack ${n}\n`)
}
