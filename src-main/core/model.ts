// The shapes the pure pipeline passes between its stages: pages → blocks → articles → findings → ops.
// Plain data only (no classes), so the same values cross IPC, land in lowdb and feed the exporters.

/** One page of an issue after decoding: every block offset points into `text`. */
export interface Page {
  /** Page number as printed, zero-padded when numeric: "01", "02", "A6". */
  number: string
  /** The page file's name (not a path). */
  file: string
  /** Decoded, line-end-normalised text. */
  text: string
  /** sha256 hex of the file's raw bytes. */
  sha256: string
  /** Encoding the bytes were read in. */
  encoding: string
  /** ALTO pages: `text` is built from the page's Strings (one paragraph a TextBlock), and this
   * says where each TextBlock and word of the file lie in it. Absent on text pages. */
  alto?: AltoLayout
  /** ALTO pages: the page's size, unit and scan, for the page view. */
  layout?: PageLayout
  /** The METS article areas on this page, when the issue came with a METS file. */
  mets?: MetsArea[]
  /** The METS file those areas came from, and its sha256 when read: the corrected ALTO export edits it. */
  metsFile?: { file: string; sha256: string }
}

/** A rectangle on the page, in the page's ALTO measurement unit. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface PageLayout {
  width: number
  height: number
  /** ALTO's MeasurementUnit: pixel, mm10 or inch1200. */
  unit: string
  /** The scan beside the page (relative to the issue folder), when there is one. */
  image?: string
}

/** One ALTO String: its place in the page's text, 1-based position among the page's Strings. */
export interface AltoWord {
  start: number
  end: number
  /** Word confidence 0–1 (ALTO WC), null when the file gives none. */
  wc: number | null
}

/** One ALTO TextBlock: its text range in the page's text and its words (indexes into `words`). */
export interface AltoRegion {
  id: string
  start: number
  end: number
  box: Box
  firstWord: number
  /** One past the block's last word. */
  endWord: number
  /** Median line height: a headline is set larger than the column's text. */
  lineHeight: number
}

export interface AltoLayout {
  /** The ALTO version the file declares ('1.4', '2.1', '4.2'…), '' when it says none. */
  version: string
  regions: AltoRegion[]
  words: AltoWord[]
}

/** A METS article's area on one page: words `firstWord`..`lastWord` (0-based, inclusive) of the page's Strings. */
export interface MetsArea {
  articleId: string
  /** The article's place in the METS logical structure. */
  order: number
  /** Its MODS title, '' when none. */
  title: string
  firstWord: number
  lastWord: number
  /** Set by the layout split alone (a METS says no such thing): the area is a section heading of its article. */
  subhead?: boolean
}

export type BlockType = 'headline' | 'byline' | 'paragraph' | 'subhead' | 'jump' | 'caption'

export interface Byline {
  text: string
  reporters: string[]
  correspondents: string[]
}

export interface Jump {
  direction: 'out' | 'in'
  /** Page the jump points at (out) or comes from (in); "back" for English "back page". */
  page: string
  /** ①②… or '' when the paper prints none. */
  label: string
  /** English slug (`See MAYOR, Page 6` → "MAYOR"), '' for none. */
  keyword: string
}

export interface Caption {
  text: string
  credit: string
}

export interface SourceRange {
  page: string
  start: number
  end: number
}

export interface Block {
  /** Stable id: page + a hash of the block's own text (+ occurrence), so edits elsewhere keep it. */
  id: string
  type: BlockType
  /** The block's reading text (lines of one paragraph joined, `##`/`**` marks removed). */
  text: string
  /** The printed page, where it differs from the file's (a multi-page export re-opened). */
  page?: string
  /** Where the block came from; merged blocks carry every range they were made of. */
  source: SourceRange[]
  /** Short content hash of `text`; ops name it so replay can tell when a block changed. */
  hash: string
  /** Headline blocks: the stacked parts (kicker / main / deck). */
  parts?: string[]
  /** Byline blocks, and paragraphs that open with a dateline byline. */
  byline?: Byline
  jump?: Jump
  caption?: Caption
  /** A story's headline merged into another as this block: splitting here brings that story back (its id and headline parts). */
  mergedFrom?: { articleId: string; headline: string[]; headlineBlockId: string | null }
  /** ALTO pages: the block's rectangle on the page (the union of its TextBlocks'). */
  box?: Box
}

