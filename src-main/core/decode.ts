// Bytes → text: detect the encoding (BOM, strict UTF-8, then chardet's guess), decode with
// iconv-lite, strip the BOM and normalise line ends. Refuses empty, binary and undecodable input.

import chardet from 'chardet'
import iconv from 'iconv-lite'
import { GalleyError } from './errors'
import { badUtf8Run, byteOffsetOf, encodingName, firstBadUtf8, hexAt, lineOfByte, lineOfIndex, mostlyUtf8 } from './undecodable'

export interface Decoded {
  text: string
  encoding: string
}

const SAMPLE = 64 * 1024

/** Why an encoding was tried, for the error when it fails. */
type Why = 'bom' | 'utf-8' | 'detected' | 'fallback'
const WHY: Record<Why, string> = {
  bom: 'its byte-order mark says so',
  'utf-8': 'most of it reads as UTF-8',
  detected: 'detected from its bytes',
  fallback: 'no encoding fit its bytes better',
}

export function decodePage(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new GalleyError('empty', `${file} is empty: there is no page text to read.`)
  const bom = bomEncoding(bytes)
  if (bom) {
    // A UTF-8 page says it is UTF-8: any bad byte in it is damage, never a reason to read it otherwise.
    // Its strict reading is its text (both decoders drop the BOM): it is not decoded a second time.
    const strict = bom.encoding === 'utf-8' ? strictUtf8(bytes) : null
    if (bom.encoding === 'utf-8' && strict === null) throw notUtf8(bytes, file, 'bom')
    return finish(withoutNul(strict ?? decodeAs(bytes, bom.encoding), bom.encoding, file, bytes), bom.encoding, file, { why: 'bom', bytes })
  }
  const sample = bytes.subarray(0, SAMPLE)
  // UTF-16 without a BOM, and binary data, both hold NUL bytes: one native scan of the whole page
  // rules both out for almost every page before any byte-by-byte look. NUL is no character of a
  // text page in any encoding, so one anywhere makes the page binary (UTF-16's are its ASCII).
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    const bomless16 = utf16WithoutBom(sample)
    if (bomless16) return finish(withoutNul(decodeAs(bytes, bomless16), bomless16, file, bytes), bomless16, file, { why: 'detected', bytes })
    throw binary(file, `a NUL byte at byte offset ${nul}`)
  }
  const utf8 = strictUtf8(bytes)
  // Most pages hold no character finish() or the binary count look for (CONTROL's and CR are all
  // UNDECODABLE's): one scan says so, and the page is done.
  if (utf8 !== null && !UNDECODABLE.test(utf8)) return clean(utf8, file)
  // Control bytes are themselves in UTF-8: only a text that holds some needs the binary count.
  if (utf8 !== null && !CONTROL.test(utf8)) return finish(utf8, 'utf-8', file)
  if (looksBinary(sample)) throw binary(file)
  if (utf8 !== null) return finish(utf8, 'utf-8', file)
  const guess = legacyEncoding(sample)
  // Strict UTF-8 failed above, so a UTF-8 "guess" is a damaged UTF-8 page: any legacy reading of
  // it would turn all its text into mojibake, so it is refused, saying where the damage is.
  if (guess?.encoding === 'utf-8') throw notUtf8(bytes, file, 'utf-8')
  if (!guess) {
    throw new GalleyError('undecodable', `${file} is in no encoding Galley can read (tried UTF-8, UTF-16, GB18030 and Big5); save it as UTF-8 and open it again.`)
  }
  const source = { why: guess.why, bytes }
  // A page under the sample's size was decoded whole while guessing: no second pass.
  if (guess.whole !== null && guess.whole.length === bytes.length) return finish(guess.whole.text, guess.encoding, file, source)
  return finish(decodeAs(bytes, guess.encoding), guess.encoding, file, source)
}

function binary(file: string, where?: string): GalleyError {
  const what = where ? `it holds binary data: ${where}` : 'it holds binary data'
  return new GalleyError('binary', `${file} is not a text file (${what}); open the page's text export instead.`)
}

function notUtf8(bytes: Uint8Array, file: string, why: Why): GalleyError {
  const offset = firstBadUtf8(bytes, why === 'bom' ? 3 : 0)
  const run = badUtf8Run(bytes, offset)
  const where = `line ${lineOfByte(bytes, offset)}, byte offset ${offset} (${hexAt(bytes, offset, run)})`
  // A lead and trail byte of GB's double-byte range: most likely a passage pasted from a GB page.
  const gb = run >= 2 && bytes[offset] >= 0x81 && bytes[offset] <= 0xfe && bytes[offset + 1] >= 0x40 && bytes[offset + 1] !== 0x7f
  return new GalleyError(
    'undecodable',
    `${file} does not decode as UTF-8 (${WHY[why]}): bad bytes at ${where}; part of the page was likely saved in another encoding${gb ? ' (GB18030 reads these bytes)' : ''}. Save all of it as UTF-8${gb ? ' or all as GB18030' : ''} and open it again.`,
  )
}

