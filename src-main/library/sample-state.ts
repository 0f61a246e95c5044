// Where the bundled sample's edit logs live. The sample library sits inside the app (read-only
// when packaged), so its logs go to the app's state folder; keyed by the sample folder's real path,
// so two checkouts or two installed copies of Galley each keep their own edits of the sample
// instead of sharing one log per user account.

import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { contentHash } from '../core/hash'
import { exists } from './durable-json'
import { toGalleyError } from './fs-errors'

/** `<stateDir>/sample-state/checkout-<hash of the sample folder's real path>`. */
export function sampleStateRoot(stateDir: string, sampleRoot: string): string {
  return join(stateDir, 'sample-state', `checkout-${contentHash(sampleRoot)}`)
}

/** The folder of one sample issue's log under `root`; `.` (a library that is one issue) is `root/root`. */
export function sampleIssueStateDir(root: string, issueId: string): string {
  return join(root, ...(issueId === '.' ? ['root'] : issueId.split('/')))
}

/**
 * Before logs were kept per checkout they were one per user account, at
 * `<stateDir>/sample-state/<issue>`. The first open of a checkout copies such a log over, so an
 * editor's earlier edits of the sample are still there; the old copy stays for other checkouts.
 * Lock and temp files are not copied: they belong to the process that made them.
 */
export async function adoptSharedSampleLogs(stateDir: string, sampleRoot: string, issueIds: string[]): Promise<void> {
  const root = sampleStateRoot(stateDir, sampleRoot)
  for (const issueId of issueIds) {
    const legacy = sampleIssueStateDir(join(stateDir, 'sample-state'), issueId)
    const target = sampleIssueStateDir(root, issueId)
    const hasLog = (await exists(join(legacy, 'state.json'))) || (await exists(join(legacy, 'state.journal.jsonl')))
    if (!hasLog || (await exists(target))) continue
    try {
      await cp(legacy, target, { recursive: true, errorOnExist: false, force: false, filter: (src) => !/\.(lock|tmp)$/.test(src) })
    } catch (err) {
      throw toGalleyError(err, target, 'copy the sample issue\'s earlier edits into')
    }
  }
}
