// The edit log's append-only journal, beside its lowdb snapshot: one JSON record a line,
// `{"seq":N,"crc":"…","rec":{…}}`, the crc32 covering seq and record. An edit appends one line
// and fsyncs it, so its cost does not grow with the log. A crash mid-append leaves a torn last
// line (its newline unwritten), which reading ignores (and the next append cuts off); a whole line
// that cannot be read is damage, not a crash, and is reported.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { crc32 } from 'node:zlib'
import { errnoOf, toGalleyError } from './fs-errors'
import { recordProblem, type LogRecord } from './edit-log'

export interface JournalLine {
  seq: number
  rec: LogRecord
  /** Byte offset just past this line. */
  end: number
}

export interface JournalRead {
  lines: JournalLine[]
  /** Byte offset just past the last good line (where the next record goes). */
  end: number
  /** The file's size when read; more than `end` when a torn or damaged tail follows. */
  size: number
  /** Set when a whole line cannot be read: the journal was damaged, not torn by a crash. */
  damage: string | null
  /** Set when a whole line's checksum is right but its record is one this Galley does not know: a
   * newer Galley wrote it. Nothing after it is read, and nothing of the journal may be cut. */
  newer: string | null
  /** The file as it was read (null: there was none): what is in `lines` is what it held then. */
  stamp: FileStamp | null
}

/** A file's identity at one moment: a change of any part means it was written since. */
export interface FileStamp {
  mtimeMs: number
  size: number
  ino: number
}

export function encodeLine(seq: number, rec: LogRecord): string {
  const body = JSON.stringify(rec)
  return `{"seq":${seq},"crc":"${checksum(seq, body)}","rec":${body}}\n`
}

function checksum(seq: number, body: string): string {
  return crc32(`${seq}:${body}`).toString(16).padStart(8, '0')
}

/** Reads the journal from byte `from` to its end (a missing journal reads as empty). */
export function readJournal(file: string, from: number): JournalRead {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (err) {
    if (errnoOf(err) === 'ENOENT') return { lines: [], end: 0, size: 0, damage: null, newer: null, stamp: null }
    throw toGalleyError(err, file, 'read the edit journal')
  }
  let bytes: Buffer
  let size: number
  let stamp: FileStamp
  try {
    // Taken before the bytes are read, which stop at this size: another process appending meanwhile
    // changes the file from this stamp, so its line is read next time, never taken for a torn tail.
    const info = fstatSync(fd)
    size = info.size
    stamp = { mtimeMs: info.mtimeMs, size: info.size, ino: info.ino }
    bytes = Buffer.alloc(Math.max(0, size - from))
    let got = 0
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, from + got)
      if (n === 0) break
      got += n
    }
    bytes = bytes.subarray(0, got)
  } catch (err) {
    throw toGalleyError(err, file, 'read the edit journal')
  } finally {
    closeSync(fd)
  }
  return { ...parseJournal(bytes, from, size), stamp }
}

/** Splits journal bytes (starting at file offset `from`) into good lines; see readJournal. */
export function parseJournal(bytes: Buffer, from: number, size: number): Omit<JournalRead, 'stamp'> {
  const lines: JournalLine[] = []
  let end = from
  let offset = 0
  let damage: string | null = null
  let bad: string | null = null
  let newer: string | null = null
  while (offset < bytes.length) {
    const nl = bytes.indexOf(0x0a, offset)
    if (nl === -1) break // torn: the crash came before the line's end
    const text = bytes.subarray(offset, nl).toString('utf8')
    const line = text.trim() === '' ? null : decodeLine(text)
    if (line !== null && typeof line === 'object' && 'unknown' in line) {
      if (bad === null) newer = `line at byte ${from + offset}: ${line.unknown}`
      break
    }
    if (typeof line === 'string') bad ??= `line at byte ${from + offset}: ${line}`
    else if (line !== null) {
      if (bad !== null) {
        damage = bad
        break
      }
      end = from + nl + 1
      lines.push({ ...line, end })
    }
    offset = nl + 1
  }
  // A whole line (its newline written) that cannot be read is no torn write, even as the last: a
  // crash leaves the line's end unwritten. A record of a newer Galley, or damage: set aside, kept.
  if (newer === null) damage ??= bad
  return { lines, end, size, damage, newer }
}

function decodeLine(text: string): Omit<JournalLine, 'end'> | { unknown: string } | string {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return 'not JSON'
  }
  const { seq, crc, rec } = (parsed ?? {}) as { seq?: unknown; crc?: unknown; rec?: unknown }
  if (!Number.isInteger(seq) || typeof crc !== 'string') return 'no sequence number or checksum'
  if (checksum(seq as number, JSON.stringify(rec)) !== crc) return 'checksum does not match'
  const problem = recordProblem(rec)
  // Its checksum right: written whole, by a Galley that knows more records than this one.
  if (problem !== null) return { unknown: problem }
  return { seq: seq as number, rec: rec as LogRecord }
}
