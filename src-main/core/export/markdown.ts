// Markdown and plain text in the input's own shape, so an export re-opens in Galley: `## ` per
// article, a byline line, paragraphs, `**subheads**`, captions with their credit, and unresolved
// jump lines kept. Several pages become one file with `<!-- galley:page NN -->` lines.

import type { Analysis } from '../analyze'
import type { Article, Block } from '../model'

function blockLines(block: Block, plain: boolean): string {
  switch (block.type) {
    case 'subhead':
      return plain ? block.text : `**${block.text}**`
    case 'caption':
      return block.caption ? [block.caption.text, block.caption.credit].filter(Boolean).join(block.caption.text.match(/[\u3400-\u9fff。]$/u) ? '' : ' ') : block.text
    default:
      return block.text
  }
}

function articleText(article: Article, plain: boolean): string {
  const lines: string[] = []
  if (article.headline.length > 0) lines.push(plain ? article.headline.join(' ') : `## ${article.headline.join(' ')}`)
  const body = article.blocks.filter((block) => block.type !== 'caption')
  const captions = article.blocks.filter((block) => block.type === 'caption')
  for (const block of [...body, ...captions]) lines.push(blockLines(block, plain))
  return lines.join('\n\n')
}

function render(analysis: Analysis, plain: boolean): string {
  const { issue } = analysis
  // Pages as the articles know them: a re-opened export is one file holding several pages.
  const multiPage = issue.pages.length > 1 || new Set(issue.articles.map((article) => article.pages[0])).size > 1
  const out: string[] = []
  let page: string | null = null
  for (const article of issue.articles) {
    if (multiPage && article.pages[0] !== page) {
      page = article.pages[0]
      out.push(plain ? `— ${page} —` : `<!-- galley:page ${page} -->`)
    }
    out.push(articleText(article, plain))
  }
  return `${out.join('\n\n')}\n`
}

export function toMarkdown(analysis: Analysis): string {
  return render(analysis, false)
}

export function toText(analysis: Analysis): string {
  return render(analysis, true)
}
