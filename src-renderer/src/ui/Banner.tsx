// A message strip across the top of a view: errors (role=alert) or notices (role=status).
import type { ReactNode } from 'react'

export interface BannerProps {
  tone: 'error' | 'warning' | 'info'
  children: ReactNode
  onClose?: () => void
  closeLabel?: string
}

export function Banner({ tone, children, onClose, closeLabel }: BannerProps) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      <div className="banner-body">{children}</div>
      {onClose && (
        <button type="button" className="quiet" onClick={onClose} aria-label={closeLabel}>
          ×
        </button>
      )}
    </div>
  )
}
