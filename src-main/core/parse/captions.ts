// Captions: a short block that ends in a photo credit (`通讯员 供图`, `新华社记者 X摄`,
// `Photo by …`, `NAME/Mustang Daily`). The credit is kept apart from the caption's words.

import type { Caption } from '../model'
import { codePointLength, codePointsOver, execNearEnd, foldHant, hasCjk, opensOnDateline } from './text'

const CREDIT_CN = new RegExp(
  // Each credit bare or in brackets: `新华社记者 X摄`, `（新华社记者X摄）`, `（资料图片）`.
  '([（(]?\\s*(?:' +
    [
      '(?:新华社|中新社|人民视觉|视觉中国|本报)?(?:特约|首席|全媒体|融媒体)?(?:摄影)?(?:记者|通讯员)\\s*[^\\s。，,；;（）()]{0,12}?(?:\\s+[^\\s。，,；;（）()]{1,6}?)?\\s*(?:供图|摄影|摄)',
      '[^\\s。，,；;]{1,12}\\s*供图',
      '(?:资料|网络)图片?',
      '图\\s*[/／｜|]\\s*[^\\s。，,]{1,12}',
      // `图片来源：视觉中国`, `图片由某公司提供`: where the picture came from
      '图片来源\\s*[：:]\\s*[^\\s。，,]{1,16}',
      '图片由[^。，,；;]{1,20}提供',
      // `张三 摄`, `（张三 摄）`, `张三/摄` after a sentence or a space: a name and 摄, nothing else
      '(?<=[\\s。！？）)”])[（(]?\\s*[\\u4e00-\\u9fff·]{2,5}\\s*[/／]?\\s*摄\\s*[)）]?',
      // agency and picture-agency credits: `新华社发`, `新华社发（张三 摄）`, `视觉中国`
      '(?:新华社|中新社)发(?:\\s*[（(][^（）()]{1,20}[)）])?',
      '(?<=[\\s。！？])(?:视觉中国|东方IC|图虫创意|IC\\s*photo)',
    ].join('|') +
    ')\\s*[)）]?)\\s*$',
  'u',
)
const CREDIT_EN = /(\(?\s*(?:(?:staff|ap|daily|file)\s+)?photos?(?:graph)?\s*(?:by|courtesy(?:\s+of)?|:)\s*[^.]{2,60}|(?<![/|]\s*)\(?\s*(?:staff|file|submitted|contributed|courtesy)\s+photo\s*\)?|\(?\s*(?:ap|upi)\s+(?:laser|wire|tele)photo\s*\)?|\(\s*(?:ap|upi|reuters|afp)?\s*photos?\s*\/\s*[^()]{2,40}\))\s*\.?\s*$/iu
/** How every Chinese credit ends (or, for `图/X`, what it holds near the end): checked first, as
 * almost no paragraph ends so and the full pattern is costly. */
const CN_CREDIT_END = /(?:供图|摄|摄影|图片|资料图|提供|社发|视觉中国|东方IC|图虫创意|photo)\s*[)）]?\s*$|图\s*[/／｜|]|图片来源/u

/** The last character each credit CN_CREDIT_END knows ends on (供图, 摄, 摄影, 图片, 资料图, 提供, 社发,
 * 视觉中国, 东方IC, 图虫创意, photo), in either form foldHant reads. */
const CREDIT_LAST = new Set('图圖摄攝影片发發国C意o供')

/** What CN_CREDIT_END needs of a tail, without folding it or running the pattern: a 图 (图/X, and
 * the credits that end in one), or a credit's last character before a closing bracket and spaces. */
function mayEndInCredit(tail: string): boolean {
  if (tail.includes('图') || tail.includes('圖')) return true
  let t = tail.trimEnd()
  if (t.endsWith(')') || t.endsWith('）')) t = t.slice(0, -1).trimEnd()
  return CREDIT_LAST.has(t.slice(-1))
}

/** `JANE DOE/Staff`, `Jane Doe/Mustang Daily`, `Jane Doe | The Times`: capitalised name words, a
 * slash or bar, the paper; not a writer's job (`JANE DOE / Staff Writer` is a byline). */
