// Watches a library's page files and edit logs for changes made outside this process (an editor
// saving a page, a new page dropped in, another Galley writing the log), through chokidar.

import { watch, type FSWatcher } from 'chokidar'
import { basename, relative, sep } from 'node:path'

export type WatchEvent = 'add' | 'change' | 'unlink' | 'addDir' | 'unlinkDir'

export interface LibraryWatcher {
  close(): Promise<void>
}

/** True for paths Galley does not care about: hidden files, temp files, locks, set-aside logs. */
export function isIgnored(root: string, path: string): boolean {
  const rel = relative(root, path)
  if (rel === '') return false
  const parts = rel.split(sep)
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '.galley') {
      // Inside .galley only the state files matter (not temp files, locks or `.corrupt-` copies).
      const rest = parts.slice(i + 1)
      return !(rest.length === 0 || (rest.length === 1 && isStateFile(rest[0])))
    }
    if (part.startsWith('.') || part === 'node_modules') return true
  }
  return false
}

/**
 * Watches `root`. `onReady` runs once the watcher's first scan is done: a file that appeared
 * during that scan is part of it and never reported, so the caller looks again then.
 */
export function watchLibrary(
  root: string,
  depth: number,
  onEvent: (event: WatchEvent, path: string) => void,
  onError: (err: unknown) => void,
  onReady: () => void = () => undefined,
): LibraryWatcher {
  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    depth,
    ignored: (path: string) => isIgnored(root, path),
    // A page saved by an editor arrives in several writes; wait until it settles.
    awaitWriteFinish: { stabilityThreshold: 120, pollInterval: 30 },
  })
  watcher.on('all', (event, path) => {
    if (event === 'add' || event === 'change' || event === 'unlink' || event === 'addDir' || event === 'unlinkDir') onEvent(event, path)
  })
  watcher.on('error', onError)
  watcher.once('ready', onReady)
  return { close: () => watcher.close() }
}

/** An edit log's snapshot (`state.json`, `<page>.state.json`) or its journal (`….journal.jsonl`). */
export function isStateFile(path: string): boolean {
  const name = basename(path)
  return name === 'state.json' || name.endsWith('.state.json') || name === 'state.journal.jsonl' || name.endsWith('.state.journal.jsonl')
}
