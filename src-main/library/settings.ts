// App settings in the state folder (through lowdb): the library opened last, so the next start
// reopens it. A damaged settings file is set aside and the app starts as on first run.

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import { openLow, readOrSetAside } from './durable-json'
import { toGalleyError } from './fs-errors'
import { withFileLock } from './lock'
import { isGalleyError } from '../core/index'

export interface Settings {
  schema: 'galley.settings/1'
  /** Absolute path of the library opened last (a folder or a single page file); null: none yet. */
  library: string | null
  /** The paper's name the editor set, by library folder (absent in older settings files). */
  papers?: Record<string, string>
}

export class SettingsStore {
  private readonly db: Low<Settings>
  private loaded = false
  /** Set when the settings file was damaged and set aside at load: shown with the library's view this run, never thrown. */
  problem: string | null = null

  private readonly file: string

  constructor(private readonly stateDir: string) {
    this.file = join(stateDir, 'settings.json')
    this.db = openLow<Settings>(this.file, { schema: 'galley.settings/1', library: null })
  }

  async get(): Promise<Settings> {
    if (!this.loaded) {
      try {
        await readOrSetAside(
          this.db,
          this.file,
          (d) => (typeof d === 'object' && d !== null && (d as Settings).schema === 'galley.settings/1' ? null : 'not Galley settings'),
          'Galley started with its default settings: the library opened last and the paper names set for libraries are to be set again',
        )
      } catch (err) {
        // A read that failed (not a damaged file, which is set aside) is tried again next time:
        // taken as read, the defaults would be saved over the settings at the next change.
        if (!isGalleyError(err) || err.code !== 'state-corrupt') throw err
        this.problem = err.message
      }
      this.loaded = true
    }
    return this.db.data
  }

  async paperOf(library: string): Promise<string | null> {
    return (await this.get()).papers?.[library] ?? null
  }

  async rememberPaper(library: string, name: string | null): Promise<void> {
    await this.save((settings) => {
      const papers = { ...settings.papers }
      if (name) papers[library] = name
      else delete papers[library]
      return { ...settings, papers }
    })
  }

  async rememberLibrary(path: string | null): Promise<void> {
    if ((await this.get()).library === path) return
    await this.save((settings) => ({ ...settings, library: path }))
  }

  /**
   * Makes `change` on the settings as they are on disk now, under a lock: another Galley process
   * sharing this state folder (a second browser-mode server) may have saved since this one read
   * them, and saving what this one read would drop what it set (a paper's name).
   */
  private async save(change: (settings: Settings) => Settings): Promise<void> {
    await this.get()
    try {
      await mkdir(this.stateDir, { recursive: true })
    } catch (err) {
      throw toGalleyError(err, this.stateDir, 'create the settings folder')
    }
    await withFileLock(`${this.file}.lock`, async () => {
      this.loaded = false
      await this.get()
      this.db.data = change(this.db.data)
      await this.db.write()
    })
  }
}
