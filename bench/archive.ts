// Builds the benchmark's archive: hundreds of issue folders recombined from the shared samples
// (whole sample issues, shuffled and renumbered pages, pages rebuilt from a mix of articles), or
// from generated Chinese page text where ../shared/samples is absent. Written to a temporary
// folder only: sample text is never copied into the project.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'

/** One page the archive draws from: the issue it came from, its printed number, its text. */
export interface SourcePage {
  issue: string
  number: number
  text: string
}

export interface ArchiveIssue {
  dir: string
  files: string[]
  bytes: number
}

export interface Pool {
  pages: SourcePage[]
  /** Every `## ` article of every page (a page's text before its first headline counts as one). */
  articles: string[]
  origin: 'samples' | 'synthetic'
}

// ---- deterministic randomness -----------------------------------------------------------------

export type Rng = () => number

export function rngOf(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1))
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]

function shuffled<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

// ---- the pool -----------------------------------------------------------------------------------

/** The sample pages, or null when the samples folder (or its Chinese pages) is absent. */
export function samplePool(samplesDir: string): Pool | null {
  if (!existsSync(samplesDir)) return null
  const pages: SourcePage[] = []
  for (const issue of readdirSync(samplesDir).sort()) {
    if (!/^(zhuzhou-daily|zhongguo-qixiangbao)-/.test(issue)) continue
    const dir = join(samplesDir, issue)
    for (const file of readdirSync(dir).sort()) {
      const m = /^(\d+)\.md$/.exec(file)
      if (m) pages.push({ issue, number: Number(m[1]), text: readFileSync(join(dir, file), 'utf8') })
    }
  }
  return pages.length === 0 ? null : { pages, articles: pages.flatMap((p) => articlesOf(p.text)), origin: 'samples' }
}

function articlesOf(text: string): string[] {
  const out: string[] = []
  let current: string[] = []
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.startsWith('## ') && current.some((l) => l.trim() !== '')) {
      out.push(current.join('\n').trim())
      current = []
    }
    current.push(line)
  }
  if (current.some((l) => l.trim() !== '')) out.push(current.join('\n').trim())
  return out
}

// Frequent characters for generated text: enough variety that k-gram fingerprints do not collide.
const CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严'
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const CN_PAGES = ['', '一', '二', '三', '四', '五', '六', '七', '八']

function words(rng: Rng, n: number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += CHARS[Math.floor(rng() * CHARS.length)]
  return s
}

function sentence(rng: Rng): string {
  const clauses = int(rng, 1, 4)
  const parts: string[] = []
  for (let i = 0; i < clauses; i++) parts.push(words(rng, int(rng, 4, 16)))
  return parts.join('，') + '。'
}

function paragraph(rng: Rng): string {
  let s = ''
  for (let i = int(rng, 2, 6); i > 0; i--) s += sentence(rng)
  return s
}

const name = (rng: Rng): string => pick(rng, [...SURNAMES]) + words(rng, int(rng, 1, 2))

/** One generated article: headline, dateline byline, paragraphs, column-break cuts, a repeated passage now and then. */
function syntheticArticle(rng: Rng, page: number, jumpTo: number | null, tailFrom: number | null): string {
  const headline = rng() < 0.4 ? `${words(rng, int(rng, 4, 8))} ${words(rng, int(rng, 6, 14))}` : words(rng, int(rng, 8, 18))
  const paras: string[] = []
  const count = int(rng, 3, 9)
  for (let i = 0; i < count; i++) paras.push(paragraph(rng))
  paras[0] = (tailFrom ? `（上接第${CN_PAGES[tailFrom] ?? tailFrom}版）` : '') + (rng() < 0.5 ? `本报讯(记者 ${name(rng)} 通讯员 ${name(rng)}) ` : `本报讯（记者 ${name(rng)}）`) + paras[0]
  // A column break: a blank line mid-sentence, sometimes with the character at the cut printed twice.
  for (let cuts = rng() < 0.6 ? int(rng, 1, 3) : 0; cuts > 0; cuts--) {
    const at = int(rng, 0, paras.length - 1)
    const chars = Array.from(paras[at])
    if (chars.length < 20) continue
    let cut = int(rng, 5, chars.length - 6)
    while (cut < chars.length - 2 && /[，。]/.test(chars[cut - 1] + chars[cut])) cut++
    const left = chars.slice(0, cut).join('')
    const right = (rng() < 0.2 ? chars[cut - 1] : '') + chars.slice(cut).join('')
    paras.splice(at, 1, left, right)
  }
  // The extractor printed a passage again: whole, or cut short.
  if (rng() < 0.2 && paras.length > 3) {
    const from = int(rng, 1, paras.length - 2)
    const copy = paras.slice(from, from + int(rng, 1, 2))
    if (rng() < 0.5) copy[copy.length - 1] = copy[copy.length - 1].slice(0, Math.ceil(copy[copy.length - 1].length / 2))
    paras.push(...copy)
  }
  if (rng() < 0.2) paras.splice(int(rng, 1, paras.length - 1), 0, `**${words(rng, int(rng, 6, 12))}**`)
  if (jumpTo) paras.push(`（下转第${CN_PAGES[jumpTo] ?? jumpTo}版）`)
  else if (rng() < 0.1) paras.push(`${words(rng, int(rng, 10, 24))}。 通讯员 供图`)
  return [`## ${headline}`, ...paras].join('\n\n')
}

