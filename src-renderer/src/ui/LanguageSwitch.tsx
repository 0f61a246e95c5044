// Interface language chooser: each option is named in its own language.
export interface LanguageSwitchProps {
  value: string
  options: { value: string; label: string }[]
  label: string
  onChange: (value: string) => void
}

export function LanguageSwitch({ value, options, label, onChange }: LanguageSwitchProps) {
  return (
    <select className="language" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {options.map((o) => (
        <option key={o.value} value={o.value} lang={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  )
}
