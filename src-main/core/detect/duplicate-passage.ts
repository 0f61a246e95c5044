// duplicate-passage: text the extractor printed again, whole, cut short, or with a few OCR
// differences; within an article, across articles or pages. Near-linear: sampled k-gram
// fingerprints (a rolling hash over normalised text) index earlier blocks, so each block is
// compared only with the blocks it shares fingerprints with, never with every other block.

import type { Block, Finding, Issue } from '../model'
import { ContentCache } from '../cache'
import { editsWithin } from './align'
import { IntTable } from './int-table'
import { goesOnAfter } from '../parse/gap'
import { comparable, endsSentence, hasCjk } from '../parse/text'
import { articleTitle, derivedOf, excerpt, expectOf, findingId, locateBlocks, normalisedText, type Located } from './common'

const SAMPLE_MOD = 4
/** Share of a block's fingerprints another block must hold to be compared with it at all. */
const MIN_CANDIDATE = 0.25
/** How closely (alignment, 0..1) a candidate must match its original to be a copy. */
const MIN_FIT = 0.85
const MIN_BLOCK_CHARS = 16
const MIN_PASSAGE_CHARS = 60

const EMPTY = new Int32Array(0)

/** Murmur3's finaliser: spreads a rolling hash's bits so sampling by its low bits is fair. */
function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

/** Sampled k-gram hashes of the normalised text (rolling, mod 2^32), distinct and sorted; 30-bit
 * values, so they stay small integers for the engine. */
function fingerprints(text: string, norm: string): Int32Array {
  const k = hasCjk(text) ? 6 : 16
  if (norm.length < k) return EMPTY
  const B = 0x01000193
  let pow = 1
  for (let i = 0; i < k; i++) pow = Math.imul(pow, B)
  let h = 0
  for (let i = 0; i < k; i++) h = (Math.imul(h, B) + norm.charCodeAt(i)) | 0
  // Sampled into one scratch array reused by every block, and kept as an array of exactly the
  // distinct prints: a growing list per block, and a view into one sized for all samples, were
  // most of what a very large page's fingerprints cost.
  const most = norm.length - k + 1
  // A block longer than the scratch may grow to gets an array of its own, kept no longer than it.
  if (scratch.length < most && most <= MAX_SCRATCH) scratch = new Int32Array(Math.min(MAX_SCRATCH, Math.max(most, scratch.length * 2)))
  const samples = scratch.length >= most ? scratch : new Int32Array(most)
  let count = 0
  for (let i = 0; ; i++) {
    const m = mix(h)
    if ((m & (SAMPLE_MOD - 1)) === 0) samples[count++] = m >>> 2
    if (i + k >= norm.length) break
    h = (Math.imul(h, B) + norm.charCodeAt(i + k) - Math.imul(norm.charCodeAt(i), pow)) | 0
  }
  const sorted = samples.subarray(0, count).sort()
  let n = 0
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]
  return kept(sorted.subarray(0, n))
}

const MAX_SCRATCH = 1 << 20
let scratch = new Int32Array(1024)

// Kept fingerprints are views into shared chunks: an array of its own per block cost a buffer
// object and a separately allocated store beside the view (about 110 bytes a block, 16 MB on a
// 50 MB page). A chunk is freed once no kept view into it is left (the cache emptied).
const CHUNK = 1 << 18
let chunk = new Int32Array(CHUNK)
let used = 0

function kept(prints: Int32Array): Int32Array {
  if (prints.length > CHUNK / 4) return prints.slice()
  if (used + prints.length > CHUNK) {
    chunk = new Int32Array(CHUNK)
    used = 0
  }
  const view = chunk.subarray(used, used + prints.length)
  view.set(prints)
  used += prints.length
  return view
}

/** Does the copy's whole text match a stretch of the original within a copy's share of edits
 * (semi-global edit distance)? Yes for a copy with OCR noise or cut short; no for a paraphrase
 * or a short line whose words merely all occur in a long paragraph. */
function fits(copy: Block, original: Block): boolean {
  return alignments.get(`${copy.hash}:${original.hash}`, () => align(copy, original))
}

/** Re-detection after an accept meets the same candidate pairs again: their verdicts are kept. */
const alignments = new ContentCache<boolean>(100_000)