/** Thirteen generated pages in four issues (the shape of the samples), for machines without them. */
export function syntheticPool(seed = 7): Pool {
  const rng = rngOf(seed)
  const pages: SourcePage[] = []
  for (let issue = 0; issue < 4; issue++) {
    const count = issue === 0 ? 1 : 4
    for (let number = 1; number <= count; number++) {
      const arts: string[] = []
      for (let a = int(rng, 4, 8); a > 0; a--) {
        const jump = count >= 3 && number === 1 && rng() < 0.4 ? 3 : null
        const tail = count >= 3 && number === 3 && rng() < 0.3 ? 1 : null
        arts.push(syntheticArticle(rng, number, jump, tail))
      }
      pages.push({ issue: `synthetic-${issue}`, number, text: arts.join('\n\n') + '\n' })
    }
  }
  return { pages, articles: pages.flatMap((p) => articlesOf(p.text)), origin: 'synthetic' }
}

// ---- disguise: a reused article must not read as a duplicate of its first use ------------------

// Characters the parser and detectors key on (markers, bylines, credits, numerals): kept as they are.
const KEEP = new Set([...'版转接第上下记者通讯员本报讯新华社电日报全媒体摄供图影资料片一二三四五六七八九十〇零百千万年月日时'])

/** Maps every other CJK ideograph to another one, differently for each `round`; structure is kept. */
export function disguise(text: string, round: number): string {
  if (round === 0) return text
  const shift = (round * 7919) % 20902
  let out = ''
  for (const ch of text) {
    const c = ch.codePointAt(0) as number
    if (c >= 0x4e00 && c <= 0x9fa5 && !KEEP.has(ch)) out += String.fromCodePoint(0x4e00 + ((c - 0x4e00 + shift) % 20902))
    else out += ch
  }
  return out
}

// ---- issues -------------------------------------------------------------------------------------

/** Draws articles without repeats inside one issue; a reused article comes back disguised. */
class ArticleDeck {
  private order: number[] = []
  private round = -1
  constructor(
    private readonly rng: Rng,
    private readonly articles: string[],
  ) {}
  next(): string {
    if (this.order.length === 0) {
      this.order = shuffled(this.rng, this.articles.map((_, i) => i))
      this.round++
    }
    return disguise(this.articles[this.order.pop() as number], this.round)
  }
}

const NAMES = [(n: number) => `${String(n).padStart(2, '0')}.md`, (n: number) => `page-${n}.md`, (n: number) => `p${String(n).padStart(2, '0')}.txt`]

/** Page texts of one issue, by page number. */
export function issuePages(rng: Rng, pool: Pool, pageCount?: number): { number: number; text: string }[] {
  const roll = rng()
  const byIssue = new Map<string, SourcePage[]>()
  for (const page of pool.pages) byIssue.set(page.issue, [...(byIssue.get(page.issue) ?? []), page])
  if (pageCount === undefined && roll < 0.15) {
    // A sample issue as it was printed: its jumps can resolve.
    return pick(rng, [...byIssue.values()]).map((p) => ({ number: p.number, text: p.text }))
  }
  const count = pageCount ?? int(rng, 3, 6)
  if (pageCount === undefined && roll < 0.5 && count <= pool.pages.length) {
    // Whole pages from anywhere, shuffled and renumbered.
    return shuffled(rng, pool.pages).slice(0, count).map((p, i) => ({ number: i + 1, text: p.text }))
  }
  // Pages rebuilt from a mix of articles.
  const deck = new ArticleDeck(rng, pool.articles)
  const out: { number: number; text: string }[] = []
  for (let n = 1; n <= count; n++) {
    const arts: string[] = []
    for (let a = int(rng, 3, 6); a > 0; a--) arts.push(deck.next())
    out.push({ number: n, text: arts.join('\n\n') + '\n' })
  }
  return out
}

/** Encodes a page the way archives hold them: mostly UTF-8, some GB18030, some CRLF, a BOM now and then. */
function pageBytes(rng: Rng, text: string): Buffer {
  const roll = rng()
  if (roll < 0.12) return iconv.encode(text, 'gb18030')
  if (roll < 0.24) return Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')
  if (roll < 0.3) return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
  return Buffer.from(text, 'utf8')
}

export function writeIssue(rng: Rng, dir: string, pages: { number: number; text: string }[]): ArchiveIssue {
  mkdirSync(dir, { recursive: true })
  const naming = pick(rng, NAMES)
  const files: string[] = []
  let bytes = 0
  for (const page of pages) {
    const file = naming(page.number)
    const data = pageBytes(rng, page.text)
    writeFileSync(join(dir, file), data)
    files.push(file)
    bytes += data.length
  }
  return { dir, files, bytes }
}

/** Writes `count` issues under `root` (株洲日报-YYYY-MM-DD style folder names, dates varied). */
export function writeArchive(root: string, pool: Pool, count: number, seed = 20240130): ArchiveIssue[] {
  const rng = rngOf(seed)
  const issues: ArchiveIssue[] = []
  const start = Date.UTC(2020, 0, 1)
  for (let i = 0; i < count; i++) {
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10)
    const paper = pool.origin === 'samples' ? (rng() < 0.5 ? '株洲日报' : '中国气象报') : '样报'
    issues.push(writeIssue(rng, join(root, `${paper}-${date}-${String(i).padStart(4, '0')}`), issuePages(rng, pool)))
  }
  return issues
}
