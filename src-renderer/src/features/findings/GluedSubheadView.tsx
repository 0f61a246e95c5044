// paragraph-break, variant glued-subhead: the paragraph's end with the subhead glued to it, and
// what splitting it off gives (the paragraph, the subhead on its own, the next paragraph).
import { useTranslation } from 'react-i18next'
import type { Block } from '../../../../src-main/core/model'
import { BreakActions, head, tail } from './ParagraphBreakView'

export interface GluedSubheadViewProps {
  paragraph: Block
  next: Block | null
  subhead: string
  onAccept: () => void
  onDismiss: () => void
  busy?: boolean
}

export function GluedSubheadView({ paragraph, next, subhead, onAccept, onDismiss, busy }: GluedSubheadViewProps) {
  const { t } = useTranslation()
  const before = paragraph.text.endsWith(subhead) ? paragraph.text.slice(0, -subhead.length) : paragraph.text
  return (
    <section className="finding-view" aria-label={t('kind.paragraph-break')}>
      <figure>
        <figcaption>{t('gluedSubhead.asPrinted')}</figcaption>
        <p className="passage" data-testid="glued-paragraph">
          {tail(before)}
          <mark>{subhead}</mark>
        </p>
      </figure>
      <figure>
        <figcaption>{t('gluedSubhead.split')}</figcaption>
        <div className="passage joined" data-testid="glued-split">
          <p>{tail(before)}</p>
          <h4>{subhead}</h4>
          {next && <p>{head(next.text)}</p>}
        </div>
      </figure>
      <BreakActions accept={t('gluedSubhead.accept')} onAccept={onAccept} onDismiss={onDismiss} busy={busy} />
    </section>
  )
}
