// The findings queue in reading order: by the article a finding is about, then by its first block,
// so j walks down the issue as an editor reads it rather than detector by detector.
import type { Article, Finding } from '../../../../src-main/core/model'

export function inReadingOrder(findings: readonly Finding[], articles: readonly Article[]): Finding[] {
  const articleAt = new Map(articles.map((a, i) => [a.id, i]))
  const blockAt = new Map<string, number>()
  articles.forEach((a) => a.blocks.forEach((b, i) => blockAt.set(b.id, i)))
  const key = (f: Finding): [number, number] => {
    const article = Math.min(...f.articleIds.map((id) => articleAt.get(id) ?? Infinity))
    const block = Math.min(...f.blockIds.map((id) => blockAt.get(id) ?? Infinity))
    return [article, block]
  }
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.f)
}