function align(copy: Block, original: Block): boolean {
  const a = normalisedText(copy)
  const b = normalisedText(original)
  if (a.length === 0) return false
  // Whole or cut-short copies are found as they are.
  if (b.includes(a)) return true
  return editsWithin(a, b, Math.floor((1 - MIN_FIT) * a.length)) !== null
}

interface Printed {
  prints: Int32Array
  length: number
}

function printed(block: Block): Printed {
  const entry = derivedOf(block, fingerprints)
  return { prints: entry.prints ?? EMPTY, length: entry.length }
}

interface Copy {
  copy: Located
  original: Located
}

function findCopies(blocks: Located[], entries: Printed[]): Copy[] {
  // Each fingerprint remembers where it was first seen: a copy is matched to the earliest text it
  // repeats, and the index stays one number per fingerprint.
  // Fingerprint (+ 1: keys are non-zero) → the first block that showed it.
  const index = new IntTable(entries.reduce((n, entry) => n + entry.prints.length, 0))
  // Fingerprints shared with each earlier block, counted in place and reset after each block.
  const counts = new Int32Array(blocks.length)
  const touched: number[] = []
  const copies: Copy[] = []
  entries.forEach(({ prints, length }, j) => {
    if (prints.length === 0 || length < MIN_BLOCK_CHARS) return
    // A block's fingerprints are distinct, so it never meets its own: look up and record in one probe.
    for (const print of prints) {
      const i = index.firstOrAdd(print + 1, j)
      if (i >= 0 && counts[i]++ === 0) touched.push(i)
    }
    let best = -1
    let bestCount = 0
    for (const i of touched) {
      if (counts[i] > bestCount || (counts[i] === bestCount && i < best)) {
        best = i
        bestCount = counts[i]
      }
      counts[i] = 0
    }
    touched.length = 0
    const coverage = best >= 0 ? bestCount / prints.length : 0
    // A block much longer than the one it shares text with quotes it; it is not a copy.
    const quotes = best >= 0 && length > entries[best].length * 1.3
    // Shared fingerprints find the candidate; aligning it with the original confirms a copy. A
    // paraphrase (another story quoting the same speech with words of its own) shares long runs
    // too, but not the same text end to end.
    if (!quotes && coverage >= MIN_CANDIDATE && fits(blocks[j].block, blocks[best].block)) {
      copies.push({ copy: blocks[j], original: blocks[best] })
    }
  })
  return copies
}

/** Consecutive copied blocks whose originals also run forward make one repeated passage. */
function passages(copies: Copy[]): Copy[][] {
  const runs: Copy[][] = []
  for (const copy of copies) {
    const run = runs[runs.length - 1]
    const last = run?.[run.length - 1]
    const adjacent = last && copy.copy.index === last.copy.index + 1
    // >=: a copy cut at a column break has two pieces that both repeat one original paragraph.
    const forward = last && copy.original.index >= last.original.index
    if (run && adjacent && forward) run.push(copy)
    else runs.push([copy])
  }
  return runs
}

/** A short piece cut off at a column break has too few fingerprints to be found on its own; it
 * is a copy too when it follows a copy and its words are all in the original's own piece. */
function withPieces(copies: Copy[], all: Located[]): Copy[] {
  const claimed = new Set(copies.map((copy) => copy.copy.block.id))
  const out: Copy[] = []
  for (const copy of copies) {
    out.push(copy)
    let last = copy
    for (;;) {
      const next = all[last.copy.index + 1]
      if (!next || next.block.type !== 'paragraph' || claimed.has(next.block.id) || next.article !== last.copy.article) break
      const from = last.original.index
      const original = [all[from], all[from + 1]].find((candidate) =>
        candidate !== undefined && candidate.block.type === 'paragraph' && candidate.block !== next.block &&
        derivedOf(next.block).length >= 4 && fits(next.block, candidate.block))
      if (!original) break
      last = { copy: next, original }
      out.push(last)
      claimed.add(next.block.id)
    }
  }
  return out.sort((a, b) => a.copy.index - b.copy.index)
}

/** How many values two sorted lists of distinct fingerprints share. */
function shared(a: Int32Array, b: Int32Array): number {
  let n = 0
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      n++
      i++
      j++
    } else if (a[i] < b[j]) i++
    else j++
  }
  return n
}

/**
 * A paragraph printed cut short just before its whole text (`…举措，` then `…举措，进一步…`): the
 * earlier, shorter one is the copy. findCopies, which matches each block with earlier text, takes
 * the longer one for a paragraph that quotes it and finds neither.
 */
