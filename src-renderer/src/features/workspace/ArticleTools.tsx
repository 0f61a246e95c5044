// Hand tools for an article's boundaries: split at a paragraph (headline typed or taken from that
// paragraph), merge with the previous or next article, move chosen paragraphs to another article.
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article, Op } from '../../../../src-main/core/model'
import { expectOf } from '../findings/evidence'

export interface ArticleToolsProps {
  article: Article
  previous: Article | null
  next: Article | null
  /** Articles paragraphs may be moved to. */
  targets: Article[]
  onApply: (ops: Op[]) => void
  busy?: boolean
}

function title(article: Article, fallback: string): string {
  return article.headline.join(' ') || fallback
}

/** The move target's options: a 24-page issue has hundreds; rebuilt only when the articles change. */
const TargetOptions = memo(function TargetOptions({ targets, untitled }: { targets: Article[]; untitled: string }) {
  return targets.map((a) => (
    <option key={a.id} value={a.id}>
      {title(a, untitled)}
    </option>
  ))
})

export const ArticleTools = memo(function ArticleTools({ article, previous, next, targets, onApply, busy }: ArticleToolsProps) {
  const { t } = useTranslation()
  // Asked once, not once per target article: a 24-page issue has hundreds, re-rendered on every edit.
  const untitled = t('untitled')
  const body = article.blocks
  const [at, setAt] = useState(body[1]?.id ?? body[0]?.id ?? '')
  const [headline, setHeadline] = useState('')
  const [fromParagraph, setFromParagraph] = useState(false)
  const [moving, setMoving] = useState<string[]>([])
  const [target, setTarget] = useState(targets[0]?.id ?? '')

  function split() {
    const block = body.find((b) => b.id === at)
    if (!block) return
    // An empty headline tells the core to take the paragraph at the split as the new headline.
    const parts = fromParagraph ? [] : headline.split(/\s*\n\s*|\s{2,}/).filter(Boolean)
    onApply([{ kind: 'split-article', articleId: article.id, atBlockId: block.id, headline: parts, expect: expectOf([block]) }])
  }

  function merge(from: Article, into: Article) {
    onApply([{ kind: 'merge-articles', articleId: from.id, intoId: into.id, headlineAs: 'subhead', expect: expectOf(from.blocks.slice(0, 1)) }])
  }

  function move() {
    const blocks = body.filter((b) => moving.includes(b.id))
    if (blocks.length === 0 || !target) return
    onApply([{ kind: 'move-blocks', blockIds: blocks.map((b) => b.id), toArticleId: target, expect: expectOf(blocks) }])
    setMoving([])
  }

  return (
    <div className="article-tools">
      <fieldset>
        <legend>{t('tools.split')}</legend>
        <label>
          {t('tools.splitAt')}
          <select value={at} onChange={(e) => setAt(e.target.value)}>
            {body.map((b, i) => (
              <option key={b.id} value={b.id}>
                {i + 1}. {Array.from(b.text).slice(0, 30).join('')}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={fromParagraph} onChange={(e) => setFromParagraph(e.target.checked)} />
          {t('tools.headlineFromParagraph')}
        </label>
        {!fromParagraph && (
          <label>
            {t('tools.newHeadline')}
            <input value={headline} onChange={(e) => setHeadline(e.target.value)} />
          </label>
        )}
        <button type="button" onClick={split} disabled={busy || !at || (!fromParagraph && !headline.trim())}>
          {t('tools.splitButton')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('tools.merge')}</legend>
        <button type="button" disabled={busy || !previous} onClick={() => previous && merge(article, previous)}>
          {t('tools.mergePrevious')}
        </button>
        <button type="button" disabled={busy || !next} onClick={() => next && merge(next, article)}>
          {t('tools.mergeNext')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('tools.move')}</legend>
        <ul className="move-list">
          {body.map((b, i) => (
            <li key={b.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={moving.includes(b.id)}
                  onChange={(e) => setMoving(e.target.checked ? [...moving, b.id] : moving.filter((id) => id !== b.id))}
                />
                {i + 1}. {Array.from(b.text).slice(0, 40).join('')}
              </label>
            </li>
          ))}
        </ul>
        <label>
          {t('tools.moveTo')}
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <TargetOptions targets={targets} untitled={untitled} />
          </select>
        </label>
        <button type="button" onClick={move} disabled={busy || moving.length === 0 || !target}>
          {t('tools.moveButton')}
        </button>
      </fieldset>
    </div>
  )
})
