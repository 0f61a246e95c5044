// JSON text made piece by piece, for a writer to send as it goes: a 50 MB page's issue view or
// galley.issue/1 is tens of MB of JSON, and one string of it (two bytes a character for CJK text)
// plus its UTF-8 copy were most of the peak memory of the server and the CLI. The same text as
// JSON.stringify(value, null, indent) of plain data.

/** Arrays and objects this deep are opened up; anything deeper is one JSON.stringify each (an article, a finding). */
const OPEN_DEPTH = 3
const CHUNK_CHARS = 256 * 1024

/** A list whose items are made one at a time as the JSON is written, each let go once written: a
 * 50 MB page's articles as galley.issue/1 were 15 MB more memory when built whole first. Written
 * (by jsonChunks and by JSON.stringify alike) as the array of its items. */
export class LazyList<T> {
  constructor(
    readonly length: number,
    readonly at: (index: number) => T,
  ) {}

  toJSON(): T[] {
    return Array.from({ length: this.length }, (_, index) => this.at(index))
  }
}

const skipped = (item: unknown): boolean => item === undefined || typeof item === 'function' || typeof item === 'symbol'

function* pieces(value: unknown, depth: number, indent: number): Generator<string> {
  const pad = indent > 0 ? `\n${' '.repeat(indent * depth)}` : ''
  const inner = indent > 0 ? `\n${' '.repeat(indent * (depth + 1))}` : ''
  const lazy = value instanceof LazyList
  if (depth >= OPEN_DEPTH || value === null || typeof value !== 'object' || ('toJSON' in value && !lazy)) {
    const json = JSON.stringify(value, null, indent) ?? 'null'
    yield indent > 0 && depth > 0 ? json.replaceAll('\n', pad) : json
    return
  }
  if (Array.isArray(value) || lazy) {
    const list = value as unknown[] | LazyList<unknown>
    if (list.length === 0) return yield '[]'
    yield '['
    for (let i = 0; i < list.length; i++) {
      yield i > 0 ? `,${inner}` : inner
      // As JSON.stringify: undefined, functions and symbols in an array are null.
      const item: unknown = list instanceof LazyList ? list.at(i) : list[i]
      if (skipped(item)) yield 'null'
      else yield* pieces(item, depth + 1, indent)
    }
    yield `${pad}]`
    return
  }
  const entries = Object.entries(value).filter(([, item]) => !skipped(item))
  if (entries.length === 0) return yield '{}'
  yield '{'
  for (const [i, [key, item]] of entries.entries()) {
    yield `${i > 0 ? ',' : ''}${inner}${JSON.stringify(key)}:${indent > 0 ? ' ' : ''}`
    yield* pieces(item, depth + 1, indent)
  }
  yield `${pad}}`
}

/** The JSON text of `value` (indented as JSON.stringify's `indent` spaces) in pieces of about CHUNK_CHARS characters. */
export function* jsonChunks(value: unknown, indent = 0): Generator<string> {
  let buffered = ''
  for (const piece of pieces(value, 0, indent)) {
    buffered += piece
    if (buffered.length >= CHUNK_CHARS) {
      yield buffered
      buffered = ''
    }
  }
  if (buffered) yield buffered
}
