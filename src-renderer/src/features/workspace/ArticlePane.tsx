// The article as it will be exported: headline lines, byline, body with subheads, captions and the
// state of its jumps, with the blocks that findings point at highlighted. Edits become ops upstream.
import { memo, useMemo, type ReactNode } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Article, Block } from '../../../../src-main/core/model'
import { EditableText } from './EditableText'

export type JumpState = { state: 'unresolved'; page: string } | { state: 'unmatched'; page: string } | { state: 'pending' }

export interface ArticlePaneProps {
  article: Article
  /** Blocks some open finding points at. */
  flagged: Set<string>
  /** Blocks the current finding points at. */
  current: Set<string>
  /** Jump blocks some finding is about: no partner page (unresolved), or a continuation to merge. */
  jumps: Map<string, JumpState>
  /** Each may answer whether the edit was saved (EditableText keeps typed text a refused save lost). */
  onEditBlock: (block: Block, text: string) => Promise<boolean> | void
  onEditHeadline: (parts: string[]) => Promise<boolean> | void
  onEditByline: (text: string) => Promise<boolean> | void
}

/** A byline line can be edited as such; a dateline byline lives in the first paragraph's text. */
function bylineOf(article: Article): { text: string; inline: boolean } {
  const line = article.blocks.find((b) => b.type === 'byline')
  if (line) return { text: line.byline?.text ?? line.text, inline: false }
  const inline = article.blocks.find((b) => b.type === 'paragraph' && b.byline)?.byline
  return inline ? { text: inline.text, inline: true } : { text: '', inline: false }
}

interface BlockViewProps {
  block: Block
  /** ' hit-current', ' hit' or ''. */
  mark: string
  /** Paragraphs and subheads: what the edit field names ("paragraph 3") and the edit button's label. */
  label: BlockLabel
  jump: JumpState | undefined
  onEditBlock: (block: Block, text: string) => Promise<boolean> | void
}

interface BlockLabel {
  label: string
  editLabel: string
}

const NO_LABEL: BlockLabel = { label: '', editLabel: '' }

/**
 * Block labels by language (its `t`): index 0 is a subhead's, n a paragraph n's. Made once each:
 * showing an article would otherwise run i18next twice for each of its paragraphs.
 */
const blockLabels = new WeakMap<TFunction, BlockLabel[]>()

function blockLabel(t: TFunction, paragraph: number | null): BlockLabel {
  let labels = blockLabels.get(t)
  if (!labels) blockLabels.set(t, (labels = []))
  const at = paragraph ?? 0
  let made = labels[at]
  if (!made) {
    const label = paragraph === null ? t('article.subhead') : t('article.paragraph', { n: paragraph })
    made = labels[at] = { label, editLabel: t('edit.button', { what: label }) }
  }
  return made
}

/** A paragraph that opens with a dateline byline shows it there, marked, and only there: the
 * exports print it once, in the paragraph. */
function withDateline(block: Block): ReactNode {
  const byline = block.byline?.text
  if (!byline || !block.text.startsWith(byline)) return block.text
  return (
    <>
      <span className="byline-inline">{byline}</span>
      {block.text.slice(byline.length)}
    </>
  )
}

function JumpBlock({ block, mark, jump }: { block: Block; mark: string; jump: JumpState | undefined }) {
  const { t } = useTranslation()
  const labels: Record<JumpState['state'] | 'resolved', () => string> = {
    unresolved: () => t('article.jumpUnresolved', { page: jump && 'page' in jump ? jump.page : '' }),
    unmatched: () => t('jumpUnmatched', { page: jump && 'page' in jump ? jump.page : '' }),
    pending: () => t('article.jumpPending'),
    resolved: () => t('article.jumpResolved'),
  }
  const kind = jump?.state ?? 'resolved'
  const [state, text] = [kind === 'unmatched' ? 'unresolved' : kind, labels[kind]()]
  return (
    <p className={`block block-jump${mark}`} data-block-id={block.id}>
      {block.text}
      <span className={`jump-state ${state}`}>{text}</span>
    </p>
  )
}

/**
 * One body block; memoised, so an edit re-renders only the blocks it changed or re-marked. Its
 * labels come from the pane: a paragraph holds no i18n hook of its own.
 */
