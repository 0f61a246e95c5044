// The speed bench's closing table: each figure beside its goal (issue 13), met or not. Goals are
// reported, never enforced.

export interface GoalRow {
  label: string
  value: string
  /** '' for a figure shown for context, with no goal of its own. */
  goal: string
  met: boolean | null
}

export function summaryTable(title: string, rows: GoalRow[]): string {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => [r.label, r.value, r.goal][i].length)))
  const lines = rows.map((r) => `  ${r.label.padEnd(widths[0])}  ${r.value.padStart(widths[1])}  ${r.goal.padEnd(widths[2])}  ${r.met === null ? '' : r.met ? 'met' : 'NOT met'}`.trimEnd())
  return [title, ...lines].join('\n')
}
