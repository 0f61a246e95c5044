// paragraph-break, variant glued-subhead: the paragraph's end with the subhead glued to it, and
// what splitting it off gives (the paragraph, the subhead on its own, the next paragraph).
import { useTranslation } from 'react-i18next'
import type { Block } from '../../../../src-main/core/model'
import { codePoints } from './evidence'

export interface GluedSubheadViewProps {
  paragraph: Block
  next: Block | null
  subhead: string
  onAccept: () => void
  onDismiss: () => void
  busy?: boolean
}

const CONTEXT = 60

function around(text: string, fromEnd: boolean): string {
  const chars = codePoints(text)
  if (chars.length <= CONTEXT) return text
  return fromEnd ? `…${chars.slice(-CONTEXT).join('')}` : `${chars.slice(0, CONTEXT).join('')}…`
}

export function GluedSubheadView({ paragraph, next, subhead, onAccept, onDismiss, busy }: GluedSubheadViewProps) {
  const { t } = useTranslation()
  const before = paragraph.text.endsWith(subhead) ? paragraph.text.slice(0, -subhead.length) : paragraph.text
  return (
    <section className="finding-view" aria-label={t('kind.paragraph-break')}>
      <figure>
        <figcaption>{t('gluedSubhead.asPrinted')}</figcaption>
        <p className="passage" data-testid="glued-paragraph">
          {around(before, true)}
          <mark>{subhead}</mark>
        </p>
      </figure>
      <figure>
        <figcaption>{t('gluedSubhead.split')}</figcaption>
        <div className="passage joined" data-testid="glued-split">
          <p>{around(before, true)}</p>
          <h4>{subhead}</h4>
          {next && <p>{around(next.text, false)}</p>}
        </div>
      </figure>
      <div className="actions">
        <button type="button" className="primary" onClick={onAccept} disabled={busy}>
          {t('gluedSubhead.accept')} <kbd>A</kbd>
        </button>
        <button type="button" onClick={onDismiss} disabled={busy}>
          {t('action.dismiss')} <kbd>D</kbd>
        </button>
      </div>
    </section>
  )
}
