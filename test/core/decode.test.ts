// decode: whatever bytes an archive hands us, the editor sees the same clean text or a clear error.
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodePage, GalleyError, parseIssue } from '../../src-main/core/index'
import { pageFromBytes, sourceOf } from './helpers'

const TEXT = '## 江畔新桥今日通车 两岸居民出行更便捷\n\n本报讯(记者 林晓) 昨日上午,横跨湘江的新桥正式通车。\n\n新桥全长一千二百米,设双向六车道。\n'

function expectError(bytes: Uint8Array, file: string, code: string): GalleyError {
  let caught: unknown
  try {
    decodePage(bytes, file)
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(GalleyError)
  const error = caught as GalleyError
  expect(error.code).toBe(code)
  expect(error.message).toContain(file)
  return error
}

describe('decode: reading a page file', () => {
  it('reads plain UTF-8', () => {
    expect(decodePage(new TextEncoder().encode(TEXT), '01.md').text).toBe(TEXT)
  })

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])
    const decoded = decodePage(bytes, '01.md')
    expect(decoded.text).toBe(TEXT)
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff)
  })

  it('reads a Windows-1252 English page with its curly quotes and dashes', () => {
    const english = '## Council Votes\n\n\u201cWe\u2019re done,\u201d the mayor said \u2014 and left. It cost $4\u00bd million.\n\nThe vote was 5\u20132.\n'
    const decoded = decodePage(new Uint8Array(iconv.encode(english, 'windows-1252')), '01.txt')
    expect(decoded.text).toBe(english)
    // No C1 control character (what a Latin-1 reading makes of 0x93, 0x94, 0x97).
    expect(decoded.text).not.toMatch(/[\u0080-\u009f]/u)
  })

  it('reads UTF-16 LE with a BOM', () => {
    const bytes = new Uint8Array(iconv.encode(TEXT, 'utf-16le', { addBOM: true }))
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe])
    const decoded = decodePage(bytes, '01.md')
    expect(decoded.text).toBe(TEXT)
    expect(decoded.encoding.toLowerCase()).toContain('16')
  })

  it('reads UTF-16 BE with a BOM', () => {
    const bytes = new Uint8Array(iconv.encode(TEXT, 'utf-16be', { addBOM: true }))
    expect([bytes[0], bytes[1]]).toEqual([0xfe, 0xff])
    expect(decodePage(bytes, '01.md').text).toBe(TEXT)
  })

  it('reads a GB18030 page of Chinese news', () => {
    const long = TEXT + '两岸商户表示,新桥通车后客流明显增加,周末的夜市也更热闹了。\n\n交通部门提醒,通车初期请市民按指示牌通行,注意安全。\n'
    const bytes = new Uint8Array(iconv.encode(long, 'gb18030'))
    const decoded = decodePage(bytes, '02.md')
    expect(decoded.text).toBe(long)
    expect(decoded.encoding.toLowerCase()).toMatch(/gb/)
  })

  it('reads a GBK page of Chinese news', () => {
    const long = TEXT + '据介绍,新桥建设历时三年,攻克了深水基础施工等多项技术难题。\n\n市民王先生说:“以前过江要绕行半小时,现在十分钟就到了。”\n'
    const bytes = new Uint8Array(iconv.encode(long, 'gbk'))
    expect(decodePage(bytes, '03.md').text).toBe(long)
  })

  it('turns CRLF line ends into LF', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n')
    const decoded = decodePage(new TextEncoder().encode(crlf), '01.md')
    expect(decoded.text).toBe(TEXT)
    expect(decoded.text).not.toContain('\r')
  })

  it('turns old Mac CR line ends into LF', () => {
    const cr = TEXT.replace(/\n/g, '\r')
    expect(decodePage(new TextEncoder().encode(cr), '01.md').text).toBe(TEXT)
  })

  it('turns CRLF into LF in UTF-16 and GB18030 files too', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n')
    expect(decodePage(new Uint8Array(iconv.encode(crlf, 'utf-16le', { addBOM: true })), '01.md').text).toBe(TEXT)
    expect(decodePage(new Uint8Array(iconv.encode(crlf + crlf, 'gb18030')), '01.md').text).toBe(TEXT + TEXT)
  })

  it('refuses an empty file, naming it', () => {
    expectError(new Uint8Array(), 'page-07.md', 'empty')
  })

  it('refuses a file of blank lines, naming it', () => {
    expectError(new TextEncoder().encode('\n\r\n   \n'), 'page-08.md', 'empty')
  })

  it('refuses a PNG opened by mistake, naming it', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0])
    expectError(png, 'scan-01.png', 'binary')
  })

  it('refuses text with NUL bytes in it as binary', () => {
    const bytes = new TextEncoder().encode('## 标题\n\n正文一段。\n')
    const withNul = new Uint8Array([...bytes.slice(0, 6), 0, 0, 0, 0x01, 0x02, 0x03, 0, ...bytes.slice(6)])
    expectError(withNul, '05.md', 'binary')
  })

  it('refuses bytes that are no readable text as undecodable or binary, never as a half result', () => {
    // Random high bytes with control characters: no encoding turns this into newspaper text.
    const junk = new Uint8Array(600)
    let x = 12345
    for (let i = 0; i < junk.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff
      junk[i] = 0x80 + (x % 0x7f)
    }
    junk[17] = 0x01
    let caught: unknown
    try {
      decodePage(junk, 'garbled.md')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(GalleyError)
    expect(['undecodable', 'binary']).toContain((caught as GalleyError).code)
    expect((caught as GalleyError).message).toContain('garbled.md')
  })

  it('a UTF-16 file cut in half mid-character still decodes or fails cleanly', () => {
    const bytes = new Uint8Array(iconv.encode(TEXT, 'utf-16le', { addBOM: true }))
    const odd = bytes.slice(0, bytes.length - 1)
    try {
      const decoded = decodePage(odd, 'odd.md')
      expect(decoded.text.startsWith(TEXT.slice(0, 20))).toBe(true)
    } catch (error) {
      expect(error).toBeInstanceOf(GalleyError)
    }
  })
})

