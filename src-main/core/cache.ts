// Bounded caches keyed by block content hash. Re-detection after one accepted fix sees mostly the
// same blocks, so what a detector derives from a block's text is kept by the block's hash and an
// accept costs the changed blocks, not the whole issue. Bounded: a cache that fills is emptied.
// Full is a number of entries, or of what `weigh` counts of them (a string's length).

const all: ContentCache<unknown>[] = []

export class ContentCache<V> {
  private readonly map = new Map<string, V>()
  private weight = 0
  constructor(
    private readonly limit: number,
    private readonly weigh: ((value: V) => number) | null = null,
  ) {
    all.push(this as ContentCache<unknown>)
  }

  get(key: string, make: () => V): V {
    const hit = this.map.get(key)
    if (hit !== undefined) return hit
    const value = make()
    const weight = this.weigh ? this.weigh(value) : 1
    if (this.weight + weight > this.limit) this.clear()
    this.map.set(key, value)
    this.weight += weight
    return value
  }

  /** The value kept for `key`, if any, without making one. */
  peek(key: string): V | undefined {
    return this.map.get(key)
  }

  /** What the cache holds: its entries, or their weight. */
  get held(): number {
    return this.weight
  }

  clear(): void {
    this.map.clear()
    this.weight = 0
  }
}

/** Empties every content cache: a benchmark measuring a first analysis calls it, so that what it
 * reports is what a never-seen archive costs. */
export function clearContentCaches(): void {
  for (const cache of all) cache.clear()
}
