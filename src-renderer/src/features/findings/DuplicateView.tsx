// duplicate-passage: the two copies side by side (rows aligned, so the two sides scroll as one),
// or inline in one column; character differences marked by more than colour (struck through /
// underlined, with a sign), stepped through with [ and ]; the view widens to the whole window.
// Keep left, keep right, keep both (not a duplicate), or edit the kept copy.
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { Side } from '../workspace/reviewReducer'
import { DraftScope, draftOf, dropDraft, keepDraft } from '../workspace/unsaved'
import { DiffText } from './DiffText'
import type { AlignedPair } from './duplicateDiff'

export interface DuplicateViewProps {
  pairs: AlignedPair[]
  side: Side
  /** Text of the copy that would be kept, offered for editing. */
  keptText: string
  /** What the edited kept copy is kept by while not saved (unsaved.ts): `<first block id>:kept-copy`. */
  draftKey: string
  onKeep: (side: Side) => void
  /** Where it answers whether the save went through, the edited text stays until it did. */
  onEditKept: (text: string) => Promise<boolean> | void
  busy?: boolean
}

/** A paragraph only one copy has is a difference too: struck on the left, underlined on the right. */
function Lone({ text, side }: { text: string; side: 'left' | 'right' }) {
  const { t } = useTranslation()
  return side === 'left' ? <del className="diff-removed" title={t('duplicate.onlyLeft')}>{text}</del> : <ins className="diff-added" title={t('duplicate.onlyRight')}>{text}</ins>
}

function Cell({ pair, side }: { pair: AlignedPair; side: 'left' | 'right' }) {
  const text = pair[side]
  if (text === null) return <td className="missing" />
  const other = pair[side === 'left' ? 'right' : 'left']
  return <td lang="zh">{pair.hunks ? <DiffText hunks={pair.hunks} side={side} /> : other === null ? <Lone text={text} side={side} /> : text}</td>
}

/** How many marked differences the view shows: each changed run once, and each paragraph only one copy has. */
function differenceCount(pairs: AlignedPair[]): number {
  let n = 0
  for (const pair of pairs) {
    if (pair.hunks) n += pair.hunks.filter((h) => h.kind !== 'same').length
    else if (pair.left === null || pair.right === null) n++
  }
  return n
}

/** One column: each aligned pair as one paragraph, what only the left has struck, what only the right has underlined. */
function Inline({ pairs }: { pairs: AlignedPair[] }) {
  return (
    <div className="inline-diff" lang="zh">
      {pairs.map((pair, i) => (
        <p key={i} className="passage">
          {pair.hunks ? <DiffText hunks={pair.hunks} side="both" /> : pair.left === null ? <Lone text={pair.right ?? ''} side="right" /> : pair.right === null ? <Lone text={pair.left} side="left" /> : `${pair.left} / ${pair.right}`}
        </p>
      ))}
    </div>
  )
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable)
}

