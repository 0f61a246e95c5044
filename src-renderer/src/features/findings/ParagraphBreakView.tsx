// paragraph-break: the two parts of a paragraph cut at a column break, and the joined result with
// the character printed twice at the break struck out.
import { useTranslation } from 'react-i18next'
import { codePoints, type BreakParts } from './evidence'

export interface ParagraphBreakViewProps {
  parts: BreakParts
  onAccept: () => void
  onDismiss: () => void
  busy?: boolean
}

const CONTEXT = 60

export function tail(text: string): string {
  const chars = codePoints(text)
  return chars.length > CONTEXT ? `…${chars.slice(-CONTEXT).join('')}` : text
}

export function head(text: string): string {
  const chars = codePoints(text)
  return chars.length > CONTEXT ? `${chars.slice(0, CONTEXT).join('')}…` : text
}

export function ParagraphBreakView({ parts, onAccept, onDismiss, busy }: ParagraphBreakViewProps) {
  const { t } = useTranslation()
  const rest = parts.doubled ? parts.second.slice(parts.doubled.length) : parts.second
  return (
    <section className="finding-view" aria-label={t('kind.paragraph-break')}>
      <div className="two-parts">
        <figure>
          <figcaption>{t('paragraphBreak.first')}</figcaption>
          <p className="passage" data-testid="break-first">{tail(parts.first)}</p>
        </figure>
        <figure>
          <figcaption>{t('paragraphBreak.second')}</figcaption>
          <p className="passage" data-testid="break-second">{head(parts.second)}</p>
        </figure>
      </div>
      <figure>
        <figcaption>{t('paragraphBreak.joined')}</figcaption>
        <p className="passage joined" data-testid="break-joined">
          {tail(parts.first)}
          {parts.doubled && (
            <del className="doubled" title={t('paragraphBreak.doubled', { char: parts.doubled })}>
              {parts.doubled}
            </del>
          )}
          {head(rest)}
        </p>
      </figure>
      {parts.doubled && <p className="hint">{t('paragraphBreak.doubled', { char: parts.doubled })}</p>}
      <BreakActions accept={t('action.join')} onAccept={onAccept} onDismiss={onDismiss} busy={busy} />
    </section>
  )
}

/** A paragraph finding's two answers: its fix (named `accept`, on A) and dismissing it (D). */
export function BreakActions({ accept, onAccept, onDismiss, busy }: { accept: string; onAccept: () => void; onDismiss: () => void; busy?: boolean }) {
  const { t } = useTranslation()
  return (
    <div className="actions">
      <button type="button" className="primary" onClick={onAccept} disabled={busy}>
        {accept} <kbd>A</kbd>
      </button>
      <button type="button" onClick={onDismiss} disabled={busy}>
        {t('action.dismiss')} <kbd>D</kbd>
      </button>
    </div>
  )
}
