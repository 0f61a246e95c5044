// The workspace on the fake main process's sample issue, shown once its first finding is.
import { screen } from '@testing-library/react'
import { Workspace } from '../../src-renderer/src/features/workspace/Workspace'
import { fakeClient } from './fakeClient'
import { renderWithI18n } from './render'

export async function openWorkspace() {
  const client = fakeClient()
  renderWithI18n(<Workspace issueId="sample" onBack={() => {}} />, { client })
  await screen.findByRole('heading', { name: /Paragraph break/ })
  return client
}
