// split-suspect: an article boundary that looks wrong; says why and offers the hand tools
// (split, merge, move) on that article, or dismissal when the boundary is right.
import { useTranslation } from 'react-i18next'
import type { Finding } from '../../../../src-main/core/model'
import { ArticleTools, type ArticleToolsProps } from '../workspace/ArticleTools'

export interface SplitSuspectViewProps {
  finding: Finding
  tools: ArticleToolsProps | null
  onAccept: () => void
  onDismiss: () => void
  busy?: boolean
}

export function SplitSuspectView({ finding, tools, onAccept, onDismiss, busy }: SplitSuspectViewProps) {
  const { t } = useTranslation()
  return (
    <section className="finding-view" aria-label={t('kind.split-suspect')}>
      <p className="hint">{t('split.explain')}</p>
      {tools && <ArticleTools key={tools.article.id} {...tools} />}
      <div className="actions">
        {finding.fix.length > 0 && (
          <button type="button" className="primary" onClick={onAccept} disabled={busy}>
            {t('action.acceptProposal')} <kbd>A</kbd>
          </button>
        )}
        <button type="button" onClick={onDismiss} disabled={busy}>
          {t('split.boundaryRight')} <kbd>D</kbd>
        </button>
      </div>
    </section>
  )
}
