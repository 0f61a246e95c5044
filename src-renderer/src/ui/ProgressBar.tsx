// A labelled progress bar (role=progressbar) for long tasks: analysis, export, review progress.
export interface ProgressBarProps {
  value: number
  max: number
  label: string
  /** Text shown beside the bar, e.g. "3 / 9". */
  detail?: string
}

export function ProgressBar({ value, max, label, detail }: ProgressBarProps) {
  const ratio = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={detail}
      >
        <div className="progress-fill" style={{ width: `${ratio * 100}%` }} />
      </div>
      {detail !== undefined && <span className="progress-detail">{detail}</span>}
    </div>
  )
}
