// Character differences between two copies of a repeated passage: paragraphs are aligned first,
// then each pair is diffed with jsdiff under a time and edit bound, so a huge pair cannot freeze the window.
import { diffArrays, diffChars } from 'diff'

export type HunkKind = 'same' | 'added' | 'removed'

export interface Hunk {
  kind: HunkKind
  text: string
}

export interface AlignedPair {
  left: string | null
  right: string | null
  /** null when the pair was too large or too different to compare within the bounds. */
  hunks: Hunk[] | null
}

export interface DiffBounds {
  timeoutMs: number
  maxEditLength: number
  maxLength: number
}

export const DEFAULT_BOUNDS: DiffBounds = { timeoutMs: 60, maxEditLength: 4000, maxLength: 20000 }

function edges(text: string): [string, string] {
  const chars = Array.from(text)
  return [chars.slice(0, 8).join(''), chars.slice(-8).join('')]
}

/** Two paragraphs count as the same paragraph when they open or close alike (OCR noise elsewhere). */
export function sameParagraph(a: string, b: string): boolean {
  if (a === b) return true
  const [aHead, aTail] = edges(a)
  const [bHead, bTail] = edges(b)
  return aHead === bHead || aTail === bTail || a.startsWith(b) || b.startsWith(a)
}

export function diffPair(left: string, right: string, bounds: DiffBounds = DEFAULT_BOUNDS): Hunk[] | null {
  if (left === right) return [{ kind: 'same', text: left }]
  if (left.length > bounds.maxLength || right.length > bounds.maxLength) return null
  const changes = diffChars(left, right, { timeout: bounds.timeoutMs, maxEditLength: bounds.maxEditLength })
  if (!changes) return null
  return changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }))
}

export function alignCopies(left: readonly string[], right: readonly string[], bounds: DiffBounds = DEFAULT_BOUNDS): AlignedPair[] {
  const pairs: AlignedPair[] = []
  const parts = diffArrays([...left], [...right], { comparator: sameParagraph })
  let pendingLeft: string[] = []
  const flush = (rights: string[]) => {
    // A removed run followed by an added run: pair them up in order (the same paragraphs, changed more).
    const n = Math.max(pendingLeft.length, rights.length)
    for (let i = 0; i < n; i++) {
      const l = pendingLeft[i] ?? null
      const r = rights[i] ?? null
      pairs.push({ left: l, right: r, hunks: l !== null && r !== null ? diffPair(l, r, bounds) : null })
    }
    pendingLeft = []
  }
  let li = 0
  let ri = 0
  for (const part of parts) {
    if (part.removed) {
      pendingLeft.push(...left.slice(li, li + part.count))
      li += part.count
    } else if (part.added) {
      flush(right.slice(ri, ri + part.count))
      ri += part.count
    } else {
      flush([])
      for (let i = 0; i < part.count; i++) {
        const l = left[li++] as string
        const r = right[ri++] as string
        pairs.push({ left: l, right: r, hunks: diffPair(l, r, bounds) })
      }
    }
  }
  flush([])
  return pairs
}
