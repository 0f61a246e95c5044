// Finds a finding's texts on a scan's text layer: the page's text runs (pdf.js text items, in page
// units) searched with the OCR text of each block, so the pane can box where the print has it.
// Pure: pdf.js is not imported here, only the shape of its items.
import type { PaneBox, PaneTarget } from './types'

/** One run of text on the page and its rectangle, top-left origin, in page units. */
export interface TextRun {
  text: string
  x: number
  y: number
  w: number
  h: number
}

export interface FoundTargets {
  boxes: PaneBox[]
  /** Targets whose text the page does not hold (edited since, or on another page). */
  missing: string[]
}

/** How many characters at either end of a block anchor it when the whole text is not on the page. */
const ANCHOR = 12

/**
 * One form for OCR text and a PDF's text alike: NFKC (a PDF's font maps 日 to the Kangxi radical
 * ⽇, and full-width digits and punctuation to their plain forms), no white space (a print breaks
 * lines, OCR joins them, and Chinese sets no spaces), and folded case.
 */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase()
}

interface PageText {
  text: string
  /** For each character of `text`, the run it came from and the index of its character in that run. */
  at: { run: number; offset: number }[]
}

function pageTextOf(runs: TextRun[]): PageText {
  let text = ''
  const at: PageText['at'] = []
  runs.forEach((run, index) => {
    const chars = Array.from(run.text)
    chars.forEach((char, offset) => {
      const form = normalise(char)
      text += form
      for (let i = 0; i < form.length; i++) at.push({ run: index, offset })
    })
  })
  return { text, at }
}

/** The rectangles covering page text [start, end): a part of each run it touches, by character share. */
function boxesOf(page: PageText, runs: TextRun[], start: number, end: number, id: string): PaneBox[] {
  const spans = new Map<number, { from: number; to: number }>()
  for (let i = start; i < end; i++) {
    const { run, offset } = page.at[i]
    const span = spans.get(run) ?? { from: offset, to: offset + 1 }
    span.from = Math.min(span.from, offset)
    span.to = Math.max(span.to, offset + 1)
    spans.set(run, span)
  }
  const boxes: PaneBox[] = []
  for (const [index, span] of spans) {
    const run = runs[index]
    const length = Math.max(1, Array.from(run.text).length)
    const box: PaneBox = { id, x: run.x + (run.w * span.from) / length, y: run.y, w: (run.w * (span.to - span.from)) / length, h: run.h, highlight: 'finding' }
    const last = boxes[boxes.length - 1]
    if (last && sameLine(last, box)) {
      const right = Math.max(last.x + last.w, box.x + box.w)
      last.x = Math.min(last.x, box.x)
      last.w = right - last.x
      last.y = Math.min(last.y, box.y)
      last.h = Math.max(last.h, box.h)
    } else boxes.push(box)
  }
  return boxes
}

/** A run that goes on along the line of the box before (a PDF may set every character as a run of its own): one box for both. */
function sameLine(a: PaneBox, b: PaneBox): boolean {
  const h = Math.max(a.h, b.h)
  return Math.abs(a.y - b.y) < h * 0.3 && b.x >= a.x - h * 0.2 && b.x <= a.x + a.w + h * 0.6
}

/**
 * Boxes for each target found on the page. A target is found whole, or else by its first and last
 * few characters (an edited middle, a paragraph the print set in two pieces); two targets with the
 * same text (both copies of a duplicate) take two different places on the page.
 */
export function findOnPage(runs: TextRun[], targets: PaneTarget[]): FoundTargets {
  const page = pageTextOf(runs)
  const taken: [number, number][] = []
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e)
  const search = (needle: string, from = 0): number => {
    for (let at = page.text.indexOf(needle, from); at >= 0; at = page.text.indexOf(needle, at + 1)) {
      if (free(at, at + needle.length)) return at
    }
    return -1
  }
  const boxes: PaneBox[] = []
  const missing: string[] = []
  for (const target of targets) {
    const needle = normalise(target.text)
    let range: [number, number] | null = null
    if (needle.length > 0) {
      const whole = search(needle)
      if (whole >= 0) range = [whole, whole + needle.length]
      else if (needle.length > ANCHOR * 2) range = anchored(needle, search)
    }
    if (!range) {
      missing.push(target.id)
      continue
    }
    taken.push(range)
    boxes.push(...boxesOf(page, runs, range[0], range[1], target.id))
  }
  return { boxes, missing }
}

/** The stretch from the needle's head to its tail, when both are on the page in that order and not too far apart. */
function anchored(needle: string, search: (needle: string, from?: number) => number): [number, number] | null {
  const head = search(needle.slice(0, ANCHOR))
  const tail = search(needle.slice(-ANCHOR), head < 0 ? 0 : head)
  if (head >= 0 && tail > head && tail + ANCHOR - head <= needle.length * 2) return [head, tail + ANCHOR]
  if (head >= 0) return [head, head + ANCHOR]
  if (tail >= 0) return [tail, tail + ANCHOR]
  return null
}