/** The page evidence Galley started an article at, on an OCR page with no headline marks. */
export type SplitReason =
  | 'headline-byline'
  | 'headline-over-paragraph'
  | 'jump-head'
  | 'jump-in'
  | 'signature-closed-letter'
  | 'letter-salutation'
  | 'wire-dateline'
  /** English OCR: a byline after a finished paragraph, its headline set elsewhere. */
  | 'byline'
  /** English OCR: the story above jumps to another page here. */
  | 'jump-out'
  | 'ad-copy'
  /** English OCR of an older paper's hard-wrapped column: a headline set in capitals after a finished paragraph. */
  | 'capitals-headline'
  /** ALTO pages: an article of the issue's METS, or a story found from the page's layout. */
  | 'mets-article'
  | 'alto-layout'
  /** A hard-wrapped Chinese page: a headline over the story's dateline (本报讯, 新华社…电) or byline. */
  | 'headline-over-dateline'
  /** A hard-wrapped Chinese page: a headline under a story signed off, sent on to another page or credited. */
  | 'story-ended'
  /** A hard-wrapped Chinese page: a headline set across the columns, wider than the text under it. */
  | 'headline-across-columns'
  /** A hard-wrapped Chinese page: a headline at the page's head. */
  | 'page-head'
  /** A hard-wrapped Chinese page: a short line after a finished sentence, over text that names
   * nothing the story above it names. */
  | 'topic-changed'
  /** English OCR: a box of pointers to the issue's pages (`INSIDE` / `Weather: Rain likely tonight, A2`), no story. */
  | 'index-box'
  /** English OCR: a briefs item whose head is run into its first line (`Bridge to close — The bridge…`). */
  | 'run-in-head'
  /** English OCR: a label in capitals over lines of `Key: value` (`LOTTERY` / `Pick 3: 4-1-7`, `WEATHER` / `Today: Sunny, high 72.`), no story's text. */
  | 'listing-box'

export interface Article {
  /** Id of the block that opened it (its headline, or its first block). */
  id: string
  /** Pages it spans, in reading order. */
  pages: string[]
  /** Headline parts; [] when the article has no headline. */
  headline: string[]
  headlineBlockId: string | null
  /** ALTO pages: where the headline's words are in the page text (its Strings), so a corrected
   * headline reaches the ALTO export and the METS article keeps its title's words. */
  headlineSource?: SourceRange[]
  /** Everything under the headline, in reading order: bylines, paragraphs, subheads, jumps, captions. */
  blocks: Block[]
  /** How sure the split is (1 for `##` headlines, lower when Galley split the page itself). */
  confidence: number
  /** OCR and hard-wrapped pages: why Galley started this article here (absent where the page marks it). */
  split?: { reason: SplitReason }
  /**
   * Made by the editor's split: the body block its headline was taken from, or null when the
   * headline was typed. Merging the article back puts that block back (or no headline at all).
   */
  splitFrom?: { block: Block | null }
  reviewed: boolean
}

export interface Issue {
  title: string
  date: string | null
  pages: Page[]
  articles: Article[]
}

export const FINDING_KINDS = [
  'paragraph-break',
  'duplicate-passage',
  'continuation',
  'unresolved-jump',
  'orphan-caption',
  'split-suspect',
  'auto-split',
  'suspicious-text',
  'uncertain-word',
] as const

export type FindingKind = (typeof FINDING_KINDS)[number]