describe('decode: other Chinese encodings', () => {
  // Traditional-character dailies (Taiwan, Hong Kong) come as Big5; Big5 bytes are also valid
  // GBK, so a GB reading "succeeds" with kana and symbols where the news should be.
  const TRAD = '## 捷運環狀線北段明年通車\n\n本報訊（記者 陳美玲）市政府昨日宣布，捷運環狀線北段工程進度超前，預計明年底通車，屆時將大幅縮短通勤時間。\n\n新線沿線將設置十二座車站，並規劃自行車停車場與公車轉乘區。\n'

  it('reads a Big5 page as Big5, not as GB mojibake', () => {
    const decoded = decodePage(new Uint8Array(iconv.encode(TRAD, 'big5')), '01.md')
    expect(decoded.encoding).toBe('big5')
    expect(decoded.text).toBe(TRAD)
  })

  it('still reads traditional characters saved as GB18030 as GB18030', () => {
    expect(decodePage(new Uint8Array(iconv.encode(TRAD, 'gb18030')), '01.md').text).toBe(TRAD)
  })

  it('reads UTF-16 LE and BE without a BOM (Chinese text has few NUL bytes)', () => {
    expect(decodePage(new Uint8Array(iconv.encode(TEXT, 'utf-16le')), '01.md').text).toBe(TEXT)
    expect(decodePage(new Uint8Array(iconv.encode(TEXT, 'utf-16be')), '01.md').text).toBe(TEXT)
  })
})

describe('decode: short and odd legacy files', () => {
  // A one-brief page is common (a correction notice, a weather box); it must not turn to mojibake.
  const BRIEF = '## 简讯\n\n城东路今起封闭施工。\n'

  // Regression (was a bug): short GBK text is guessed by chardet as EUC-JP / Big5 / Shift_JIS and decoded to
  // mojibake without an error (`## 简讯…` → `## 酒儷…`); Chinese pages should prefer GB18030.
  it('reads a short GBK brief as Chinese, not as Japanese or Big5 mojibake', () => {
    const decoded = decodePage(new Uint8Array(iconv.encode(BRIEF, 'gbk')), '04.md')
    expect(decoded.text).toBe(BRIEF)
  })

  // Regression (was a bug): 200 bytes of 0x80 decode (as Shift_JIS) to C1 control characters and are presented as text.
  it('refuses a file of C1 control bytes instead of presenting them as text', () => {
    expect(() => decodePage(new Uint8Array(200).fill(0x80), 'noise.md')).toThrow(GalleyError)
  })
})

describe('decode: offsets point into the decoded text', () => {
  it('every block of a CRLF GB18030 page shows its own lines', () => {
    const text = TEXT.replace(/\n/g, '\r\n') + '**新桥的“智慧”**\r\n\r\n桥面装有数百个传感器,实时监测车流与结构安全。\r\n'
    const p = pageFromBytes('01.md', new Uint8Array(iconv.encode(text, 'gb18030')))
    const issue = parseIssue([p])
    const blocks = issue.articles.flatMap((article) => article.blocks)
    expect(blocks.length).toBeGreaterThanOrEqual(3)
    for (const block of blocks) {
      for (const source of sourceOf([p], block)) {
        const shown = source.replace(/^#+\s*/, '').replace(/\*\*/g, '')
        expect(shown.replace(/\s/g, '')).toBe(block.text.replace(/\s/g, ''))
      }
    }
  })

  it('after leading blank lines and a BOM, a paragraph still points at exactly its own text', () => {
    const p = pageFromBytes('01.md', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('\n\n' + TEXT)]))
    const article = parseIssue([p]).articles[0]
    const paragraph = article.blocks.find((block) => block.type === 'paragraph')!
    expect(p.text.slice(paragraph.source[0].start, paragraph.source[0].end)).toBe(paragraph.text)
  })
})

