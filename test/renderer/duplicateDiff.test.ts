// Aligning two copies of a repeated passage and diffing them within bounds.
import { describe, expect, it } from 'vitest'
import { alignCopies, diffPair } from '../../src-renderer/src/features/findings/duplicateDiff'

describe('duplicate diff', () => {
  it('aligns a copy cut short against the whole one', () => {
    const pairs = alignCopies(['甲段落文字一二三四五六', '乙段落文字一二三四五六', '丙段落文字一二三四五六'], ['甲段落文字一二三四五六', '乙段落文字一二三'])
    expect(pairs.map((p) => [p.left?.[0], p.right?.[0] ?? null])).toEqual([
      ['甲', '甲'],
      ['乙', '乙'],
      ['丙', null],
    ])
    expect(pairs[1]?.hunks?.filter((h) => h.kind === 'removed').map((h) => h.text)).toEqual(['四五六'])
  })

  it('gives up (null) instead of freezing on a huge, very different pair', () => {
    const a = Array.from({ length: 30000 }, (_, i) => String.fromCharCode(0x4e00 + (i % 500))).join('')
    const b = Array.from({ length: 30000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7) % 499))).join('')
    const started = performance.now()
    expect(diffPair(a, b)).toBeNull()
    expect(diffPair(a.slice(0, 9000), b.slice(0, 9000))).toBeNull()
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
