// An int32 → int32 table for the detectors' hot loops: open addressing over one typed array (key
// and value side by side, so a probe touches one cache line), sized once, no per-entry allocation.
// Keys must be non-zero: a zeroed slot is empty.

/** Slots per entry: about 70% full at most. A power-of-two size left a table between 25% and 50%
 * full, 67 MB for a 50 MB page's fingerprints where 40 MB serve. */
const SLOTS_PER_ENTRY = 1.45

export class IntTable {
  private readonly slots: Int32Array
  private readonly size: number

  constructor(entries: number) {
    this.size = Math.max(16, Math.ceil(entries * SLOTS_PER_ENTRY))
    this.slots = new Int32Array(this.size * 2)
  }

  /** What the table holds in memory. */
  get bytes(): number {
    return this.slots.byteLength
  }

  private slot(key: number): number {
    // Fibonacci hashing spreads the key over 32 bits; scaling by the size (multiply, then the
    // top bits) picks a slot without needing a power of two.
    const slots = this.slots
    const size = this.size
    // The product is below 2^32 · size, so the quotient is below size: a 32-bit truncation floors it.
    let i = (((Math.imul(key, 0x9e3779b1) >>> 0) * size) / 4294967296) | 0
    for (let held = slots[2 * i]; held !== 0 && held !== key; held = slots[2 * i]) if (++i === size) i = 0
    return i
  }

  /** The value of `key`, or -1. */
  get(key: number): number {
    const i = this.slot(key)
    return this.slots[2 * i] === key ? this.slots[2 * i + 1] : -1
  }

  set(key: number, value: number): void {
    const i = this.slot(key)
    this.slots[2 * i] = key
    this.slots[2 * i + 1] = value
  }

  /** The value `key` already has, or -1 after giving it `value`: a lookup and an insert in one probe. */
  firstOrAdd(key: number, value: number): number {
    const i = this.slot(key)
    if (this.slots[2 * i] === key) return this.slots[2 * i + 1]
    this.slots[2 * i] = key
    this.slots[2 * i + 1] = value
    return -1
  }
}
