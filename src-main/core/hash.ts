// Short, fast, deterministic content hashes for block ids and op expectations (not for security).

const A0 = 0x811c9dc5
const B0 = 0x01000193 ^ 0x5bd1e995

/** 32-bit FNV-1a over UTF-16 code units, twice with different seeds, as 12 hex digits. */
export function contentHash(text: string): string {
  return hex(...step(A0, B0, text))
}

/** Both 32-bit halves, as 16 hex digits: what stands for a long text that is only ever compared
 * (the sent view of an issue remembers its findings by it, not by their JSON). */
export function digest(text: string): string {
  const [a, b] = step(A0, B0, text)
  return hex(a, b) + hex4(b)
}

/** contentHash(`${type}\0${text}`), without building the joined string (every block is hashed).
 * step()'s loop written out twice, in locals: the pair of halves it returns was two arrays made
 * for every block. */
export function blockHash(type: string, text: string): string {
  let a = A0
  let b = B0
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13)
  }
  a = Math.imul(a, 0x01000193)
  b = Math.imul(b, 0x5bd1e995) ^ (b >>> 13)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13)
  }
  return hex(a, b)
}

function step(a: number, b: number, text: string): [number, number] {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 13)
  }
  return [a, b]
}

const DIGITS = '0123456789abcdef'

/** The hex digit of `x`'s 4 bits at `shift`, as a char code. */
const digit = (x: number, shift: number): number => DIGITS.charCodeAt((x >>> shift) & 15)

/** b's last 4 hex digits. */
function hex4(b: number): string {
  return String.fromCharCode(digit(b, 12), digit(b, 8), digit(b, 4), digit(b, 0))
}

/** a's 8 hex digits, then b's first 4 (every block is hashed: one string built, not one a digit
 * appended, and no number → string → pad chain). */
function hex(a: number, b: number): string {
  return String.fromCharCode(
    digit(a, 28), digit(a, 24), digit(a, 20), digit(a, 16), digit(a, 12), digit(a, 8), digit(a, 4), digit(a, 0),
    digit(b, 28), digit(b, 24), digit(b, 20), digit(b, 16),
  )
}
