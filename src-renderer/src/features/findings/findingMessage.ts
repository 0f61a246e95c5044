// A finding's message in the interface language: the core gives its wording's variant and values;
// the English text it also sends is the fallback for a variant this catalogue does not know yet.
import type { TFunction } from 'i18next'
import type { Finding } from '../../../../src-main/core/model'

export function findingMessage(t: TFunction, finding: Finding): string {
  if (!finding.params) return finding.message
  const key = `findingMessage.${finding.kind}.${finding.variant || 'default'}`
  const params = Object.fromEntries(Object.entries(finding.params).map(([name, value]) => [name, MARKERS.has(name) ? unbracketed(value) : value]))
  return t(key, { ...params, defaultValue: finding.message })
}

/** Params that carry a jump marker as printed; the catalogues set them in brackets of their own. */
const MARKERS = new Set(['jump', 'out', 'in'])
const PAIRS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']', '〔': '〕' }

/** `（下转第2版）` → `下转第2版`: a marker printed in brackets is shown in the message's brackets once. */
function unbracketed(value: string): string {
  if (value.length < 3) return value
  const close = PAIRS[value[0]]
  const last = value[value.length - 1]
  const inner = value.slice(1, -1)
  const matched = close !== undefined && (last === close || last === '）' || last === ')')
  return matched && !/[（(【[〔）)】\]〕]/u.test(inner) ? inner : value
}
