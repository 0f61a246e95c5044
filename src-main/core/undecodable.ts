// Where a page stops decoding: the 1-based line, the byte offset and the bytes themselves of the
// first bad bytes, so the error sends an editor straight to them. Also the UTF-8 test decode uses
// to tell a damaged UTF-8 page from one in a legacy encoding. Only error paths run the scans here.

import iconv from 'iconv-lite'

/** Length of the well-formed UTF-8 sequence at `i` (1 for ASCII), 0 where none starts (WHATWG rules). */
export function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const c = bytes[i]
  if (c < 0x80) return 1
  let n: number
  let lo = 0x80
  let hi = 0xbf
  if (c >= 0xc2 && c <= 0xdf) n = 2
  else if (c >= 0xe0 && c <= 0xef) {
    n = 3
    if (c === 0xe0) lo = 0xa0 // overlong
    else if (c === 0xed) hi = 0x9f // surrogates
  } else if (c >= 0xf0 && c <= 0xf4) {
    n = 4
    if (c === 0xf0) lo = 0x90 // overlong
    else if (c === 0xf4) hi = 0x8f // above U+10FFFF
  } else return 0
  if (i + n > bytes.length || bytes[i + 1] < lo || bytes[i + 1] > hi) return 0
  for (let k = 2; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0
  return n
}

/**
 * Whether bytes that are not UTF-8 throughout are still mostly UTF-8: a page with a passage pasted
 * from another encoding, or a few stray bytes. A page in GBK, Big5, Shift_JIS or EUC-KR forms a
 * well-formed multi-byte UTF-8 sequence for at most about a fifth of its non-ASCII bytes (measured
 * on the samples); three in four is UTF-8 with damage, which no legacy reading can fix.
 */
export function mostlyUtf8(sample: Uint8Array): boolean {
  let wellFormed = 0
  let bad = 0
  for (let i = 0; i < sample.length; ) {
    if (sample[i] < 0x80) {
      i++
      continue
    }
    const n = utf8SequenceAt(sample, i)
    if (n > 0) {
      wellFormed++
      i += n
    } else {
      bad++
      i++
    }
  }
  return wellFormed >= 3 * bad && wellFormed >= 4
}

/** Byte offset of the first byte that starts no well-formed UTF-8 sequence, or -1. */
export function firstBadUtf8(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++
      continue
    }
    const n = utf8SequenceAt(bytes, i)
    if (n === 0) return i
    i += n
  }
  return -1
}

/** 1-based line of a byte offset in an ASCII-compatible page (LF, CRLF and lone CR end lines). */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++
  }
  return line
}

/** 1-based line of a character index in text not yet normalised. */
export function lineOfIndex(text: string, index: number): number {
  let line = 1
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++
  }
  return line
}

/** Offset in `bytes` of the character at `index` of their decoding `raw`: the length of the
 * prefix encoded again (exact for the encodings decode reads, whose good characters round-trip). */
export function byteOffsetOf(raw: string, index: number, encoding: string, bytes: Uint8Array): number {
  const bomBytes = raw.charCodeAt(0) === 0xfeff ? 0 : bomLength(bytes)
  return bomBytes + iconv.encode(raw.slice(0, index), encoding).length
}

function bomLength(bytes: Uint8Array): number {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 3
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 2
  return 0
}

/** `0xB0 0xA1`: up to `count` bytes from `offset`, as an editor's hex view shows them. */
export function hexAt(bytes: Uint8Array, offset: number, count: number): string {
  return [...bytes.subarray(offset, offset + count)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ')
}

/** The bytes of a bad UTF-8 run: up to four, stopping where ASCII or a good sequence starts again. */
export function badUtf8Run(bytes: Uint8Array, offset: number): number {
  let end = offset + 1
  while (end < bytes.length && end - offset < 4 && bytes[end] >= 0x80 && utf8SequenceAt(bytes, end) === 0) end++
  return end - offset
}

const DISPLAY_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
  big5: 'Big5',
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  'euc-kr': 'EUC-KR',
}

/** An encoding as people write it (GB18030, Windows-1252), for messages. */
export function encodingName(encoding: string): string {
  return DISPLAY_NAMES[encoding] ?? (encoding.startsWith('windows-') ? `Windows-${encoding.slice(8)}` : encoding.toUpperCase())
}