function cutCopiesBefore(paragraphs: Located[], all: Located[], found: Copy[], printedAt: Printed[]): Copy[] {
  const claimed = new Set(found.map((copy) => copy.copy.block.id))
  const out: Copy[] = []
  for (const located of paragraphs) {
    const next = all[located.index + 1]
    if (!next || next.block.type !== 'paragraph' || next.article !== located.article || claimed.has(located.block.id)) continue
    const here = printedAt[located.index]
    const there = printedAt[next.index]
    if (here.length < MIN_BLOCK_CHARS || here.length >= there.length) continue
    // Cut short means cut mid-sentence: a whole sentence before a paragraph that opens by quoting
    // it (`“宁可少赚钱…”` / `“宁可少赚钱…”这是老张常说的话`) is how a feature begins.
    if (endsSentence(located.block.text)) continue
    // Shared fingerprints first (a merge of two sorted lists), the alignment only then.
    if (shared(here.prints, there.prints) >= here.prints.length * MIN_CANDIDATE && here.prints.length > 0 && fits(located.block, next.block)) {
      out.push({ copy: located, original: next })
    }
  }
  return out
}

/** Fewest characters of a Chinese cut fragment found by its exact text alone. */
const MIN_FRAGMENT_CHARS = 10

/**
 * A piece of a paragraph cut at a column break, printed again apart from it: it stops where no
 * sentence ends, and its original goes on there with more of the same sentence (a refrain or a
 * quoted phrase is a whole sentence, or stands in its original before a stop or a quote mark).
 */
function isCutFragment(copy: Block, original: Block): boolean {
  const text = copy.text.trim()
  return hasCjk(text) && !endsSentence(text) && goesOnAfter(original.text, text)
}

/** Cut fragments too short for fingerprints to find: each short paragraph that stops mid-sentence
 * is looked up, by its exact text, in the other paragraphs of its story. */
function cutFragments(paragraphs: Located[], found: Copy[], printedAt: Printed[]): Copy[] {
  const claimed = new Set(found.map((copy) => copy.copy.block.id))
  const out: Copy[] = []
  for (const located of paragraphs) {
    const length = printedAt[located.index].length
    if (claimed.has(located.block.id) || length < MIN_FRAGMENT_CHARS || length >= MIN_BLOCK_CHARS) continue
    if (endsSentence(located.block.text) || !hasCjk(located.block.text)) continue
    const original = paragraphs.find((other) => other.article === located.article && other !== located && isCutFragment(located.block, other.block))
    if (original) out.push({ copy: located, original })
  }
  return out
}

/** Fewest characters a repeat must have to be reported: a short line printed twice in a row is
 * the extractor's, and so is a cut fragment anywhere; elsewhere a short repeat may be the paper's
 * own (a refrain, a funeral home's line under two obituaries), so it must be a passage. */
function minPassageChars(run: Copy[], blocks: Block[]): number {
  const cjk = blocks.some((block) => hasCjk(block.text))
  if (cjk && run.every((copy) => isCutFragment(copy.copy.block, copy.original.block))) return MIN_FRAGMENT_CHARS
  // Short only when printed right after itself: a refrain or chant a story repeats stands apart.
  if (run.some((copy) => copy.copy.article !== copy.original.article || Math.abs(copy.copy.index - copy.original.index) !== 1)) return MIN_PASSAGE_CHARS
  return cjk ? MIN_BLOCK_CHARS : 40
}

/**
 * One paragraph that closes two articles alike (`Arrangements are by Greenlawn Funeral Home…`
 * under two obituaries): maybe the paper's own line in each. Reported, but left for an editor
 * (below accept-all's bar): an extractor's repeat runs on from where it sits, not as an ending.
 */
function boilerplate(run: Copy[]): boolean {
  if (run.length !== 1) return false
  const { copy, original } = run[0]
  if (copy.article === original.article) return false
  const closes = (located: Located) => located.article.blocks.slice(located.blockIndex + 1).every((block) => block.type !== 'paragraph')
  return closes(copy) && closes(original)
}

/**
 * When a run copies every paragraph of its story from another story under (nearly) the same
 * headline, that story's other blocks that the original holds too (byline, job title, jump line):
 * with them deleted the copy is gone whole. Else nothing.
 */