describe('decode: saying what is wrong with an undecodable page', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)
  const join = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts))
  const LINES = Array.from({ length: 11 }, (_, i) => `第${i + 1}段:新桥全长一千二百米,设双向六车道,两岸居民出行更便捷。`).join('\n') + '\n'

  it('refuses a mostly-UTF-8 page with a GBK passage as UTF-8, with the line and byte offset of the first bad bytes', () => {
    const before = utf8(LINES + '市民说:')
    const bytes = join(before, new Uint8Array(iconv.encode('啊,以前过江要绕行半小时。', 'gbk')), utf8('\n\n' + LINES))
    const error = expectError(bytes, '01.md', 'undecodable')
    expect(error.message).toContain('does not decode as UTF-8')
    expect(error.message).toContain('line 12')
    expect(error.message).toContain(`byte offset ${before.length}`)
    expect(error.message).toContain('0xB0 0xA1')
  })

  it('refuses a UTF-8 page with one stray byte rather than reading the whole page in another encoding', () => {
    const before = utf8(LINES.repeat(3))
    const error = expectError(join(before, new Uint8Array([0xe9]), utf8(' 完。\n')), '02.md', 'undecodable')
    expect(error.message).toContain('does not decode as UTF-8')
    expect(error.message).toContain('line 34')
    expect(error.message).toContain(`byte offset ${before.length}`)
    expect(error.message).toContain('0xE9')
  })

  it('refuses a UTF-8 page with a BOM and a few bad bytes instead of showing them as replacement characters', () => {
    const before = join(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(LINES))
    const error = expectError(join(before, new Uint8Array([0xc0]), utf8('完。\n')), '05.md', 'undecodable')
    expect(error.message).toMatch(/UTF-8 \(its byte-order mark/u)
    expect(error.message).toContain('line 12')
    expect(error.message).toContain(`byte offset ${before.length}`)
  })

  it('names the detected legacy encoding, why it was chosen, and where its first unreadable character is', () => {
    const gb = new Uint8Array(iconv.encode(LINES, 'gb18030'))
    // A run of bytes no GB18030 reading makes anything of, far more than a page is allowed.
    const bad = new Uint8Array(40).fill(0xff)
    const error = expectError(join(gb, bad, gb), '03.md', 'undecodable')
    expect(error.message).toMatch(/GB18030 \(detected/u)
    expect(error.message).toContain('line 12')
    expect(error.message).toContain(`byte offset ${gb.length}`)
    expect(error.message).toContain('0xFF')
  })

  it('says a UTF-16 page was read as UTF-16 because of its byte-order mark', () => {
    const bom = new Uint8Array(iconv.encode(LINES, 'utf-16le', { addBOM: true }))
    // Lone surrogates: not text in any reading.
    const bad = new Uint8Array(new Array(20).fill([0x00, 0xdc]).flat())
    const error = expectError(join(bom, bad), '04.md', 'undecodable')
    expect(error.message).toMatch(/UTF-16LE \(its byte-order mark/u)
    expect(error.message).toContain('line 12')
    expect(error.message).toContain(`byte offset ${bom.length}`)
  })
})

describe('decode: one rule for NUL bytes over the whole page', () => {
  const long = '## 江畔新桥今日通车\n\n' + '新桥全长一千二百米,设双向六车道,两岸居民出行更便捷。\n\n'.repeat(2000)

  it('refuses a NUL byte after the first 64 KB as binary, as it does one at the start', () => {
    const bytes = new TextEncoder().encode(long)
    expect(bytes.length).toBeGreaterThan(100 * 1024)
    const withNul = new Uint8Array([...bytes.subarray(0, 90 * 1024 + 2), 0, ...bytes.subarray(90 * 1024 + 2)])
    const error = expectError(withNul, '06.md', 'binary')
    expect(error.message).toContain(`byte offset ${90 * 1024 + 2}`)
  })

  it('refuses a UTF-16 page whose text holds a NUL character, though its bytes hold many NULs', () => {
    const bytes = new Uint8Array(iconv.encode(TEXT + '\u0000' + TEXT, 'utf-16le', { addBOM: true }))
    expectError(bytes, '07.md', 'binary')
    expect(decodePage(new Uint8Array(iconv.encode(TEXT + TEXT, 'utf-16le', { addBOM: true })), '07.md').text).toBe(TEXT + TEXT)
  })
})
