// The current finding's own view: picks the view for its kind and feeds it evidence computed
// outside the leaf components (block texts, aligned copies and their diff, candidate ends).
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article, Finding, Op } from '../../../../src-main/core/model'
import type { ArticleToolsProps } from '../workspace/ArticleTools'
import type { Side } from '../workspace/reviewReducer'
import { ContinuationView } from './ContinuationView'
import { alignCopies } from './duplicateDiff'
import { DuplicateView } from './DuplicateView'
import { findingMessage } from './findingMessage'
import { GluedSubheadView } from './GluedSubheadView'
import { continuationEnds, duplicateCopies, editTextOp, indexBlocks, paragraphBreakParts } from './evidence'
import { acceptIntent, editKeptOps, keepIntent, type Intent } from './intent'
import { OrphanCaptionView } from './OrphanCaptionView'
import { ParagraphBreakView } from './ParagraphBreakView'
import { SplitSuspectView } from './SplitSuspectView'
import { SuspiciousTextView } from './SuspiciousTextView'
import { UncertainWordView } from './UncertainWordView'
import { UnresolvedJumpView } from './UnresolvedJumpView'

export interface FindingPanelProps {
  finding: Finding
  position: number
  total: number
  articles: Article[]
  side: Side
  candidateIndex: number
  tools: ArticleToolsProps | null
  /** Where it answers whether the step went through, text typed in the view is kept until it did. */
  onIntent: (intent: Intent) => Promise<boolean> | void
  onChooseCandidate: (index: number) => void
  onAddPage: (path: string) => void
  busy?: boolean
}

export function FindingPanel(props: FindingPanelProps) {
  const { finding, articles, side, candidateIndex, onIntent, busy } = props
  const { t } = useTranslation()
  const index = useMemo(() => indexBlocks(articles), [articles])
  const dismiss = () => onIntent({ type: 'dismiss', findingId: finding.id })
  const accept = () => onIntent(acceptIntent(finding, { side, candidateIndex }, articles))
  const applyOps = (ops: Op[]): Promise<boolean> | void => onIntent({ type: 'ops', ops })

  const copies = useMemo(
    () => (finding.kind === 'duplicate-passage' ? duplicateCopies(finding, index) : null),
    [finding, index],
  )
  const pairs = useMemo(
    () => (copies ? alignCopies(copies.left.map((b) => b.text), copies.right.map((b) => b.text)) : []),
    [copies],
  )

  let body: React.ReactNode
  switch (finding.kind) {
    case 'paragraph-break': {
      if (finding.variant === 'glued-subhead') {
        const paragraph = index.get(finding.blockIds[0] ?? '')?.block
        body = paragraph ? (
          <GluedSubheadView
            paragraph={paragraph}
            next={index.get(finding.blockIds[1] ?? '')?.block ?? null}
            subhead={finding.params?.subhead ?? ''}
            onAccept={accept}
            onDismiss={dismiss}
            busy={busy}
          />
        ) : (
          <p className="hint">{t('finding.gone')}</p>
        )
        break
      }
      const parts = paragraphBreakParts(finding, index)
      body = parts ? (
        <ParagraphBreakView parts={parts} onAccept={accept} onDismiss={dismiss} busy={busy} />
      ) : (
        <p className="hint">{t('finding.gone')}</p>
      )
      break
    }
    case 'duplicate-passage': {
      const kept = side === 'right' ? copies?.right : copies?.left
      body = (
        <DuplicateView
          pairs={pairs}
          side={side}
          keptText={(kept ?? []).map((b) => b.text).join('\n\n')}
          draftKey={`${finding.blockIds[0] ?? finding.id}:kept-copy`}
          onKeep={(s) => onIntent(keepIntent(finding, s, articles))}
          onEditKept={(text) => applyOps(editKeptOps(finding, side === 'right' ? 'right' : 'left', text, articles))}
          busy={busy}
        />
      )
      break
    }
    case 'continuation': {
      const ends = continuationEnds(finding, articles, candidateIndex)
      body = (
        <ContinuationView
          {...ends}
          candidates={finding.candidates ?? []}
          candidateIndex={candidateIndex}
          onChooseCandidate={props.onChooseCandidate}
          onMerge={accept}
          onNoContinuation={dismiss}
          busy={busy}
        />
      )
      break
    }
    case 'unresolved-jump':
      body = (
        <UnresolvedJumpView
          unmatched={
            finding.missingPage === undefined && finding.params?.page !== undefined
              ? {
                  page: String(finding.params.page),
                  candidates: finding.candidates ?? [],
                  candidateIndex: Math.min(candidateIndex, Math.max(0, (finding.candidates?.length ?? 1) - 1)),
                  onChooseCandidate: props.onChooseCandidate,
                  onLink: accept,
                }
              : undefined
          }
          missingPage={finding.missingPage ?? '?'}
          jumpLines={finding.blockIds.map((id) => index.get(id)?.block).filter((b) => b !== undefined)}
          onAddPage={props.onAddPage}
          onDismiss={dismiss}
          busy={busy}
        />
      )
      break
    case 'orphan-caption':
      body = (
        <OrphanCaptionView
          caption={index.get(finding.blockIds[0] ?? '')?.block ?? null}
          candidates={finding.candidates ?? []}
          candidateIndex={candidateIndex}
          onChooseCandidate={props.onChooseCandidate}
          onAttach={accept}
          onDismiss={dismiss}
          busy={busy}
        />
      )
      break
    case 'suspicious-text':
      body = (
        <SuspiciousTextView
          key={finding.id}
          finding={finding}
          block={index.get(finding.blockIds[0] ?? '')?.block ?? null}
          onAccept={accept}
          onDismiss={dismiss}
          onApply={applyOps}
          busy={busy}
        />
      )
      break
    case 'uncertain-word': {
      const id = finding.blockIds[0] ?? ''
      // A doubted word of a headline: the headline stands in for a block, and a retype sets it.
      const headed = index.get(id) ? undefined : articles.find((a) => a.headlineBlockId === id)
      const block = index.get(id)?.block ?? (headed ? { id, type: 'headline' as const, text: headed.headline.join(' '), source: [], hash: '' } : null)
      body = (
        <UncertainWordView
          key={finding.id}
          block={block}
          word={finding.params?.word ?? ''}
          at={Number(finding.params?.at ?? -1)}
          confidence={finding.params?.confidence ?? ''}
          onConfirm={accept}
          onRetype={(text) => {
            if (headed) return applyOps([{ kind: 'set-headline', articleId: headed.id, parts: [text], expect: {}, seen: headed.headline }])
            if (block) return applyOps([editTextOp(block, text)])
          }}
          busy={busy}
        />
      )
      break
    }
    default:
      body = (
        <SplitSuspectView
          finding={finding}
          tools={props.tools ? { ...props.tools, onApply: applyOps } : null}
          onAccept={accept}
          onDismiss={dismiss}
          busy={busy}
        />
      )
  }

  return (
    <div className="finding-panel" data-finding-id={finding.id} data-kind={finding.kind}>
      <header className="finding-head">
        <h3>
          <span className={`kind-dot kind-${finding.kind}`} aria-hidden="true" />
          {t(`kind.${finding.kind}`)}
          <span className="position">{t('finding.position', { position: props.position, total: props.total })}</span>
        </h3>
        <p className="lead">{t(`findingLead.${finding.kind}`)}</p>
        <p className="message">{findingMessage(t, finding)}</p>
      </header>
      {body}
    </div>
  )
}
