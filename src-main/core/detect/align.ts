// Approximate matching for the duplicate detector: how many edits does it take to turn all of
// `copy` into some stretch of `original` (semi-global edit distance), when that is at most `k`?
// Ukkonen's cut-off: each column of the table is computed only down to the last row still within
// k edits, so the work is about k × |original| rather than |copy| × |original|.

/** The fewest edits (≤ k) aligning all of `copy` to a stretch of `original`, or null when more. */
export function editsWithin(copy: string, original: string, k: number): number | null {
  const n = copy.length
  const m = original.length
  // col[i]: edits to align copy[0, i) ending at the current position of `original`.
  const col = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) col[i] = i
  let last = Math.min(k, n) // the last row whose value is ≤ k
  let best = n <= k ? n : k + 1 // column 0: all of `copy` deleted
  for (let j = 1; j <= m; j++) {
    const c = original.charCodeAt(j - 1)
    const limit = Math.min(n, last + 1)
    let diagonal = 0 // row 0 is free: an alignment may start anywhere in `original`
    let above = 0
    for (let i = 1; i <= limit; i++) {
      const left = col[i]
      const value = Math.min(diagonal + (copy.charCodeAt(i - 1) === c ? 0 : 1), left + 1, above + 1)
      diagonal = left
      col[i] = value
      above = value
    }
    // Rows below `limit` are over k in this column; the next column reads at most one of them.
    if (limit < n) col[limit + 1] = k + 1
    last = limit
    while (last > 0 && col[last] > k) last--
    if (limit === n && col[n] < best) best = col[n]
  }
  return best <= k ? best : null
}
