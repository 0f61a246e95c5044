// The app's settings file (the library opened last, the paper names the editor set): a read that
// fails for a moment (a busy disk, too many open files) is tried again on the next use, never
// taken for an empty file and written over with the defaults; a damaged one is kept aside and the
// library's view says so.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DurableJSONFile } from '../../src-main/library/durable-json'
import { SettingsStore } from '../../src-main/library/settings'
import type { LibraryView } from '../../src-main/ipc/contract'
import { fixtureLibrary, harness, tempDir, value } from './helpers'

afterEach(() => vi.restoreAllMocks())

describe('settings', () => {
  it('keeps the paper names when the first read of the settings failed', async () => {
    const stateDir = tempDir('galley-settings-')
    mkdirSync(stateDir, { recursive: true })
    const file = join(stateDir, 'settings.json')
    writeFileSync(file, JSON.stringify({ schema: 'galley.settings/1', library: '/papers/daily', papers: { '/papers/daily': 'Daily Star', '/papers/weekly': 'Weekly Post' } }))
    const read = DurableJSONFile.prototype.read
    vi.spyOn(DurableJSONFile.prototype, 'read').mockImplementationOnce(() => Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })))
    const settings = new SettingsStore(stateDir)
    await expect(settings.get()).rejects.toThrow()
    vi.mocked(DurableJSONFile.prototype.read).mockImplementation(read)
    await settings.rememberLibrary('/papers/weekly')
    const saved = JSON.parse(readFileSync(file, 'utf8'))
    expect(saved).toEqual({ schema: 'galley.settings/1', library: '/papers/weekly', papers: { '/papers/daily': 'Daily Star', '/papers/weekly': 'Weekly Post' } })
  })
})

describe('a damaged settings file', () => {
  it('is kept aside, byte for byte, and the library view says so, naming the copy', async () => {
    const h = harness()
    mkdirSync(h.stateDir, { recursive: true })
    const damaged = '{"schema":"galley.settings/1","library":"/papers/da'
    writeFileSync(join(h.stateDir, 'settings.json'), damaged)
    const view = value(await h.dispatch('library:open', { folder: fixtureLibrary() })) as LibraryView
    const kept = readdirSync(h.stateDir).filter((name) => name.startsWith('settings.json.corrupt-'))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(h.stateDir, kept[0]), 'utf8')).toBe(damaged)
    expect(view.settingsProblem).toContain(kept[0])
    expect(view.settingsProblem).toMatch(/default settings/u)
    // Asked again this run (another window), the view still says so.
    expect((value(await h.dispatch('library:current', {})) as LibraryView).settingsProblem).toContain(kept[0])
  })

  it('is not reported where the settings are whole', async () => {
    const h = harness()
    const view = value(await h.dispatch('library:open', { folder: fixtureLibrary() })) as LibraryView
    expect(view.settingsProblem).toBeUndefined()
  })
})
