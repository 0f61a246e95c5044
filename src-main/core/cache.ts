// Bounded caches keyed by block content hash. Re-detection after one accepted fix sees mostly the
// same blocks, so what a detector derives from a block's text is kept by the block's hash and an
// accept costs the changed blocks, not the whole issue. Bounded: a cache that fills is emptied.

const all: ContentCache<unknown>[] = []

export class ContentCache<V> {
  private readonly map = new Map<string, V>()
  constructor(private readonly limit: number) {
    all.push(this as ContentCache<unknown>)
  }

  get(key: string, make: () => V): V {
    const hit = this.map.get(key)
    if (hit !== undefined) return hit
    if (this.map.size >= this.limit) this.map.clear()
    const value = make()
    this.map.set(key, value)
    return value
  }

  clear(): void {
    this.map.clear()
  }
}

/** Empties every content cache: a benchmark measuring a first analysis calls it, so that what it
 * reports is what a never-seen archive costs. */
export function clearContentCaches(): void {
  for (const cache of all) cache.clear()
}
