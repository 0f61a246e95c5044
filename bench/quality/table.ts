// Plain-text tables for the quality benchmark: a label, a count, a rate, and the goal beside it
// with whether the figure meets it. Goals are printed, never enforced.

export interface Goal {
  /** `≥ 0.98`, `≤ 0.005`, `= 0`. */
  op: '≥' | '≤' | '='
  value: number
  /** Shown as a percentage (rates) or as a plain number (F1, counts). */
  as: 'percent' | 'number' | 'count'
}

export interface Row {
  label: string
  count?: string
  rate?: number
  goal?: Goal
}

export const pct = (x: number): string => `${(100 * x).toFixed(1)}%`
export const ratio = (n: number, d: number): number => (d ? n / d : Number.NaN)

function shown(x: number, as: Goal['as']): string {
  if (Number.isNaN(x)) return '–'
  return as === 'percent' ? pct(x) : as === 'count' ? String(x) : x.toFixed(3)
}

export function meets(x: number, goal: Goal): boolean {
  if (Number.isNaN(x)) return true
  return goal.op === '≥' ? x >= goal.value : goal.op === '≤' ? x <= goal.value : x === goal.value
}

export function goalText(goal: Goal): string {
  return `${goal.op} ${goal.as === 'percent' ? pct(goal.value) : String(goal.value)}`
}

/** The rows as aligned columns: label, count, rate, goal, met. */
export function table(title: string, rows: Row[]): string {
  const cells = rows.map((r) => {
    const as = r.goal?.as ?? 'percent'
    const rate = r.rate === undefined ? '' : shown(r.rate, as)
    const goal = r.goal ? goalText(r.goal) : ''
    const mark = r.goal && r.rate !== undefined ? (meets(r.rate, r.goal) ? 'met' : 'NOT MET') : ''
    return [r.label, r.count ?? '', rate, goal, mark]
  })
  const widths = [0, 1, 2, 3].map((i) => Math.max(0, ...cells.map((c) => [...c[i]].length)))
  const pad = (s: string, n: number, right = false): string => (right ? ' '.repeat(n - [...s].length) + s : s + ' '.repeat(n - [...s].length))
  const lines = cells.map((c) => `  ${pad(c[0], widths[0])}  ${pad(c[1], widths[1], true)}  ${pad(c[2], widths[2], true)}  ${pad(c[3], widths[3])}  ${c[4]}`.trimEnd())
  return [title, ...lines].join('\n')
}