/** A count per finding kind, every kind present. */
export function countByKind(findings: readonly { kind: FindingKind }[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>
  for (const finding of findings) counts[finding.kind]++
  return counts
}

export interface Candidate {
  articleId: string
  score: number
  /** The ops that choosing this candidate would apply. */
  fix: Op[]
  label: string
  /** What agrees between the finding and this candidate (a continuation's page pair, marker,
   * keyword, repeated headline, shared headline words, a sentence running on); `score` is the share
   * of the evidence that could be weighed which does. */
  evidence?: Evidence[]
}

export type Evidence = 'page' | 'marker' | 'keyword' | 'headline' | 'head-words' | 'runs-on' | 'shared-text'

export interface Finding {
  /** Stable id: kind + the blocks it is about, so a dismissal survives re-analysis. */
  id: string
  kind: FindingKind
  articleIds: string[]
  blockIds: string[]
  message: string
  confidence: number
  /** The proposed fix; [] when there is nothing to apply (an unresolved jump). */
  fix: Op[]
  /** Ranked alternatives (continuation tails, caption targets). */
  candidates?: Candidate[]
  /** paragraph-break: the character printed twice at the break, if any. */
  doubled?: string
  /** unresolved-jump: the page that is missing. */
  missingPage?: string
  /** What the message says, as values, so a view can word it in the editor's language:
   * `message` is the English wording; `variant` picks among a kind's wordings. */
  variant?: string
  params?: Record<string, string>
}

/** Content hashes an op expects, by block id. */
export type Expect = Record<string, string>

export type Op =
  | { kind: 'join-paragraphs'; blockIds: [string, string]; dropDoubled: boolean; expect: Expect }
  | { kind: 'delete-blocks'; blockIds: string[]; expect: Expect }
  | { kind: 'merge-continuation'; headId: string; tailId: string; dropBlockIds: string[]; expect: Expect }
  | { kind: 'split-article'; articleId: string; atBlockId: string; headline: string[]; expect: Expect }
  | { kind: 'merge-articles'; articleId: string; intoId: string; headlineAs: 'subhead' | 'paragraph' | 'drop'; expect: Expect }
  | { kind: 'move-blocks'; blockIds: string[]; toArticleId: string; expect: Expect }
  | { kind: 'edit-text'; blockId: string; text: string; expect: Expect }
  /** `seen`: the headline the editor saw, which this one replaces; replay refuses the op where it
   * is another now (a stale window, another window's edit). Absent in logs older than it. */
  | { kind: 'set-headline'; articleId: string; parts: string[]; expect: Expect; seen?: string[] }
  /** `seen`: the byline line's text the editor saw (null: the article had none), as set-headline's. */
  | { kind: 'set-byline'; articleId: string; text: string; expect: Expect; seen?: string | null }
  /** Cuts a paragraph (or subhead) in two before its `at`th character (code points); issue 15. */
  | { kind: 'split-paragraph'; blockId: string; at: number; expect: Expect }
  /** Removes an article with no blocks left (a headline alone); one with blocks goes by `delete-blocks`. */
  | { kind: 'delete-article'; articleId: string; expect: Expect }
  /** Reads a line as another kind of body block: a paragraph, a subhead or a caption, and back. */
  | { kind: 'set-block-type'; blockId: string; type: 'paragraph' | 'subhead' | 'caption'; expect: Expect }
  | { kind: 'attach-caption'; blockId: string; articleId: string; expect: Expect }
  | { kind: 'dismiss-finding'; findingId: string; expect: Expect }
  /** `seen`: the headline the editor reviewed (its blocks are in `expect`), as set-headline's. */
  | { kind: 'mark-reviewed'; articleId: string; reviewed: boolean; expect: Expect; seen?: string[] }
  /** A subhead glued to a paragraph's end: the text from `at` (UTF-16 offset) becomes a subhead after it. */
  | { kind: 'split-off-subhead'; blockId: string; at: number; expect: Expect }

export type OpKind = Op['kind']

/** An op that could not be replayed, and why: a block it names is gone or changed. */
export interface Conflict {
  index: number
  op: Op
  reason: string
}

export interface Applied {
  issue: Issue
  conflicts: Conflict[]
  dismissed: string[]
}
