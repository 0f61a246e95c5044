// The duplicate detector's alignment: Ukkonen's cut-off must give exactly what the whole table
// gives whenever the answer is within k edits.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { editsWithin } from '../../src-main/core/detect/align'
import { IntTable } from '../../src-main/core/detect/int-table'

/** The plain table: fewest edits turning all of `a` into some stretch of `b`. */
function reference(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, () => 0)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1)
    prev = cur
  }
  return Math.min(...prev)
}

describe('semi-global alignment with a cut-off', () => {
  it('agrees with the whole table whenever the answer is within k', () => {
    const text = fc.string({ unit: fc.constantFrom('绿', '道', '驿', '站', 'a', 'b'), maxLength: 30 })
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 12 }), (a, b, k) => {
        const want = reference(a, b)
        expect(editsWithin(a, b, k)).toBe(want <= k ? want : null)
      }),
      { numRuns: 2000 },
    )
  })

  it('finds a noisy copy inside a longer text, and not a paraphrase', () => {
    const original = '绿道沿线设置了二十个驿站提供饮用水休息座椅和共享单车停放点'
    expect(editsWithin('设置了二十个驿沾提供饮用水', original, 2)).toBe(1)
    expect(editsWithin('设置了三十多个休息点并提供饮用水', original, 2)).toBeNull()
  })
})

describe('the detectors’ int table', () => {
  it('behaves like a Map for any non-zero int32 keys', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).filter((k) => k !== 0), fc.nat()), { maxLength: 300 }), (entries) => {
        const table = new IntTable(entries.length)
        const map = new Map<number, number>()
        for (const [key, value] of entries) {
          expect(table.firstOrAdd(key, value)).toBe(map.get(key) ?? -1)
          if (!map.has(key)) map.set(key, value)
        }
        for (const [key] of entries) expect(table.get(key)).toBe(map.get(key))
        expect(table.get(123456789)).toBe(map.get(123456789) ?? -1)
      }),
    )
  })
})
