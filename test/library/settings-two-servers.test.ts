// Two Galley processes sharing one state folder (two browser-mode servers, each with a library of
// its own: they share ~/.local/state/galley) each keep the settings in memory. One saved them whole
// from what it had read at its start, so a paper name the other had set since was gone the next
// time either opened its library. Each change is made on the settings as they are on disk now.

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LibraryView } from '../../src-main/ipc/contract'
import { createDispatcher, createHandlerContext } from '../../src-main/ipc/handlers'
import { FIXTURES, fixtureLibrary, tempDir, value } from './helpers'

function server(stateDir: string) {
  const dispatcher = createDispatcher(createHandlerContext({ stateDir, resourcesDir: join(FIXTURES, 'resources'), emit: () => {} }))
  return dispatcher
}

describe('settings shared by two Galley processes', () => {
  it('keep the paper name one set when the other opens its library', async () => {
    const stateDir = tempDir('galley-state-')
    const [daily, weekly] = [fixtureLibrary(), fixtureLibrary()]
    const first = server(stateDir)
    const second = server(stateDir)
    try {
      value(await first.dispatch('library:open', { folder: daily }))
      value(await second.dispatch('library:open', { folder: weekly }))
      value(await first.dispatch('library:set-paper', { name: 'Daily Star' }))
      value(await second.dispatch('library:set-paper', { name: 'Weekly Post' }))
      value(await second.dispatch('library:open', { folder: weekly }))

      const third = server(stateDir)
      try {
        expect((value(await third.dispatch('library:open', { folder: daily })) as LibraryView).paper).toBe('Daily Star')
        expect((value(await third.dispatch('library:open', { folder: weekly })) as LibraryView).paper).toBe('Weekly Post')
      } finally {
        third.dispose()
      }
    } finally {
      first.dispose()
      second.dispose()
    }
  })
})
