// An int32 → int32 table for the detectors' hot loops: open addressing over one typed array (key
// and value side by side, so a probe touches one cache line), sized once, no per-entry allocation.
// Keys must be non-zero: a zeroed slot is empty.

export class IntTable {
  private readonly slots: Int32Array
  private readonly mask: number
  /** Fibonacci hashing: the product's top log2(size) bits pick the slot (all of them are needed). */
  private readonly shift: number

  constructor(entries: number) {
    let bits = 4
    while (1 << bits < entries * 2) bits++
    this.slots = new Int32Array((1 << bits) * 2)
    this.mask = (1 << bits) - 1
    this.shift = 32 - bits
  }

  private slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift
    while (this.slots[2 * i] !== 0 && this.slots[2 * i] !== key) i = (i + 1) & this.mask
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
