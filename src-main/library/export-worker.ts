// One export-library worker thread: it opens the library itself (its own caches, its own writer
// thread) and exports each issue the pool hands it with the same code a single job runs, so the
// files are the same whichever thread wrote them. Started by export-pool.ts; never imported.

import { parentPort, workerData } from 'node:worker_threads'
import { collectBetweenStages } from './collector'
import { installWordList } from './word-list'
import { Library } from './library'
import { failureOf, writeExport } from './export'
import type { FromWorker, ToWorker, WorkerSetup } from './export-pool'

async function serve(): Promise<void> {
  const port = parentPort
  if (!port) throw new Error('export-worker.ts runs as a worker thread of export-pool.ts, not on its own.')
  const setup = workerData as WorkerSetup
  collectBetweenStages()
  installWordList()
  const send = (message: FromWorker): void => port.postMessage(message)
  let library: Library
  try {
    library = await Library.open(setup.library, { stateDir: setup.stateDir, emit: () => undefined, watch: false, summarize: false })
  } catch (err) {
    send({ kind: 'failed', error: failureOf(setup.library, err).error })
    port.close()
    return
  }
  port.on('message', (message: ToWorker) => {
    if (message.kind === 'close') {
      // Every export this thread started was answered only once its files were on disk.
      void library.close().finally(() => port.close())
      return
    }
    void exportOne(library, setup, message).then(send)
  })
  send({ kind: 'ready' })
}

async function exportOne(library: Library, setup: WorkerSetup, job: Extract<ToWorker, { kind: 'export' }>): Promise<FromWorker> {
  try {
    const material = await library.material(job.issueId)
    const written = await writeExport(material, job.issueId, setup.request, job.name)
    return { kind: 'done', index: job.index, file: written.file, pages: written.pages, unopened: library.unopenedPages(job.issueId) }
  } catch (err) {
    return { kind: 'done', index: job.index, pages: 0, error: failureOf(job.issueId, err).error }
  }
}

void serve()