/** The NUL rule for pages whose bytes hold NULs by right (UTF-16, or any page with a BOM): applied to their text. */
function withoutNul(raw: string, encoding: string, file: string, bytes: Uint8Array): string {
  const at = raw.indexOf('\u0000')
  if (at === -1) return raw
  throw binary(file, `a NUL character at line ${lineOfIndex(raw, at)}, byte offset ${byteOffsetOf(raw, at, encoding, bytes)}`)
}

/** The platform's decoder where it knows the encoding (native, several times faster), else
 * iconv-lite. Not fatal: unreadable bytes become U+FFFD, which finish() counts. The single-byte
 * Western encodings always go to iconv-lite: Node built without full ICU has a `windows-1252`
 * TextDecoder that reads as Latin-1, turning curly quotes and dashes into control characters. */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  let decoder = decoders.get(encoding)
  if (decoder === undefined && /^(?:windows-125|iso-8859)/u.test(encoding)) decoders.set(encoding, (decoder = null))
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(encoding)
    } catch {
      decoder = null
    }
    decoders.set(encoding, decoder)
  }
  return decoder ? decoder.decode(bytes) : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
}
const decoders = new Map<string, TextDecoder | null>()

function bomEncoding(bytes: Uint8Array): { encoding: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be' }
  return null
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII-heavy text. */
function utf16WithoutBom(sample: Uint8Array): string | null {
  if (sample.length < 4) return null
  let evenNul = 0
  let oddNul = 0
  const n = sample.length - (sample.length % 2)
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenNul++
    if (sample[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) return 'utf-16le'
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) return 'utf-16be'
  // Chinese text in UTF-16 has few NULs (only its ASCII does): a reading that is nearly all
  // CJK, ASCII and punctuation is the text; binary data reads as noise either way.
  if (evenNul + oddNul === 0) return null
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const text = decodeAs(sample.subarray(0, n), encoding)
    const plain = text.match(/[\t\n\r\u0020-\u007e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2010-\u2027]/gu)?.length ?? 0
    if (plain >= text.length * 0.9 && /[\u4e00-\u9fff]/u.test(text)) return encoding
  }
  return null
}

/** The control characters looksBinary counts (all but tab, line ends, form feed and escape). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/u

function looksBinary(sample: Uint8Array): boolean {
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]
    if (byte === 0) return true
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++
  }
  return control > sample.length * 0.05
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes)
  } catch {
    return null
  }
}

/** Chinese dailies outside UTF-8 come as GB2312/GBK/GB18030; GB18030 decodes all three. */
function legacyEncoding(sample: Uint8Array): { encoding: string; why: Why; whole: { text: string; length: number } | null } | null {
  // Short GBK text is often guessed as EUC-JP or Big5; a clean GB18030 reading with Chinese in
  // it wins before any guess is asked for.
  const end = cleanEnd(sample)
  const head = sample.subarray(0, end)
  const gb = decodeAs(head, 'gb18030')
  const cleanChinese = (text: string): boolean => !text.includes('\uFFFD') && /[\u4e00-\u9fff]/u.test(text) && countUndecodable(text) === 0
  if (cleanChinese(gb)) {
    // Big5 bytes are valid GBK too, but read as GB they turn into kana, Greek, Cyrillic, box
    // drawing and private-use characters (GB's symbol rows): then Big5 is the reading, if clean.
    if (oddShare(gb) < ODD_LIMIT) return { encoding: 'gb18030', why: 'detected', whole: { text: gb, length: end } }
    const big5 = decodeAs(head, 'big5')
    if (cleanChinese(big5) && oddShare(big5) < ODD_LIMIT) return { encoding: 'big5', why: 'detected', whole: { text: big5, length: end } }
  }
  // Checked only now: a page no Chinese reading takes cleanly is where chardet would guess a
  // damaged UTF-8 page as something else; it also keeps this scan off every GB page's path.
  if (mostlyUtf8(sample)) return { encoding: 'utf-8', why: 'utf-8', whole: null }
  const guessed = (encoding: string, why: Why = 'detected') => ({ encoding, why, whole: null })
  const guesses = chardet.analyse(sample)
  for (const guess of guesses) {
    const name = guess.name.toLowerCase()
    if (name.startsWith('gb') || name === 'gbk') return guessed('gb18030')
    if (name === 'big5') return guessed('big5')
    if (name === 'shift_jis' || name === 'euc-jp' || name === 'euc-kr') return guessed(name)
    // Latin-1 as the web reads it: windows-1252, whose 0x80–0x9F are quotes and dashes, never the
    // C1 controls Latin-1 puts there.
    if (name === 'iso-8859-1') return guessed('windows-1252')
    if (name.startsWith('iso-8859') || name.startsWith('windows-125')) return guessed(name)
  }
  return iconv.encodingExists('gb18030') ? guessed('gb18030', 'fallback') : null
}

