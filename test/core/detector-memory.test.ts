// What the duplicate detector keeps in memory for a page: a 50 MB page's fingerprints and their
// index were most of the analysis' peak (issue 10 item 14), so their sizes are checked here.
import { describe, expect, it } from 'vitest'
import { detect, parseIssue, setStageHook } from '../../src-main/core/index'
import { derivedOf } from '../../src-main/core/detect/common'
import { ContentCache } from '../../src-main/core/cache'
import { IntTable } from '../../src-main/core/detect/int-table'
import { page } from './helpers'

describe('duplicate detector memory', () => {
  it('keeps the paragraphs\' fingerprints in one shared store, not an array of their own each', () => {
    const paragraph = '城东社区书屋日前开放，藏书五千余册，设有儿童阅览区和自习区，还专门为附近的老人准备了大字版图书和老花镜，深受居民欢迎。'
    // A phrase said twice within a paragraph gives it repeated fingerprints, which are kept once.
    const issue = parseIssue([page('01.md', ['## 社区书屋开门迎客', paragraph, `书屋天天开放，书屋天天开放，书屋天天开放，${paragraph}`].join('\n\n'))])
    detect(issue)
    const blocks = issue.articles.flatMap((article) => article.blocks).filter((block) => block.type === 'paragraph')
    expect(blocks).toHaveLength(2)
    const prints = blocks.map((block) => derivedOf(block).prints)
    for (const one of prints) expect(one?.length).toBeGreaterThan(0)
    // An array per block cost a buffer object and a store of its own beside it (16 MB on a 50 MB page).
    expect(prints[0]?.buffer).toBe(prints[1]?.buffer)
    expect(new Set(prints[1]).size).toBe(prints[1]?.length)
  })

  it('keeps comparable text within a budget, emptied when full', () => {
    // Kept for every block of a 50 MB page, comparable forms were 31 MB that stayed live (issue 10 item 14).
    const cache = new ContentCache<string>(100, (text) => text.length)
    const made: string[] = []
    const make = (text: string) => () => (made.push(text), text)
    cache.get('a', make('x'.repeat(60)))
    cache.get('b', make('y'.repeat(30)))
    expect(cache.held).toBe(90)
    // A hit is not made again.
    cache.get('a', make('never'))
    expect(made).toHaveLength(2)
    // Past the budget the cache is emptied first: it never holds more than its budget.
    cache.get('c', make('z'.repeat(20)))
    expect(cache.held).toBe(20)
    cache.get('a', make('x'.repeat(60)))
    expect(made).toHaveLength(4)
  })

  it('ends a stage after the parse and after each detector, with the issue\'s size', () => {
    const text = ['## 社区书屋开门迎客', '城东社区书屋日前开放，藏书五千余册。'].join('\n\n')
    const issue = parseIssue([page('01.md', text), page('02.md', text)])
    const sizes: number[] = []
    const previous = setStageHook((size) => sizes.push(size))
    try {
      detect(issue)
    } finally {
      setStageHook(previous)
    }
    // The parse's end, then ten detectors.
    expect(sizes.length).toBe(11)
    expect(new Set(sizes)).toEqual(new Set([issue.pages[0].text.length + issue.pages[1].text.length]))
  })

  it('indexes a very large page\'s fingerprints in well under twice the memory they take as pairs', () => {
    // 3.8 million fingerprints: a 50 MB Chinese page's. As pairs of int32 they take 30 MB.
    const entries = 3_800_000
    const table = new IntTable(entries)
    expect(table.bytes).toBeLessThanOrEqual(entries * 8 * 1.5)
  })

  it('finds every key it was given in a table filled to its planned size', () => {
    const entries = 50_000
    const table = new IntTable(entries)
    let wrong = 0
    for (let key = 1; key <= entries; key++) if (table.firstOrAdd(key * 7919, key) !== -1) wrong++
    for (let key = 1; key <= entries; key++) if (table.get(key * 7919) !== key) wrong++
    expect(wrong).toBe(0)
    expect(table.get(3)).toBe(-1)
  })
})
