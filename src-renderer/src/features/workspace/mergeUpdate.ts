// Merging an edit's reply (IssueUpdate) into the view the renderer holds. The reply carries only
// what changed since the view it names as its base; everything else, the pages included, is kept,
// and kept as the same objects, so memoised views skip what the edit left alone.
import type { IssueUpdate, IssueView } from '../../../../src-main/ipc/contract'
import type { Article, Block, Finding } from '../../../../src-main/core/model'

/** Deep equality of plain JSON values (what a reply is made of). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  for (const k of ka) {
    if (!Object.hasOwn(b, k) || !sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false
  }
  return true
}

/** Every field but the blocks equal (headline, pages, reviewed...). */
function sameFields(before: Article, after: Article): boolean {
  const keys = Object.keys(after) as (keyof Article)[]
  if (keys.length !== Object.keys(before).length) return false
  return keys.every((k) => k === 'blocks' || (Object.hasOwn(before, k) && sameJson(before[k], after[k])))
}

/** The blocks of every article in a list, by id, built on first use. */
function blockIndex(articles: readonly Article[]): (id: string) => Block | undefined {
  let blocks: Map<string, Block> | null = null
  return (id) => {
    if (!blocks) {
      blocks = new Map()
      for (const a of articles) for (const b of a.blocks) blocks.set(b.id, b)
    }
    return blocks.get(id)
  }
}

/** An article whose fields and blocks equal the previous one's is the previous object; unchanged blocks are kept too. */
function keepArticle(before: Article, after: Article, blockOf: (id: string) => Block | undefined): Article {
  let reused = 0
  let same = after.blocks.length === before.blocks.length
  const blocks = after.blocks.map((b, i) => {
    // Most blocks stay where they were; a block moved in from another article is looked up.
    const at = before.blocks[i]
    const old = at?.id === b.id ? at : blockOf(b.id)
    // A block's id and hash name its text; the rest (type, source ranges, parts...) is compared whole.
    if (old && old.hash === b.hash && sameJson(old, b)) {
      reused++
      if (old !== at) same = false
      return old
    }
    same = false
    return b
  })
  if (same && sameFields(before, after)) return before
  return reused === 0 ? after : { ...after, blocks }
}

function keepItem<T extends Article | Finding>(old: T | undefined, item: T, blockOf: (id: string) => Block | undefined): T {
  if (!old) return item
  if ('blocks' in item) return keepArticle(old as Article, item, blockOf) as T
  return sameJson(old, item) ? old : item
}

/**
 * The new list with every item (article, finding) that did not change replaced by the object held
 * before, and the old list itself when nothing changed: memoised views skip what an edit left alone.
 */
export function keepUnchanged<T extends Article | Finding>(before: readonly T[], after: T[]): T[] {
  const byId = new Map(before.map((x) => [x.id, x]))
  const blockOf = blockIndex(before as readonly Article[])
  let same = before.length === after.length
  const out = after.map((x, i) => {
    const kept = keepItem(byId.get(x.id), x, blockOf)
    if (kept !== before[i]) same = false
    return kept
  })
  return same ? (before as T[]) : out
}

/**
 * The list named by `ids`: the `changed` items (keeping what they share with the held ones) and the
 * held items for the rest. Null when an id is in neither (the reply does not fit this view).
 */
function applyChanges<T extends Article | Finding>(before: readonly T[], ids: readonly string[], changed: readonly T[]): T[] | null {
  const held = new Map(before.map((x) => [x.id, x]))
  const fresh = new Map(changed.map((x) => [x.id, x]))
  const blockOf = blockIndex(before as readonly Article[])
  let same = before.length === ids.length
  const out: T[] = []
  for (const [i, id] of ids.entries()) {
    const update = fresh.get(id)
    const item = update ? keepItem(held.get(id), update, blockOf) : held.get(id)
    if (!item) return null
    if (item !== before[i]) same = false
    out.push(item)
  }
  return same ? (before as T[]) : out
}

/**
 * An edit's reply over the view it was made on. Null when the reply does not fit the view held
 * (the pages changed meanwhile, or another window's edit came between): fetch the whole view then.
 */
export function mergeUpdate(view: IssueView | null, update: IssueUpdate): IssueView | null {
  if (!view || view.pagesRevision !== update.pagesRevision) return null
  if (update.base !== null && update.base !== view.revision) return null
  if (update.logFrom > view.log.length) return null
  const articles = applyChanges(view.articles, update.articleIds, update.articles)
  const findings = applyChanges(view.findings, update.findingIds, update.findings)
  if (!articles || !findings) return null
  return {
    summary: update.summary,
    library: view.library,
    revision: update.revision,
    pagesRevision: update.pagesRevision,
    pages: view.pages,
    articles,
    findings,
    conflicts: update.conflicts,
    canUndo: update.canUndo,
    canRedo: update.canRedo,
    log: update.logFrom === view.log.length && update.log.length === 0 ? view.log : [...view.log.slice(0, update.logFrom), ...update.log],
  }
}