/** Characters a Chinese page hardly ever holds but a wrong double-byte reading is full of: Latin
 * with diacritics, Greek, Cyrillic, box drawing, kana, bopomofo, private use, vertical forms. */
const ODD_RANGES: readonly [number, number][] = [
  [0x00c0, 0x024f], [0x0370, 0x03ff], [0x0400, 0x04ff], [0x2500, 0x257f], [0x3040, 0x30ff], [0x3100, 0x312f], [0xe000, 0xf8ff], [0xfe30, 0xfe4f],
]
const ODD_LIMIT = 0.02

/** Share of the text's non-ASCII characters that are odd (one pass, no match arrays). */
function oddShare(text: string): number {
  let wide = 0
  let odd = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) continue
    wide++
    if (c >= 0x4e00 && c <= 0x9fff) continue
    for (const [lo, hi] of ODD_RANGES) {
      if (c >= lo && c <= hi) {
        odd++
        break
      }
    }
  }
  return wide === 0 ? 0 : odd / wide
}

/** The sample may end inside a multi-byte character; leave its last few bytes out of the test. */
function cleanEnd(sample: Uint8Array): number {
  return sample.length < 64 * 1024 ? sample.length : sample.length - 4
}

/** finish() of a UTF-8 reading that holds no UNDECODABLE character, so no CR and nothing
 * unreadable: only the blank-page check is left (and a BOM, which UNDECODABLE does not hold). */
function clean(raw: string, file: string): Decoded {
  if (raw.charCodeAt(0) === 0xfeff) return finish(raw, 'utf-8', file)
  if (!/\S/u.test(raw)) throw new GalleyError('empty', `${file} holds no text (only blank lines).`)
  return { text: raw, encoding: 'utf-8' }
}

function finish(raw: string, encoding: string, file: string, source?: { why: Why; bytes: Uint8Array }): Decoded {
  const bomless = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  const text = bomless.includes('\r') ? bomless.replace(/\r\n?/g, '\n') : bomless
  if (!/\S/u.test(text)) throw new GalleyError('empty', `${file} holds no text (only blank lines).`)
  const bad = countUndecodable(text)
  if (bad > Math.max(8, text.length * 0.01)) {
    const tried = source ? `${encodingName(encoding)} (${WHY[source.why]})` : encodingName(encoding)
    const where = source ? `, the first at ${firstUndecodableAt(raw, encoding, source.bytes)}` : ''
    throw new GalleyError('undecodable', `${file} does not decode as ${tried}: ${bad} unreadable characters${where}. Save it as UTF-8 and open it again.`)
  }
  return { text, encoding }
}

/** `line 12, byte offset 3456 (0xB0 0xA1)` for the first character countUndecodable counts. */
function firstUndecodableAt(raw: string, encoding: string, bytes: Uint8Array): string {
  let index = 0
  // Line ends are normalised after this reading: a CR here is no bad byte.
  while (index < raw.length && (raw.charCodeAt(index) === 0x0d || !isUndecodable(raw.charCodeAt(index)))) index++
  const offset = byteOffsetOf(raw, index, encoding, bytes)
  // A replacement character stands for one or two bytes a double-byte encoding could not read.
  const width = encoding.startsWith('utf-16') ? 2 : raw.charCodeAt(index) !== 0xfffd || /^(?:windows-125|iso-8859)/u.test(encoding) ? 1 : 2
  return `line ${lineOfIndex(raw, index)}, byte offset ${offset} (${hexAt(bytes, offset, width)})`
}

/** The characters countUndecodable counts; most pages hold none, and a native scan says so fast. */
// eslint-disable-next-line no-control-regex
const UNDECODABLE = /[\u0000-\u0008\u000b\u000d-\u001f\u0080-\u009f\ufffd]/u

function countUndecodable(text: string): number {
  if (!UNDECODABLE.test(text)) return 0
  let bad = 0
  for (let i = 0; i < text.length; i++) if (isUndecodable(text.charCodeAt(i))) bad++
  return bad
}

function isUndecodable(c: number): boolean {
  return c === 0xfffd || c === 0 || (c < 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0c) || (c >= 0x80 && c <= 0x9f)
}
