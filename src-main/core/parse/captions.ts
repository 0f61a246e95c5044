// Captions: a short block that ends in a photo credit (`通讯员 供图`, `新华社记者 X摄`,
// `Photo by …`, `NAME/Mustang Daily`). The credit is kept apart from the caption's words.

import type { Caption } from '../model'
import { codePointLength, execNearEnd, hasCjk } from './text'

const CREDIT_CN = /((?:新华社|中新社|人民视觉|视觉中国|本报)?(?:特约|首席)?(?:摄影)?(?:记者|通讯员)\s*[^\s。，,；;]{0,12}?\s*(?:供图|摄)|[^\s。，,；;]{1,12}\s*供图|(?:资料|网络)图片|图\s*[/／]\s*[^\s。，,]{1,12})\s*$/u
const CREDIT_EN = /((?:(?:staff|ap|daily|file)\s+)?photos?(?:graph)?\s*(?:by|courtesy(?:\s+of)?|:)\s*[^.]{2,60}|[A-Z][A-Za-z.' ]{2,40}\s*\/\s*[A-Z][\w«' ]{2,30})\s*\.?\s*$/iu

export function captionOf(text: string): Caption | null {
  const t = text.trim()
  const cjk = hasCjk(t)
  const limit = cjk ? 160 : 400
  // A code point is one or two UTF-16 units: over twice the limit in units is over it in points.
  if (t.length > 2 * limit) return null
  // Most blocks name no photo at all: a cheap look first, the full credit pattern only then.
  // A Chinese credit ends the block (…供图, …摄, …图片, 图/X): its mark is among the last characters.
  if (cjk ? !/[图摄]/u.test(t.length > 24 ? t.slice(-24) : t) : !/photo|\//iu.test(t)) return null
  if (codePointLength(t) > limit) return null
  // The credit closes the block: search its last characters (whole text only if it reaches further).
  const m = execNearEnd(cjk ? CREDIT_CN : CREDIT_EN, t, 128)
  if (!m) return null
  const body = t.slice(0, m.index).trim()
  // A credit alone is still a caption (a photo with no words); a long sentence that merely
  // mentions 记者 mid-paragraph is not, so the credit must be the block's tail.
  const strong = /(供图|摄|图\s*[/／])/u.test(m[1])
  if (cjk && body !== '' && !/[。！？.!?）)”」]$/u.test(body) && !/\s$/u.test(t.slice(0, m.index)) && !(strong && codePointLength(t) <= 80)) return null
  return { text: body, credit: m[1].trim() }
}