const BlockView = memo(
  function BlockView({ block, mark, label, jump, onEditBlock }: BlockViewProps) {
    if (block.type === 'jump') return <JumpBlock block={block} mark={mark} jump={jump} />
    if (block.type === 'caption') {
      return (
        <figure className={`block block-caption${mark}`} data-block-id={block.id}>
          <figcaption>
            {block.caption?.text ?? block.text}
            {block.caption?.credit && <span className="credit"> {block.caption.credit}</span>}
          </figcaption>
        </figure>
      )
    }
    return (
      <EditableText
        text={block.text}
        draftKey={block.id}
        label={label.label}
        editLabel={label.editLabel}
        onSave={(text) => onEditBlock(block, text)}
        className={`block block-${block.type}${mark}`}
      >
        {block.type === 'subhead' ? <h3 data-block-id={block.id}>{block.text}</h3> : <p data-block-id={block.id}>{withDateline(block)}</p>}
      </EditableText>
    )
  },
  (a, b) =>
    a.block === b.block &&
    a.mark === b.mark &&
    a.label === b.label &&
    a.onEditBlock === b.onEditBlock &&
    (a.jump === b.jump || (a.jump?.state === b.jump?.state && (a.jump?.state === 'pending' || a.jump?.page === (b.jump as { page: string }).page))),
)

export const ArticlePane = memo(function ArticlePane(props: ArticlePaneProps) {
  // Not disabled while a request runs: re-rendering every paragraph for that costs a full layout.
  const { article, flagged, current, jumps, onEditBlock } = props
  const { t } = useTranslation()
  const mark = (b: Block) => `${current.has(b.id) ? ' hit-current' : flagged.has(b.id) ? ' hit' : ''}`
  const byline = bylineOf(article)
  // The blocks' labels ("paragraph 3", "Edit paragraph 3"), matched to the blocks when they change,
  // not on every re-render (each accept re-marks the blocks).
  const labels = useMemo(() => {
    let paragraph = 0
    // Every block shown as editable text but a subhead counts as a paragraph (as a headline block would).
    return article.blocks.map((block): BlockLabel => {
      if (block.type === 'jump' || block.type === 'caption' || block.type === 'byline') return NO_LABEL
      return blockLabel(t, block.type === 'subhead' ? null : ++paragraph)
    })
  }, [article.blocks, t])
  return (
    <article className="article-pane" aria-label={t('article.title')} lang="zh">
      <header>
        {/* Keyed by the article: an edit open on one article's headline never stays open over the next's. */}
        <EditableText
          key={`${article.id}:headline`}
          draftKey={`${article.id}:headline`}
          text={article.headline.join('\n')}
          label={t('article.headline')}
          editLabel={t('edit.button', { what: t('article.headline') })}
          onSave={(text) => props.onEditHeadline(text.split('\n').map((s) => s.trim()).filter(Boolean))}
        >
          <h2 className="headline">
            {article.headline.length === 0 && <span className="muted">{t('untitled')}</span>}
            {article.headline.map((part, i) => (
              <span key={i} className={`headline-part part-${i}`}>
                {part}
              </span>
            ))}
          </h2>
        </EditableText>
        <p className="article-meta">
          {t('article.pages', { pages: article.pages.join(', ') })}
          {article.reviewed && <span className="reviewed-tag"> · {t('article.reviewed')}</span>}
        </p>
        {article.split && (
          // Why Galley started a story here on a page without headline marks; M merges it back.
          <p className="split-reason" data-reason={article.split.reason}>
            {t(`article.split.${article.split.reason}`)} · {t('article.splitMerge')}
          </p>
        )}
        {byline.inline ? null : (
          <EditableText
            key={`${article.id}:byline`}
            draftKey={`${article.id}:byline`}
            text={byline.text}
            label={t('article.byline')}
            editLabel={t('edit.button', { what: t('article.byline') })}
            onSave={props.onEditByline}
            multiline={false}
          >
            <p className="byline">{byline.text || <span className="muted">{t('article.noByline')}</span>}</p>
          </EditableText>
        )}
      </header>
      <div className="article-body">
        {article.blocks.map((block, i) =>
          block.type === 'byline' ? null : (
            <BlockView key={block.id} block={block} mark={mark(block)} label={labels[i] ?? NO_LABEL} jump={jumps.get(block.id)} onEditBlock={onEditBlock} />
          ),
        )}
      </div>
    </article>
  )
})