const CREDIT_EN_SLASH = /((?:[A-Z][A-Za-z.'’-]*\s+){0,3}[A-Z][A-Za-z.'’-]*\s*[/|]\s*(?![\w«'’ ]*\b(?:[Ww]riter|WRITER|[Rr]eporter|REPORTER|[Cc]orrespondent|[Cc]olumnist|[Ee]ditor)\b)[A-Z][\w«'’ ]{2,30})\s*\.?\s*$/u

/** `▲市民在…`: the mark Chinese papers open a caption with (never `▲▲上接…`); with a credit
 * after it a caption, without one as often an item of a list. */
const MARKED_CN = /^[▲△](?![▲△]*\s*(?:上接|接))\s*/u
/** `图为…`, `图：…`: a caption's own opening words, in a short block. */
const PICTURE_CN = /^(?:图为|图\s*[：:])/u

export function captionOf(text: string): Caption | null {
  const t = text.trim()
  const credited = creditedCaption(t)
  if (credited) return MARKED_CN.test(t) ? { ...credited, text: credited.text.replace(MARKED_CN, '') } : credited
  return PICTURE_CN.test(t) && !codePointsOver(t, 60) && !/[；;，,、]$/u.test(t) ? { text: t, credit: '' } : null
}

/** A block that ends in a photo credit: its words and the credit. */
function creditedCaption(t: string): Caption | null {
  const cjk = hasCjk(t)
  // A story's dateline opens its text, never a caption (`本报讯 昨日，…。（周平）` run into the
  // photo's caption under it on a hard-wrapped page is that story's paragraph).
  if (cjk && opensOnDateline(t)) return null
  const limit = cjk ? 160 : 400
  // A code point is one or two UTF-16 units: over twice the limit in units is over it in points.
  if (t.length > 2 * limit) return null
  // Most blocks name no photo at all: a cheap look first, the full credit pattern only then.
  // Chinese patterns are matched in simplified form (記者…攝 as 记者…摄), at the same offsets.
  const tail = t.length > 24 ? t.slice(-24) : t
  if (cjk ? !(mayEndInCredit(tail) && CN_CREDIT_END.test(foldHant(tail))) : !/photo|[/|]/iu.test(t)) return null
  if (codePointLength(t) > limit) return null
  const f = cjk ? foldHant(t) : t
  // The credit closes the block: search its last characters (whole text only if it reaches further).
  const found = cjk ? execNearEnd(CREDIT_CN, f, 48) : (execNearEnd(CREDIT_EN, t, 128) ?? execNearEnd(CREDIT_EN_SLASH, t, 128))
  if (!found) return null
  const m = { index: found.index, 0: t.slice(found.index, found.index + found[0].length), 1: t.slice(found.index, found.index + found[1].length) }
  // A dash that leads into the credit (`… — Photo courtesy of …`) belongs to neither part.
  const body = t.slice(0, m.index).replace(/\s*[—–-]+\s*$/u, '').trim()
  if (!cjk && m[0] !== t && body !== '' && !/[.!?”")]$/u.test(body)) {
    // `…on Front Street. JIM LEE/Staff`: the credit's name took the sentence's last word.
    const stop = /[.!?”"]\s+(?=\S)/u.exec(m[1])
    const credit = stop ? m[1].slice(stop.index + stop[0].length) : ''
    if (!stop || !CREDIT_EN_SLASH.test(credit)) return null
    return { text: t.slice(0, m.index + stop.index + 1).trim(), credit: credit.trim() }
  }
  // A credit alone is still a caption (a photo with no words); a long sentence that merely
  // mentions 记者 mid-paragraph is not, so the credit must be the block's tail.
  const strong = /(供图|摄|图\s*[/／｜|]|图片来源|提供)/u.test(foldHant(m[1]))
  if (cjk && body !== '' && !/[。！？.!?）)”」]$/u.test(body) && !/\s$/u.test(t.slice(0, m.index)) && !(strong && codePointLength(t) <= 80)) return null
  return { text: body, credit: m[1].trim() }
}
