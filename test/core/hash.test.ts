// Block hashes are stored in edit logs (ops expect them): the fast path must give exactly the
// hash of the joined string that earlier versions wrote, or every saved log would conflict.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockHash, contentHash, digest } from '../../src-main/core/hash'

describe('block hashes', () => {
  it('blockHash(type, text) is contentHash of `type\\0text`, for any text', () => {
    fc.assert(
      fc.property(fc.constantFrom('paragraph', 'headline', 'subhead', 'jump', 'caption', 'byline'), fc.string({ unit: 'binary' }), (type, text) => {
        expect(blockHash(type, text)).toBe(contentHash(`${type}\u0000${text}`))
      }),
    )
  })

  it('keeps the values saved logs hold', () => {
    // Values written by the first release's hash (a saved op's `expect` holds such strings).
    expect(contentHash('')).toBe('811c9dc55ad1')
    expect(blockHash('paragraph', '株洲日报讯 日前,')).toBe('7f06ee34c2c3')
    expect(blockHash('paragraph', 'a')).not.toBe(blockHash('subhead', 'a'))
  })

  it('digests a text in 16 hex digits that begin with its content hash and tell one-unit changes apart', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 1 }), (text, unit) => {
        const d = digest(text)
        expect(d).toMatch(/^[0-9a-f]{16}$/)
        expect(d.slice(0, 12)).toBe(contentHash(text))
        expect(digest(text + unit)).not.toBe(d)
      }),
    )
  })
})

