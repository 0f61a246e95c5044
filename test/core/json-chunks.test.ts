// JSON made piece by piece (the server's replies, the CLI's galley.issue/1): the same text as JSON.stringify, in bounded chunks.
import { describe, expect, it } from 'vitest'
import { jsonChunks, LazyList } from '../../src-main/core/export/json-chunks'

describe('piecewise JSON replies', () => {
  it('writes the same JSON as JSON.stringify, in chunks far smaller than a large view', () => {
    const article = (i: number) => ({ id: `a${i}`, headline: ['标题', 'deck'], blocks: [{ id: `b${i}`, text: '正文“引号”\n'.repeat(50), skipped: undefined }], reviewed: false })
    const reply = { ok: true, value: { summary: { id: 'x', date: null }, articles: Array.from({ length: 8000 }, (_, i) => article(i)), log: [undefined, 1], gone: undefined } }
    const chunks = [...jsonChunks(reply)]
    expect(chunks.join('')).toBe(JSON.stringify(reply))
    expect(chunks.length).toBeGreaterThan(4)
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(JSON.stringify(reply).length / 4)
    expect([...jsonChunks(reply, 2)].join('')).toBe(JSON.stringify(reply, null, 2))
    const edges = { a: [], b: {}, c: [[1, { d: [] }], 'x'], e: { f: { g: { h: [1, 2] } } } }
    expect([...jsonChunks(edges, 2)].join('')).toBe(JSON.stringify(edges, null, 2))
  })
})

describe('JSON of a list made as it is written', () => {
  it('makes each item only when its turn to be written comes, and writes what JSON.stringify does', () => {
    let made = 0
    const item = (i: number) => {
      made++
      return { id: `a${i}`, body: [{ type: 'paragraph', text: '正文'.repeat(200) }] }
    }
    const value = { schema: 'galley.issue/1', articles: new LazyList(4000, item), findings: [] }
    const chunks = jsonChunks(value, 2)
    chunks.next()
    // A 50 MB page's articles as galley.issue/1 were built whole before the first piece was written.
    expect(made).toBeGreaterThan(0)
    expect(made).toBeLessThan(4000)
    const whole = { schema: 'galley.issue/1', articles: Array.from({ length: 4000 }, (_, i) => item(i)), findings: [] }
    expect([...jsonChunks(value, 2)].join('')).toBe(JSON.stringify(whole, null, 2))
    expect(JSON.stringify(value, null, 2)).toBe(JSON.stringify(whole, null, 2))
  })
})