export function DuplicateView({ pairs, side, keptText, draftKey, onKeep, onEditKept, busy }: DuplicateViewProps) {
  const { t } = useTranslation()
  // Kept as an edit field in the article keeps its text: over moving to another finding and back,
  // and asked about on leaving the page; said to be stale where the kept copy's text changed since.
  const key = `${useContext(DraftScope)}\u0000${draftKey}`
  const [editing, setEditingShown] = useState<string | null>(() => draftOf(key, keptText)?.typed ?? null)
  const setEditing = (text: string | null) => {
    if (text === null) dropDraft(key)
    else keepDraft(key, keptText, text)
    setEditingShown(text)
  }
  const [inline, setInline] = useState(false)
  const [wide, setWide] = useState(false)
  // The difference stepped to, for these copies (another finding's copies start from none).
  const [at, setAt] = useState<{ pairs: AlignedPair[]; index: number }>({ pairs, index: -1 })
  const current = at.pairs === pairs ? at.index : -1
  const body = useRef<HTMLDivElement>(null)
  const tooBig = pairs.some((p) => p.left !== null && p.right !== null && p.hunks === null)
  const count = useMemo(() => differenceCount(pairs), [pairs])

  useEffect(() => {
    const all = Array.from(body.current?.querySelectorAll<HTMLElement>('.diff-removed, .diff-added') ?? [])
    all.forEach((el, i) => el.classList.toggle('diff-current', i === current))
    all[current]?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [current, inline, pairs])

  const step = useCallback(
    (by: 1 | -1) =>
      setAt((a) => {
        const from = a.pairs === pairs ? a.index : -1
        if (count === 0) return { pairs, index: -1 }
        return { pairs, index: from < 0 ? (by > 0 ? 0 : count - 1) : (from + by + count) % count }
      }),
    [count, pairs],
  )
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return
      if (e.key === ']') step(1)
      else if (e.key === '[') step(-1)
      else if (e.key === 'i') setInline((v) => !v)
      else if (e.key === 'f') setWide((v) => !v)
      else if (e.key === 'Escape' && wide) setWide(false)
      else return
      e.preventDefault()
      e.stopPropagation()
    }
    // Capture: these keys belong to this view while it is shown, before the workspace's own map.
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [step, wide])

  const view = (
    <section className={`finding-view duplicate-view${wide ? ' wide' : ''}`} aria-label={t('kind.duplicate-passage')}>
      <div className="diff-tools" role="toolbar" aria-label={t('duplicate.tools')}>
        <button type="button" aria-pressed={inline} onClick={() => setInline((v) => !v)}>
          {t('duplicate.inline')} <kbd>I</kbd>
        </button>
        <button type="button" aria-pressed={wide} onClick={() => setWide((v) => !v)}>
          {wide ? t('duplicate.narrow') : t('duplicate.wide')} <kbd>F</kbd>
        </button>
        <button type="button" onClick={() => step(-1)} disabled={count === 0}>
          {t('duplicate.previousDiff')} <kbd>[</kbd>
        </button>
        <button type="button" onClick={() => step(1)} disabled={count === 0}>
          {t('duplicate.nextDiff')} <kbd>]</kbd>
        </button>
        <span className="diff-count" role="status">
          {count === 0 ? t('duplicate.identical') : current < 0 ? t('duplicate.differences', { count }) : t('duplicate.differenceOf', { position: current + 1, count })}
        </span>
      </div>
      <div className="diff-body" ref={body}>
        {inline ? (
          <Inline pairs={pairs} />
        ) : (
          <table className="side-by-side">
            <thead>
              <tr>
                <th scope="col" className={side === 'left' ? 'chosen' : ''}>
                  {t('duplicate.left')}
                </th>
                <th scope="col" className={side === 'right' ? 'chosen' : ''}>
                  {t('duplicate.right')}
                </th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((pair, i) => (
                <tr key={i}>
                  <Cell pair={pair} side="left" />
                  <Cell pair={pair} side="right" />
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {tooBig && <p className="hint">{t('duplicate.tooBig')}</p>}
      <div className="actions" role="group" aria-label={t('duplicate.choose')}>
        {(['left', 'right', 'both'] as const).map((s) => (
          <button
            key={s}
            type="button"
            className={side === s ? 'primary' : ''}
            aria-pressed={side === s}
            disabled={busy}
            onClick={() => onKeep(s)}
          >
            {t(`duplicate.keep.${s}`)}
            {s !== 'both' && <kbd>{s === 'left' ? '←' : '→'}</kbd>}
          </button>
        ))}
        <button type="button" onClick={() => setEditingShown(draftOf(key, keptText)?.typed ?? keptText)} disabled={busy || side === 'both'}>
          {t('duplicate.edit')}
        </button>
      </div>
      {editing !== null && draftOf(key, keptText)?.stale && (
        <p className="draft-stale" role="status">
          {t('edit.stale')}
        </p>
      )}
      {editing !== null && (
        <form
          className="edit-kept"
          onSubmit={(e) => {
            e.preventDefault()
            const saving = onEditKept(editing)
            if (!saving) return setEditing(null)
            // Kept until the save went through: refused (a conflict, a full disk), it can be saved again.
            void saving.then((ok) => {
              if (ok) setEditing(null)
            })
          }}
        >
          <label>
            {t('duplicate.editLabel')}
            <textarea value={editing} onChange={(e) => setEditing(e.target.value)} rows={6} />
          </label>
          <button type="submit" className="primary">
            {t('action.save')}
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            {t('action.cancel')}
          </button>
        </form>
      )}
    </section>
  )
  // Widened, the view leaves the finding panel (whose layout would hold a fixed box inside it) for the window.
  return wide ? createPortal(view, document.body) : view
}
