// App settings in the state folder (through lowdb): the library opened last, so the next start
// reopens it. A damaged settings file is set aside and the app starts as on first run.

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import { openLow, readOrSetAside } from './durable-json'
import { toGalleyError } from './fs-errors'
import { isGalleyError } from '../core/index'

export interface Settings {
  schema: 'galley.settings/1'
  /** Absolute path of the library opened last (a folder or a single page file); null: none yet. */
  library: string | null
}

export class SettingsStore {
  private readonly db: Low<Settings>
  private loaded = false
  /** Set when the settings file was damaged and set aside at load; shown once, never thrown. */
  problem: string | null = null

  constructor(private readonly stateDir: string) {
    this.db = openLow<Settings>(join(stateDir, 'settings.json'), { schema: 'galley.settings/1', library: null })
  }

  async get(): Promise<Settings> {
    if (!this.loaded) {
      this.loaded = true
      try {
        await readOrSetAside(this.db, join(this.stateDir, 'settings.json'), (d) =>
          typeof d === 'object' && d !== null && (d as Settings).schema === 'galley.settings/1' ? null : 'not Galley settings',
        )
      } catch (err) {
        if (!isGalleyError(err) || err.code !== 'state-corrupt') throw err
        this.problem = err.message
      }
    }
    return this.db.data
  }

  async rememberLibrary(path: string | null): Promise<void> {
    await this.get()
    if (this.db.data.library === path) return
    try {
      await mkdir(this.stateDir, { recursive: true })
    } catch (err) {
      throw toGalleyError(err, this.stateDir, 'create the settings folder')
    }
    this.db.data = { ...this.db.data, library: path }
    await this.db.write()
  }
}
