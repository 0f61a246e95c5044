// An export is made from what is saved in the edit log. Text typed into an edit field and not saved
// yet is not in it, and the export dialog said nothing of it: an editor who forgot to press Save got
// an export without the correction, believing it was there. The dialog now says so before it runs.
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ExportDialog } from '../../src-renderer/src/features/export/ExportDialog'
import { draftScopeOf, dropDraft, keepDraft } from '../../src-renderer/src/features/workspace/unsaved'
import { fakeClient } from './fakeClient'
import { renderWithI18n } from './render'

const LIBRARY = '/papers/gazette'
const KEY = `${draftScopeOf(LIBRARY, 'gazette-1911-09-17')}\u000001-p2`

afterEach(() => dropDraft(KEY))

describe('exporting an issue that holds typed text not saved', () => {
  it('says the typed text is not in the export', async () => {
    keepDraft(KEY, 'The harbour reopend on Monday.', 'The harbour reopened on Monday.')
    renderWithI18n(<ExportDialog library={LIBRARY} issueIds={['gazette-1911-09-17']} title="Gazette" onClose={() => {}} />, { client: fakeClient() })
    expect(screen.getByRole('alert')).toHaveTextContent(/not saved.*not in this export/)
  })

  it('says nothing where every typed text of the issue is saved, or belongs to another issue', async () => {
    keepDraft(KEY, 'The harbour reopend on Monday.', 'The harbour reopened on Monday.')
    renderWithI18n(<ExportDialog library={LIBRARY} issueIds={['herald-1824-02-17']} title="Herald" onClose={() => {}} />, { client: fakeClient() })
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