function wholeStoryRest(run: Copy[]): Block[] {
  const story = run[0].copy.article
  const original = run[0].original.article
  if (story === original || run.some((copy) => copy.copy.article !== story || copy.original.article !== original)) return []
  const copied = new Set(run.map((copy) => copy.copy.block.id))
  if (story.blocks.some((block) => block.type === 'paragraph' && !copied.has(block.id))) return []
  const a = comparable(story.headline.join(''))
  const b = comparable(original.headline.join(''))
  if (a === '' || b === '' || editsWithin(a, b, Math.floor(a.length * (1 - MIN_FIT))) === null) return []
  const held = new Set(original.blocks.map((block) => comparable(block.text)))
  const rest = story.blocks.filter((block) => block.type !== 'paragraph' && held.has(comparable(block.text)))
  return rest.length === story.blocks.length - copied.size ? rest : []
}

/** The subhead just above a repeated passage's first copy when the same subhead stands just
 * above its original (`案例五：…案` then its paragraphs, printed twice): the extractor repeated it
 * with them. */
function repeatedSubhead(first: Copy, all: Located[]): Block | null {
  const above = all[first.copy.index - 1]
  const aboveOriginal = all[first.original.index - 1]
  if (!above || !aboveOriginal || above.block.type !== 'subhead' || above.article !== first.copy.article) return null
  if (aboveOriginal.block === above.block || aboveOriginal.block.type !== 'subhead') return null
  return normalisedText(above.block) === normalisedText(aboveOriginal.block) ? above.block : null
}

export function detectDuplicatePassages(issue: Issue): Finding[] {
  const all = locateBlocks(issue)
  const paragraphs = all.filter((located) => located.block.type === 'paragraph')
  const findings: Finding[] = []
  // Each paragraph's fingerprints, looked up once (by its place in the issue) for all three searches.
  const entries = paragraphs.map((located) => printed(located.block))
  const printedAt: Printed[] = []
  paragraphs.forEach((located, k) => (printedAt[located.index] = entries[k]))
  const copies = findCopies(paragraphs, entries)
  copies.push(...cutCopiesBefore(paragraphs, all, copies, printedAt))
  copies.push(...cutFragments(paragraphs, copies, printedAt))
  for (const run of passages(withPieces(copies, all))) {
    const copyBlocks: Block[] = run.map((copy) => copy.copy.block)
    const originalBlocks: Block[] = run.map((copy) => copy.original.block)
    const chars = copyBlocks.reduce((n, block) => n + printed(block).length, 0)
    if (chars < minPassageChars(run, copyBlocks)) continue
    const articles = [...new Set([...run.map((copy) => copy.original.article.id), ...run.map((copy) => copy.copy.article.id)])]
    const where = run[0].copy.article
    // A whole story printed twice: its headline, byline and jump lines go with its body, leaving
    // no headline without a story.
    copyBlocks.push(...wholeStoryRest(run))
    // The subhead the repeat opens with, printed over the original too, goes with it.
    const heading = repeatedSubhead(run[0], all)
    if (heading) copyBlocks.unshift(heading)
    findings.push({
      id: findingId('duplicate-passage', copyBlocks.map((block) => block.id)),
      kind: 'duplicate-passage',
      articleIds: articles,
      blockIds: [...copyBlocks.map((block) => block.id), ...originalBlocks.map((block) => block.id)],
      message: `Passage printed again in “${articleTitle(where)}”: ${copyBlocks.length} paragraph(s) from “${excerpt(copyBlocks[0].text, 12)}” repeat earlier text`,
      params: { article: articleTitle(where), count: String(copyBlocks.length), start: excerpt(copyBlocks[0].text, 12) },
      confidence: boilerplate(run) ? 0.45 : 0.9,
      fix: [{ kind: 'delete-blocks', blockIds: copyBlocks.map((block) => block.id), expect: expectOf(...copyBlocks) }],
      candidates: [
        { articleId: where.id, score: 1, label: 'keep-left', fix: [{ kind: 'delete-blocks', blockIds: copyBlocks.map((block) => block.id), expect: expectOf(...copyBlocks) }] },
        { articleId: run[0].original.article.id, score: 0.5, label: 'keep-right', fix: [{ kind: 'delete-blocks', blockIds: uniqueIds(originalBlocks), expect: expectOf(...originalBlocks) }] },
      ],
    })
  }
  return findings
}

function uniqueIds(blocks: Block[]): string[] {
  return [...new Set(blocks.map((block) => block.id))]
}
