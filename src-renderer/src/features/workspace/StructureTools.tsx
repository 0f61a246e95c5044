// Structure tools for one article (issue 15 §2), opened with T: pick a block, then delete it, split
// a paragraph where the cursor is, read a line as a paragraph, subhead or caption, attach a caption
// to another article, or link a jump line to the article it continues in on its page. Each is one
// op (undoable like any edit); the dialog closes once it is sent, so the editor sees the result.
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article, Block, Op } from '../../../../src-main/core/model'
import { Dialog } from '../../ui/Dialog'
import { codePoints, expectOf } from '../findings/evidence'

export interface StructureToolsProps {
  article: Article
  articles: Article[]
  /** The page numbers. */
  pages: string[]
  /** The block to start on (the current finding's), when it is in this article. */
  initialBlockId: string | null
  onApply: (ops: Op[]) => void
  onClose: () => void
}

const RETYPABLE: ReadonlySet<Block['type']> = new Set(['paragraph', 'subhead', 'caption'])
const TYPES = ['paragraph', 'subhead', 'caption'] as const

function snippet(text: string, length = 40): string {
  const chars = codePoints(text)
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text
}

export function StructureTools({ article, articles, pages, initialBlockId, onApply, onClose }: StructureToolsProps) {
  const { t } = useTranslation()
  const blocks = article.blocks
  const [chosen, setChosen] = useState(blocks.find((b) => b.id === initialBlockId)?.id ?? blocks.find((b) => b.type !== 'byline')?.id ?? blocks[0]?.id ?? '')
  const block = blocks.find((b) => b.id === chosen) ?? null
  const others = articles.filter((a) => a.id !== article.id)
  const jumpPage = block?.type === 'jump' && block.jump?.direction === 'out' ? block.jump.page : null
  const onJumpPage = jumpPage === null ? [] : others.filter((a) => a.pages.includes(jumpPage))
  const [target, setTarget] = useState('')
  const cursor = useRef<HTMLTextAreaElement>(null)
  // Set when the cursor is at either end of the paragraph: a split there would leave an empty one.
  const [cursorAtEnd, setCursorAtEnd] = useState(false)
  const untitled = t('untitled')
  const title = (a: Article) => a.headline.join(' ') || untitled

  const send = (ops: Op[]) => {
    onApply(ops)
    onClose()
  }

  function splitAtCursor() {
    const field = cursor.current
    if (!block || !field) return
    // The cursor is a UTF-16 offset; the op counts characters (code points), as the core does.
    const at = codePoints(block.text.slice(0, field.selectionStart)).length
    if (at === 0 || at >= codePoints(block.text).length) return setCursorAtEnd(true)
    send([{ kind: 'split-paragraph', blockId: block.id, at, expect: expectOf([block]) }])
  }

  const canSplit = block !== null && (block.type === 'paragraph' || block.type === 'subhead')
  const linkTarget = onJumpPage.find((a) => a.id === target) ?? onJumpPage[0]
  const captionTarget = others.find((a) => a.id === target) ?? others[0]
  return (
    <Dialog title={t('structure.title', { article: title(article) })} onClose={onClose} className="structure-tools">
      <fieldset>
        <legend>{t('structure.block')}</legend>
        <ul className="structure-blocks" role="radiogroup" aria-label={t('structure.block')}>
          {blocks.map((b, i) => (
            <li key={b.id}>
              <label className="check">
                <input type="radio" name="structure-block" checked={b.id === chosen} onChange={() => {
                    setChosen(b.id)
                    setCursorAtEnd(false)
                  }} />
                <span className="block-kind">{t(`structure.type.${b.type}`)}</span> {i + 1}. {snippet(b.text)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {block && (
        <fieldset>
          <legend>{t('structure.thisBlock')}</legend>
          <button type="button" onClick={() => send([{ kind: 'delete-blocks', blockIds: [block.id], expect: expectOf([block]) }])}>
            {t('structure.deleteBlock')}
          </button>
          {RETYPABLE.has(block.type) &&
            TYPES.filter((type) => type !== block.type).map((type) => (
              <button key={type} type="button" onClick={() => send([{ kind: 'set-block-type', blockId: block.id, type, expect: expectOf([block]) }])}>
                {t(`structure.makeType.${type}`)}
              </button>
            ))}
        </fieldset>
      )}
      {canSplit && (
        <fieldset>
          <legend>{t('structure.split')}</legend>
          <textarea
            ref={cursor}
            key={block.id}
            className="split-text"
            readOnly
            defaultValue={block.text}
            aria-label={t('structure.splitText')}
            rows={4}
          />
          <button type="button" onClick={splitAtCursor}>
            {t('structure.splitButton')}
          </button>
          {cursorAtEnd && (
            <p className="hint" role="alert">
              {t('structure.splitInside')}
            </p>
          )}
        </fieldset>
      )}
      {block?.type === 'caption' && captionTarget && (
        <fieldset>
          <legend>{t('structure.attach')}</legend>
          <select aria-label={t('structure.attachTo')} value={captionTarget.id} onChange={(e) => setTarget(e.target.value)}>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {title(a)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => send([{ kind: 'attach-caption', blockId: block.id, articleId: captionTarget.id, expect: expectOf([block]) }])}>
            {t('structure.attachButton')}
          </button>
        </fieldset>
      )}
      {block && jumpPage !== null && (
        <fieldset>
          <legend>{t('structure.link', { page: jumpPage })}</legend>
          {!pages.includes(jumpPage) ? (
            <p className="hint">{t('structure.linkNoPage', { page: jumpPage })}</p>
          ) : !linkTarget ? (
            <p className="hint">{t('structure.linkNoArticle', { page: jumpPage })}</p>
          ) : (
            <>
              <select aria-label={t('structure.linkTo', { page: jumpPage })} value={linkTarget.id} onChange={(e) => setTarget(e.target.value)}>
                {onJumpPage.map((a) => (
                  <option key={a.id} value={a.id}>
                    {title(a)}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => send([linkOp(article, block, linkTarget)])}>
                {t('structure.linkButton')}
              </button>
            </>
          )}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('structure.thisArticle')}</legend>
        <button
          type="button"
          onClick={() =>
            // With its blocks goes the article (delete-blocks drops an emptied one); a headline alone goes by itself.
            send([blocks.length > 0 ? { kind: 'delete-blocks', blockIds: blocks.map((b) => b.id), expect: expectOf(blocks) } : { kind: 'delete-article', articleId: article.id, expect: {} }])
          }
        >
          {t('structure.deleteArticle')}
        </button>
      </fieldset>
      <button type="button" onClick={onClose}>
        {t('action.close')}
      </button>
    </Dialog>
  )
}

/** The tail joins the head after its jump line; the tail's own jump-in line (上接…) goes too, as a found continuation drops both. */
function linkOp(head: Article, jump: Block, tail: Article): Op {
  const jumpIn = tail.blocks.find((b) => b.type === 'jump' && b.jump?.direction === 'in')
  const dropped = jumpIn ? [jump, jumpIn] : [jump]
  return { kind: 'merge-continuation', headId: head.id, tailId: tail.id, dropBlockIds: dropped.map((b) => b.id), expect: expectOf(dropped) }
}
