// A finding's message in the interface language: the core gives its wording's variant and values;
// the English text it also sends is the fallback for a variant this catalogue does not know yet.
import type { TFunction } from 'i18next'
import type { Finding } from '../../../../src-main/core/model'

export function findingMessage(t: TFunction, finding: Finding): string {
  if (!finding.params) return finding.message
  const key = `findingMessage.${finding.kind}.${finding.variant || 'default'}`
  return t(key, { ...finding.params, defaultValue: finding.message })
}
