// duplicate-passage: text the extractor printed again, whole, cut short, or with a few OCR
// differences; within an article, across articles or pages. Near-linear: sampled k-gram
// fingerprints (a rolling hash over normalised text) index earlier blocks, so each block is
// compared only with the blocks it shares fingerprints with, never with every other block.

import type { Block, Finding, Issue } from '../model'
import { comparable, hasCjk } from '../parse/text'
import { articleTitle, excerpt, expectOf, findingId, locateBlocks, type Located } from './common'

const SAMPLE_MOD = 4
const MIN_COVERAGE = 0.6
/** Below MIN_COVERAGE a candidate still counts when its bigrams are nearly all in the original (OCR noise). */
const MIN_CANDIDATE = 0.25
const MIN_CONTAINMENT = 0.8
const MIN_BLOCK_CHARS = 16
const MIN_PASSAGE_CHARS = 60

function fingerprints(text: string): number[] {
  const chars = Array.from(comparable(text))
  const k = hasCjk(text) ? 6 : 16
  if (chars.length < k) return []
  const codes = chars.map((ch) => ch.codePointAt(0) ?? 0)
  const B = 257
  const M = 2147483629
  let pow = 1
  for (let i = 1; i < k; i++) pow = (pow * B) % M
  let h = 0
  for (let i = 0; i < k; i++) h = (h * B + codes[i]) % M
  const out = new Set<number>()
  for (let i = 0; ; i++) {
    if (h % SAMPLE_MOD === 0) out.add(h)
    if (i + k >= codes.length) break
    h = ((h - ((codes[i] * pow) % M) + M) % M * B + codes[i + k]) % M
  }
  return [...out]
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(comparable(text))
  const out = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1])
  return out
}

/** Share of the copy's character bigrams found in the original: high for a noisy or cut-short copy. */
function containment(copy: string, original: string): number {
  const a = bigrams(copy)
  if (a.size === 0) return 0
  const b = bigrams(original)
  let shared = 0
  for (const gram of a) if (b.has(gram)) shared++
  return shared / a.size
}

interface Printed {
  prints: number[]
  length: number
}

// Re-detection after one accepted fix sees mostly the same blocks: their fingerprints are kept by
// content hash (bounded), so an accept costs the changed blocks, not the whole issue.
const printCache = new Map<string, Printed>()
const PRINT_CACHE_LIMIT = 200_000

function printed(block: Block): Printed {
  const hit = printCache.get(block.hash)
  if (hit) return hit
  if (printCache.size >= PRINT_CACHE_LIMIT) printCache.clear()
  const entry = { prints: fingerprints(block.text), length: comparable(block.text).length }
  printCache.set(block.hash, entry)
  return entry
}

interface Copy {
  copy: Located
  original: Located
}

function findCopies(blocks: Located[]): Copy[] {
  // Each fingerprint remembers where it was first seen: a copy is matched to the earliest text it
  // repeats, and the index stays one number per fingerprint.
  const index = new Map<number, number>()
  const copies: Copy[] = []
  blocks.forEach((located, j) => {
    const { prints, length } = printed(located.block)
    if (prints.length === 0 || length < MIN_BLOCK_CHARS) return
    const shared = new Map<number, number>()
    for (const print of prints) {
      const i = index.get(print)
      if (i !== undefined) shared.set(i, (shared.get(i) ?? 0) + 1)
    }
    let best = -1
    let bestCount = 0
    for (const [i, count] of shared) {
      if (count > bestCount || (count === bestCount && i < best)) {
        best = i
        bestCount = count
      }
    }
    const coverage = best >= 0 ? bestCount / prints.length : 0
    // A block much longer than the one it shares text with quotes it; it is not a copy.
    const quotes = best >= 0 && length > printed(blocks[best].block).length * 1.3
    if (!quotes && (coverage >= MIN_COVERAGE || (coverage >= MIN_CANDIDATE && containment(located.block.text, blocks[best].block.text) >= MIN_CONTAINMENT))) {
      copies.push({ copy: located, original: blocks[best] })
    }
    for (const print of prints) if (!index.has(print)) index.set(print, j)
  })
  return copies
}

/** Consecutive copied blocks whose originals also run forward make one repeated passage. */
function passages(copies: Copy[], order: Map<string, number>): Copy[][] {
  const runs: Copy[][] = []
  for (const copy of copies) {
    const run = runs[runs.length - 1]
    const last = run?.[run.length - 1]
    const adjacent = last && (order.get(copy.copy.block.id) ?? 0) === (order.get(last.copy.block.id) ?? 0) + 1
    // >=: a copy cut at a column break has two pieces that both repeat one original paragraph.
    const forward = last && (order.get(copy.original.block.id) ?? 0) >= (order.get(last.original.block.id) ?? 0)
    if (run && adjacent && forward) run.push(copy)
    else runs.push([copy])
  }
  return runs
}

/** A short piece cut off at a column break has too few fingerprints to be found on its own; it
 * is a copy too when it follows a copy and its words are all in the original's own piece. */
function withPieces(copies: Copy[], all: Located[], order: Map<string, number>): Copy[] {
  const claimed = new Set(copies.map((copy) => copy.copy.block.id))
  const out: Copy[] = []
  for (const copy of copies) {
    out.push(copy)
    let last = copy
    for (;;) {
      const next = all[(order.get(last.copy.block.id) ?? -2) + 1]
      if (!next || next.block.type !== 'paragraph' || claimed.has(next.block.id) || next.article !== last.copy.article) break
      const from = order.get(last.original.block.id) ?? -1
      const original = [all[from], all[from + 1]].find((candidate) =>
        candidate !== undefined && candidate.block.type === 'paragraph' && candidate.block !== next.block &&
        comparable(next.block.text).length >= 4 && containment(next.block.text, candidate.block.text) >= MIN_CONTAINMENT)
      if (!original) break
      last = { copy: next, original }
      out.push(last)
      claimed.add(next.block.id)
    }
  }
  return out.sort((a, b) => (order.get(a.copy.block.id) ?? 0) - (order.get(b.copy.block.id) ?? 0))
}

export function detectDuplicatePassages(issue: Issue): Finding[] {
  const all = locateBlocks(issue)
  const order = new Map(all.map((located, i) => [located.block.id, i]))
  const paragraphs = all.filter((located) => located.block.type === 'paragraph')
  const findings: Finding[] = []
  for (const run of passages(withPieces(findCopies(paragraphs), all, order), order)) {
    const copyBlocks: Block[] = run.map((copy) => copy.copy.block)
    const originalBlocks: Block[] = run.map((copy) => copy.original.block)
    const chars = copyBlocks.reduce((n, block) => n + printed(block).length, 0)
    if (chars < MIN_PASSAGE_CHARS) continue
    const articles = [...new Set([...run.map((copy) => copy.original.article.id), ...run.map((copy) => copy.copy.article.id)])]
    const where = run[0].copy.article
    findings.push({
      id: findingId('duplicate-passage', copyBlocks.map((block) => block.id)),
      kind: 'duplicate-passage',
      articleIds: articles,
      blockIds: [...copyBlocks.map((block) => block.id), ...originalBlocks.map((block) => block.id)],
      message: `Passage printed again in “${articleTitle(where)}”: ${copyBlocks.length} paragraph(s) from “${excerpt(copyBlocks[0].text, 12)}” repeat earlier text`,
      params: { article: articleTitle(where), count: String(copyBlocks.length), start: excerpt(copyBlocks[0].text, 12) },
      confidence: 0.9,
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
