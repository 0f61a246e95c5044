// Page text → raw blocks with source offsets. Paragraphs are separated by blank lines where the
// page uses them; a page of one-line paragraphs (OCR dumps) makes a block per line; a page of
// short hard-wrapped lines is re-flowed into paragraphs at sentence ends.

import { endsSentence, joinPieces } from './text'

export interface RawBlock {
  /** 1–6 for `#` heading lines, 0 otherwise. */
  level: number
  text: string
  start: number
  end: number
  /** Page number set by a `<!-- galley:page NN -->` line in a multi-page export, if any. */
  pageMark?: string
}

interface Line {
  text: string
  start: number
  end: number
}

const PAGE_MARK = /^<!--\s*galley:page\s+(\S+)\s*-->$/u

function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (;;) {
    const nl = text.indexOf('\n', start)
    const end = nl === -1 ? text.length : nl
    lines.push({ text: text.slice(start, end), start, end })
    if (nl === -1) break
    start = nl + 1
  }
  return lines
}

type Layout = 'blank-separated' | 'line-per-paragraph' | 'wrapped'

function layoutOf(lines: Line[]): Layout {
  const filled = lines.filter((line) => line.text.trim() !== '')
  if (filled.length === 0) return 'blank-separated'
  const blanks = lines.length - filled.length
  if (blanks >= filled.length * 0.6) return 'blank-separated'
  const lengths = filled.map((line) => line.text.trim().length).sort((a, b) => a - b)
  const median = lengths[Math.floor(lengths.length / 2)]
  const open = filled.filter((line) => !endsSentence(line.text)).length
  if (median < 60 && open > filled.length * 0.5) return 'wrapped'
  return 'line-per-paragraph'
}

function isStandalone(text: string): boolean {
  return /^#{1,6}\s/u.test(text) || /^\*\*.+\*\*$/u.test(text) || PAGE_MARK.test(text)
}

export function rawBlocks(text: string): RawBlock[] {
  const lines = splitLines(text)
  const layout = layoutOf(lines)
  const blocks: RawBlock[] = []
  let open: RawBlock | null = null
  const close = () => {
    if (open) blocks.push(open)
    open = null
  }
  for (const line of lines) {
    const trimmed = line.text.trim()
    if (trimmed === '') {
      close()
      continue
    }
    const lead = line.text.length - line.text.trimStart().length
    const start = line.start + lead
    const end = line.start + line.text.trimEnd().length
    const mark = PAGE_MARK.exec(trimmed)
    if (mark) {
      close()
      blocks.push({ level: 0, text: '', start, end, pageMark: mark[1] })
      continue
    }
    const heading = /^(#{1,6})\s+(.*)$/u.exec(trimmed)
    if (heading) {
      close()
      blocks.push({ level: heading[1].length, text: heading[2].trim(), start, end })
      continue
    }
    if (isStandalone(trimmed) || layout === 'line-per-paragraph') {
      close()
      blocks.push({ level: 0, text: trimmed, start, end })
      continue
    }
    if (open) {
      const current: RawBlock = open
      current.text = joinPieces(current.text, trimmed)
      current.end = end
    } else {
      open = { level: 0, text: trimmed, start, end }
    }
    if (layout === 'wrapped' && endsSentence(trimmed)) close()
  }
  close()
  return blocks
}
