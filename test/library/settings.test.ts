// The app's settings file (the library opened last, the paper names the editor set): a read that
// fails for a moment (a busy disk, too many open files) is tried again on the next use, never
// taken for an empty file and written over with the defaults.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DurableJSONFile } from '../../src-main/library/durable-json'
import { SettingsStore } from '../../src-main/library/settings'
import { tempDir } from './helpers'

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
