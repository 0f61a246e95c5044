// Paths from the renderer stay inside the open library (or the chosen export folder): `..`,
// absolute paths elsewhere and symlinks that lead out are refused with not-in-library.

import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { confine } from '../../src-main/library/confine'
import { CN_ISSUE, errorOf, fixtureLibrary, harness, tempDir, value } from './helpers'

function setup() {
  const library = realpathSync(fixtureLibrary())
  const outside = realpathSync(tempDir('galley-outside-'))
  writeFileSync(join(outside, '09.md'), '## Outside\n\nA page that is not in the library.\n')
  return { library, outside }
}

describe('path confinement', () => {
  it('accepts a path inside the library, existing or not yet', async () => {
    const { library } = setup()
    expect(await confine(join(library, CN_ISSUE, '01.md'), [library])).toBe(join(library, CN_ISSUE, '01.md'))
    expect(await confine(`${CN_ISSUE}/new-folder/x.md`, [library])).toBe(join(library, CN_ISSUE, 'new-folder', 'x.md'))
  })

  it('refuses .. that climbs out', async () => {
    const { library } = setup()
    await expect(confine(`${CN_ISSUE}/../../etc/passwd`, [library])).rejects.toMatchObject({ code: 'not-in-library' })
    await expect(confine('..', [library])).rejects.toMatchObject({ code: 'not-in-library' })
  })

  it('refuses an absolute path elsewhere', async () => {
    const { library, outside } = setup()
    await expect(confine('/etc/passwd', [library])).rejects.toMatchObject({ code: 'not-in-library' })
    await expect(confine(join(outside, '09.md'), [library])).rejects.toMatchObject({ code: 'not-in-library' })
  })

  it('refuses symlinks that lead out of the library, to a file or a folder', async () => {
    const { library, outside } = setup()
    symlinkSync(join(outside, '09.md'), join(library, CN_ISSUE, '09.md'))
    symlinkSync(outside, join(library, 'escape'))
    await expect(confine(join(library, CN_ISSUE, '09.md'), [library])).rejects.toMatchObject({ code: 'not-in-library' })
    await expect(confine('escape/09.md', [library])).rejects.toMatchObject({ code: 'not-in-library' })
    await expect(confine('escape/not-yet.md', [library])).rejects.toMatchObject({ code: 'not-in-library' })
  })

  it('accepts a symlink that stays inside', async () => {
    const { library } = setup()
    mkdirSync(join(library, 'links'))
    symlinkSync(join(library, CN_ISSUE), join(library, 'links', 'same'))
    expect(await confine('links/same/01.md', [library])).toBe(join(library, CN_ISSUE, '01.md'))
  })

  it('a second root (the chosen export folder) is allowed too', async () => {
    const { library, outside } = setup()
    expect(await confine(join(outside, 'x.html'), [library, outside])).toBe(join(outside, 'x.html'))
  })
})

describe('confinement at the IPC boundary', () => {
  it('refuses issue ids and page paths that leave the library', async () => {
    const { library, outside } = setup()
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    expect(errorOf(await h.dispatch('issue:open', { issueId: '../outside' })).code).toBe('not-in-library')
    expect(errorOf(await h.dispatch('issue:open', { issueId: '/etc' })).code).toBe('not-in-library')
    expect(errorOf(await h.dispatch('issue:open', { issueId: 'no-such-issue' })).code).toBe('not-found')
    expect(errorOf(await h.dispatch('issue:add-page', { issueId: CN_ISSUE, path: join(outside, '09.md') })).code).toBe('not-in-library')
    symlinkSync(join(outside, '09.md'), join(library, 'link.md'))
    expect(errorOf(await h.dispatch('issue:add-page', { issueId: CN_ISSUE, path: join(library, 'link.md') })).code).toBe('not-in-library')
  })

  it('refuses an export folder that is neither chosen nor in the library', async () => {
    const { library, outside } = setup()
    const h = harness()
    value(await h.dispatch('library:open', { folder: library }))
    expect(errorOf(await h.dispatch('export:run', { issueIds: [CN_ISSUE], format: 'md', folder: outside })).code).toBe('not-in-library')
    expect(errorOf(await h.dispatch('export:run', { issueIds: [CN_ISSUE], format: 'md', folder: `${library}/../x` })).code).toBe('not-in-library')
    symlinkSync(outside, join(library, 'out-link'))
    expect(errorOf(await h.dispatch('export:run', { issueIds: [CN_ISSUE], format: 'md', folder: join(library, 'out-link') })).code).toBe('not-in-library')
  })
})
