// Markdown and plain text in the input's own shape, so an export re-opens in Galley: `## ` per
// article, a byline line, paragraphs, `**subheads**`, captions with their credit, and unresolved
// jump lines kept. Several pages become one file with `<!-- galley:page NN -->` lines.

import type { Analysis } from '../analyze'
import type { Block } from '../model'

function blockLines(block: Block, plain: boolean): string {
  switch (block.type) {
    case 'subhead':
      return plain ? block.text : `**${block.text}**`
    // A caption too, as printed: its words and credit are both read from its text.
    default:
      return block.text
  }
}

/** The page a block was printed on. */
function pageOfBlock(block: Block): string | undefined {
  return block.page ?? block.source[0]?.page
}

function render(analysis: Analysis, plain: boolean): string {
  const { issue } = analysis
  // Pages as the articles know them: a re-opened export is one file holding several pages.
  const multiPage = issue.pages.length > 1 || new Set(issue.articles.flatMap((article) => article.pages)).size > 1
  const out: string[] = []
  let page: string | null = null
  const turnTo = (next: string | undefined) => {
    if (!multiPage || next === undefined || next === page) return
    page = next
    out.push(plain ? `— ${page} —` : `<!-- galley:page ${page} -->`)
  }
  for (const article of issue.articles) {
    turnTo(article.pages[0])
    if (article.headline.length > 0) out.push(plain ? article.headline.join(' ') : `## ${article.headline.join(' ')}`)
    for (const block of article.blocks) {
      // Where a merged story runs onto its next page, the export says so, so it re-opens whole.
      const printed = pageOfBlock(block)
      if (printed !== undefined && article.pages.includes(printed)) turnTo(printed)
      out.push(blockLines(block, plain))
    }
  }
  return `${out.join('\n\n')}\n`
}

export function toMarkdown(analysis: Analysis): string {
  return render(analysis, false)
}

export function toText(analysis: Analysis): string {
  return render(analysis, true)
}
