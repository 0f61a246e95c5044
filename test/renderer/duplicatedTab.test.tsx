// A tab the browser duplicated starts with a copy of the first tab's sessionStorage, and so with its
// editor id: the two were one editor, each skipping the other's edits as its own (never shown them)
// and undoing the other's newest edit as its own. A page whose id another live page holds takes one
// of its own; a reloaded page, whose old page lets its lock go as it goes, keeps its id (and so its
// undo history).
import { afterEach, describe, expect, it } from 'vitest'
import { claimEditorId } from '../../src-renderer/src/api'

/** Web Locks as Chromium gives them, for pages of one origin: a granted lock is held by the page
 * that asked until `close(page)`; a request for a held one waits, or fails once its signal aborts. */
function fakeLocks() {
  const held = new Map<string, number>()
  const waiting: { name: string; page: number; grant: () => void }[] = []
  let page = 1
  const locks = {
    request(name: string, options: { signal?: AbortSignal }, callback: () => Promise<void>) {
      const asker = page
      return new Promise<void>((resolve, reject) => {
        const grant = () => {
          held.set(name, asker)
          resolve(callback())
        }
        if (!held.has(name)) return grant()
        const entry = { name, page: asker, grant }
        waiting.push(entry)
        options.signal?.addEventListener('abort', () => {
          waiting.splice(waiting.indexOf(entry), 1)
          reject(new DOMException('The request was aborted.', 'AbortError'))
        })
      })
    },
  }
  Object.defineProperty(navigator, 'locks', { value: locks, configurable: true })
  return {
    /** The page that asks next. */
    load: (next: number) => (page = next),
    close: (gone: number) => {
      for (const [name, owner] of [...held]) if (owner === gone) held.delete(name)
      for (const entry of [...waiting]) {
        if (held.has(entry.name)) continue
        waiting.splice(waiting.indexOf(entry), 1)
        entry.grant()
      }
    },
  }
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'locks')
  sessionStorage.clear()
})

describe('the editor id of a page', () => {
  it('is a new one in a duplicated tab, while the tab it was copied from runs', async () => {
    const locks = fakeLocks()
    locks.load(1)
    const first = await claimEditorId()
    const copied = sessionStorage.getItem('galley.editor')
    expect(copied).toBe(first)

    locks.load(2) // the duplicate: the same sessionStorage, the first tab still open
    const second = await claimEditorId()
    expect(second).not.toBe(first)
    expect(sessionStorage.getItem('galley.editor')).toBe(second)
  })

  it('stays the same over a reload, whose old page lets its lock go a moment after the new one asks', async () => {
    const locks = fakeLocks()
    locks.load(1)
    const before = await claimEditorId()
    locks.load(2)
    setTimeout(() => locks.close(1), 50)
    expect(await claimEditorId()).toBe(before)
  })
})
