// A finding's panel as the workspace shows it, alone, and the suspicious-text finding the draft
// tests retype: one place for the props they all give it.
import type { Finding } from '../../src-main/core/model'
import { FindingPanel } from '../../src-renderer/src/features/findings/FindingPanel'
import type { Intent } from '../../src-renderer/src/features/findings/intent'
import type { Language } from '../../src-renderer/src/i18n'
import * as fx from './fixtures'
import { renderWithI18n } from './render'

/** A line of `fx.blind` the OCR read as noise: Retype opens its text. */
export const suspicious: Finding = {
  id: 'f-suspicious',
  kind: 'suspicious-text',
  articleIds: ['01-blind'],
  blockIds: ['01-b1'],
  message: 'OCR noise',
  confidence: 0.6,
  fix: [],
  params: { at: '0', length: '2' },
}

/** Renders the panel; `onIntent` answers whether the save went through (yes unless told). */
export function renderPanel(
  finding: Finding,
  onIntent: (intent: Intent) => Promise<boolean> | void = () => Promise.resolve(true),
  options: { candidateIndex?: number; onChooseCandidate?: (index: number) => void; lng?: Language } = {},
) {
  return renderWithI18n(
    <FindingPanel
      finding={finding}
      position={1}
      total={1}
      articles={fx.articles}
      side="left"
      candidateIndex={options.candidateIndex ?? 0}
      tools={null}
      onIntent={onIntent}
      onChooseCandidate={options.onChooseCandidate ?? (() => undefined)}
      onAddPage={() => undefined}
    />,
    { lng: options.lng },
  )
}
