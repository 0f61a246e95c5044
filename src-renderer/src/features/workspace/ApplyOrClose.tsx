// The foot of a bulk-edit dialog: the button that sends the edit (and closes the dialog, so the
// editor sees the result) and Close.
import { useTranslation } from 'react-i18next'

export interface ApplyOrCloseProps {
  label: string
  disabled: boolean
  onApply: () => void
  onClose: () => void
}

export function ApplyOrClose({ label, disabled, onApply, onClose }: ApplyOrCloseProps) {
  const { t } = useTranslation()
  return (
    <div className="actions">
      <button
        type="button"
        className="primary"
        disabled={disabled}
        onClick={() => {
          onApply()
          onClose()
        }}
      >
        {label}
      </button>
      <button type="button" onClick={onClose}>
        {t('action.close')}
      </button>
    </div>
  )
}
