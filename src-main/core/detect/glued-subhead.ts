// paragraph-break, variant glued-subhead: a subhead the extractor glued to a paragraph's end
// (`…愈发敏锐灵敏。跨界赋能：让气象红利惠及田间地头与烟火人间` over `气象服务不止于…`). The
// paragraph-break detector already declines to join such a paragraph to the next; this offers what
// the editor needs instead: the subhead split off as a block of its own.

import type { Finding, Issue } from '../model'
import { hasCjk } from '../parse/text'
import { articleTitle, excerpt, expectOf, findingId } from './common'
import { gluedSubheadBefore } from './paragraph-break'

/** Below accept-all's bar: a title-like end of a paragraph is sometimes a sentence's first words. */
const CONFIDENCE = 0.45

/** Where the glued subhead starts: after the paragraph's last full stop. */
function subheadStart(text: string): number {
  return Math.max(text.lastIndexOf('。'), text.lastIndexOf('！'), text.lastIndexOf('？')) + 1
}

export function detectGluedSubheads(issue: Issue): Finding[] {
  const findings: Finding[] = []
  for (const article of issue.articles) {
    article.blocks.forEach((a, i) => {
      const b = article.blocks[i + 1]
      if (a.type !== 'paragraph' || b?.type !== 'paragraph' || a.byline || !hasCjk(a.text)) return
      if (!gluedSubheadBefore(a, b)) return
      const at = subheadStart(a.text)
      const subhead = a.text.slice(at).trim()
      // `（张嘉赫）`: a writer's name in brackets closes the story's paragraph; it heads nothing.
      if (/^[（(][^（()）]*[）)]$/u.test(subhead)) return
      const title = articleTitle(article)
      findings.push({
        id: findingId('paragraph-break', [a.id, 'glued-subhead']),
        kind: 'paragraph-break',
        variant: 'glued-subhead',
        articleIds: [article.id],
        blockIds: [a.id, b.id],
        message: `A subhead is glued to the end of a paragraph in “${title}”: “${subhead}”; split it off`,
        params: { article: title, subhead, before: excerpt(a.text.slice(0, at), 10, true), after: excerpt(b.text, 10) },
        confidence: CONFIDENCE,
        fix: [{ kind: 'split-off-subhead', blockId: a.id, at, expect: expectOf(a) }],
      })
    })
  }
  return findings
}
