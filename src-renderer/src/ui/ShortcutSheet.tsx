// The keyboard shortcut sheet shown on `?`.
import { Dialog } from './Dialog'

export interface ShortcutSheetProps {
  title: string
  shortcuts: { keys: string[]; action: string }[]
  closeLabel: string
  onClose: () => void
}

export function ShortcutSheet({ title, shortcuts, closeLabel, onClose }: ShortcutSheetProps) {
  return (
    <Dialog title={title} onClose={onClose} className="shortcut-sheet">
      <table>
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.action}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' / '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        {closeLabel}
      </button>
    </Dialog>
  )
}
