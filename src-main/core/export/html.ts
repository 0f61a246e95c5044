// HTML: the corrected issue as one self-contained, readable page (inline style, no scripts, no
// outside resources, a CSP that forbids loading any), every text escaped.

import type { Analysis } from '../analyze'
import type { Article, Block } from '../model'
import { articleByline } from './json'
import { issueLanguage } from './language'

const STYLE = `
body{margin:0;background:#f6f4ef;color:#1d1d1b;font:17px/1.7 "Noto Serif CJK SC","Songti SC","Source Han Serif",Georgia,serif}
main,header.issue,footer{max-width:42rem;margin:0 auto;padding:0 1.25rem}
header.issue{padding-top:2rem;border-bottom:3px double #1d1d1b}
header.issue h1{margin:0;font-size:2rem}
.meta{color:#5a5a55;font-size:.9rem}
article{padding:1.5rem 0;border-bottom:1px solid #c9c5ba}
article h2{margin:0 0 .5rem;font-size:1.45rem;line-height:1.35}
article h2 .part{display:block}
article h2 .part+.part{font-size:1rem;font-weight:normal;color:#45453f}
.byline{color:#45453f;font-style:italic}
h3{font-size:1.1rem;margin:1.2rem 0 .3rem}
.jump{color:#8a3b12;font-size:.9rem}
.pb{color:#8a8a80;font-size:.8rem;text-align:center;letter-spacing:.2em}
figure{margin:1rem 0;padding:.5rem .75rem;border-left:3px solid #c9c5ba;background:#efece4}
figcaption .credit{display:block;color:#5a5a55;font-size:.85rem}
footer{padding:1.5rem 1.25rem 3rem;color:#5a5a55;font-size:.85rem}
`.trim()

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'byline':
      return `<p class="byline">${escapeHtml(block.text)}</p>`
    case 'subhead':
      return `<h3>${escapeHtml(block.text)}</h3>`
    case 'jump':
      return `<p class="jump">${escapeHtml(block.text)}</p>`
    case 'caption': {
      const text = block.caption?.text ?? block.text
      const credit = block.caption?.credit ? `<span class="credit">${escapeHtml(block.caption.credit)}</span>` : ''
      return `<figure><figcaption>${escapeHtml(text)}${credit}</figcaption></figure>`
    }
    case 'headline':
      return `<h3>${escapeHtml(block.text)}</h3>`
    default:
      return paragraphHtml(block)
  }
}

function paragraphHtml(block: Block): string {
  // A dateline byline that opens the paragraph stays in it, as printed, marked for styling.
  if (block.byline && block.text.startsWith(block.byline.text)) {
    return `<p><span class="byline">${escapeHtml(block.byline.text)}</span>${escapeHtml(block.text.slice(block.byline.text.length))}</p>`
  }
  return `<p>${escapeHtml(block.text)}</p>`
}

function articleHtml(article: Article): string {
  const lines: string[] = [`<article id="${escapeHtml(`a-${article.id}`)}" data-pages="${escapeHtml(article.pages.join(' '))}">`]
  if (article.headline.length > 0) {
    lines.push(`<h2>${article.headline.map((part) => `<span class="part">${escapeHtml(part)}</span>`).join('')}</h2>`)
  }
  if (!article.blocks.some((b) => b.type === 'byline' || b.byline)) {
    const byline = articleByline(article)
    if (byline) lines.push(`<p class="byline">${escapeHtml(byline.text)}</p>`)
  }
  let page = article.blocks[0]?.source[0]?.page ?? article.pages[0]
  const captions: string[] = []
  for (const block of article.blocks) {
    const blockPage = block.source[0]?.page
    if (blockPage && page && blockPage !== page && block.type !== 'caption') {
      lines.push(`<p class="pb" role="separator">— ${escapeHtml(blockPage)} —</p>`)
    }
    if (blockPage && block.type !== 'caption') page = blockPage
    if (block.type === 'caption') captions.push(blockHtml(block))
    else lines.push(blockHtml(block))
  }
  lines.push(...captions, '</article>')
  return lines.join('\n')
}

export function toHtml(analysis: Analysis): string {
  const { issue, findings } = analysis
  const lang = issueLanguage(issue) ?? 'en'
  const meta = [
    issue.date ? `<time datetime="${escapeHtml(issue.date)}">${escapeHtml(issue.date)}</time>` : '',
    `${issue.pages.length} ${issue.pages.length === 1 ? 'page' : 'pages'}`,
    `${issue.articles.length} ${issue.articles.length === 1 ? 'article' : 'articles'}`,
  ].filter(Boolean)
  const sources = issue.pages.map((p) => `${escapeHtml(p.file)} (sha256 ${escapeHtml(p.sha256.slice(0, 12))})`).join(', ')
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Galley">
<title>${escapeHtml(issue.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<header class="issue">
<h1>${escapeHtml(issue.title)}</h1>
<p class="meta">${meta.join(' · ')}</p>
</header>
<main>
${issue.articles.map(articleHtml).join('\n')}
</main>
<footer>
<p>Corrected with Galley from ${sources}.${findings.length > 0 ? ` ${findings.length} ${findings.length === 1 ? 'finding is' : 'findings are'} still open.` : ''}</p>
</footer>
</body>
</html>
`
}
