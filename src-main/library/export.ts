// Exports of corrected issues to a folder: each file written atomically, with a change report
// beside it (the ops applied, by whom and when; what is still open). Used by the export:run
// channel and by the CLI's export-library (in-process, or on worker threads: export-pool.ts).

import { readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { acceptAll, acceptAllAfter, exportIssue, GalleyError, isGalleyError, toPassimJsonl, type Analysis, type ExportFormat, type Op, type Page, type Revision } from '../core/index'
import type { ExportedFile, ExportResult, ReplyError } from './views'
import { writeFileAtomic } from './atomic'
import { finishInterruptedExport, writeAltoExport } from './export-alto'
import { sha256Of } from './pages'
import { toGalleyError } from './fs-errors'
import { activeEntries, activeOps, editorName, withLogIndexes, type IssueState } from './store'
import { breathe, type Task } from './tasks'

export interface ExportMaterial {
  pages: Page[]
  state: IssueState
  /** analyze(pages, activeOps(state), options): accept-all goes on from it. */
  analysis: Analysis
  title: string
  /** The file name the export is named after (issue folder name, or the page file's stem). */
  name: string
  options: { title?: string; date?: string | null }
  /** The issue's folder: a corrected ALTO export reads the original XML from it. */
  dir?: string
  /** Set when the issue's edit log was damaged and set aside: its edits are not in `state`. */
  stateProblem?: ReplyError
}

export interface ExportSource {
  material(issueId: string): Promise<ExportMaterial>
}

/** `jsonl` (passim's input, see core/export/passim.ts) is written by export-library only. */
export type LibraryExportFormat = ExportFormat | 'jsonl'

export interface ExportRequest<F extends LibraryExportFormat = ExportFormat> {
  issueIds: string[]
  format: F
  /** Real path of an existing folder the caller has already confined. */
  folder: string
  acceptAll?: boolean
  report?: 'md' | 'json'
  /** The other formats one export writes beside this one, each run in turn over one report:
   * the report names all their files. */
  alongside?: ExportFormat[]
  /** The names (lower-cased) the issues of this run are exported under, assigned up front where
   * several are written at once (export-pool.ts): one moved on to `<name>-2` never takes another's. */
  taken?: string[]
}

export const EXTENSIONS: Record<LibraryExportFormat, string> = { md: '.md', txt: '.txt', json: '.json', html: '.html', tei: '.tei.xml', alto: '.alto', jsonl: '.jsonl' }

/** An export's result, its format widened to what export-library writes. */
export type LibraryExportResult<F extends LibraryExportFormat = ExportFormat> = Omit<ExportResult, 'format'> & { format: F }

export async function exportIssues<F extends LibraryExportFormat>(source: ExportSource, request: ExportRequest<F>, task?: Task): Promise<LibraryExportResult<F>> {
  await requireFolder(request.folder)
  const result: LibraryExportResult<F> = { folder: request.folder, format: request.format, files: [], failed: [], cancelled: false }
  const used = new Set<string>()
  let pages = 0
  for (const [i, issueId] of request.issueIds.entries()) {
    if (task?.signal.aborted) {
      result.cancelled = true
      break
    }
    task?.progress(i, request.issueIds.length, issueId, pages)
    try {
      const written = await exportOne(source, issueId, request, used)
      result.files.push(written.file)
      pages += written.pages
    } catch (err) {
      result.failed.push(failureOf(issueId, err))
    }
    await breathe()
  }
  task?.progress(result.files.length + result.failed.length, request.issueIds.length, '', pages, true)
  return result
}

export function failureOf(issueId: string, err: unknown): { issueId: string; error: ReplyError } {
  const error = isGalleyError(err) ? err : toGalleyError(err, issueId, 'export')
  return { issueId, error: { code: error.code, message: error.message } }
}

/** What exporting one issue needs to know, whichever thread does it. */
export type IssueExportRequest = Omit<ExportRequest<LibraryExportFormat>, 'issueIds'>

async function exportOne(source: ExportSource, issueId: string, request: ExportRequest<LibraryExportFormat>, used: Set<string>): Promise<{ file: ExportedFile; pages: number }> {
  const material = await source.material(issueId)
  return writeExport(material, issueId, request, uniqueName(safeFileName(material.name), used))
}

/** Writes one issue's export and its report as `name`.EXT and `name`.report.EXT (`name-2`… where
 * that name holds another issue's earlier export). */
export async function writeExport(material: ExportMaterial, issueId: string, request: IssueExportRequest, wanted: string): Promise<{ file: ExportedFile; pages: number }> {
  if (material.stateProblem) throw new GalleyError('state-corrupt', material.stateProblem.message)
  const name = await nameOfOwn(request.folder, wanted, material.dir, request.taken)
  const logged = activeOps(material.state)
  let analysis = material.analysis
  let accepted: Op[] = []
  if (request.acceptAll) {
    // The library's analysis is this one's first step; with conflicts it numbers them by the log's
    // own entries, which the export does not, so then accept-all starts afresh (and its conflicts
    // are numbered by the log's entries again, as the report lists the applied ones).
    const all = analysis.conflicts.length === 0 ? acceptAllAfter(analysis, logged) : acceptAll(material.pages, logged, material.options)
    analysis = withLogIndexes(all.analysis, material.state)
    accepted = all.ops.slice(logged.length)
  }
  if (request.format === 'alto') {
    const target = join(request.folder, name + EXTENSIONS.alto)
    const report = join(request.folder, `${name}.report.${request.report ?? 'md'}`)
    // An export a crash stopped is put back or finished first: its report is read next.
    await finishInterruptedExport(target, report)
    await refuseReplacing(target, request.folder, name)
    // The report goes on naming what the other export files of this name held when written, and
    // names each page this one writes (`<name>.alto/page_0001.xml`).
    const earlier = await writtenHashes(request.folder, name)
    const inFolder = `${basename(target)}/`
    // A page of the earlier export finished by hand since (not what its report says Galley wrote) is someone's work.
    for (const [file, hash] of Object.entries(earlier)) if (file.startsWith(inFolder)) await refuseChangedSince(join(request.folder, file), hash)
    const others = Object.fromEntries(Object.entries(earlier).filter(([file]) => !file.startsWith(inFolder)))
    const facts = (pages: Record<string, string>): ReportFacts => ({
      issueId,
      folder: material.dir,
      title: material.title,
      file: basename(target),
      format: request.format,
      exported: [{ format: 'alto', file: basename(target) }],
      sha256: { ...others, ...Object.fromEntries(Object.entries(pages).map(([file, hash]) => [inFolder + file, hash])) },
      when: new Date().toISOString(),
      by: editorName(),
      state: material.state,
      analysis,
      accepted,
      pages: material.pages,
    })
    // Staged with the pages and in place right after them: never a new report over an old export.
    const text = (pages: Record<string, string>) => (request.report === 'json' ? `${JSON.stringify(reportJson(facts(pages)), null, 2)}\n` : reportMarkdown(facts(pages)))
    const folder = await writeAltoExport(material, analysis, target, { file: report, text })
    return { file: { issueId, file: folder, report }, pages: material.pages.length }
  }
  const text =
    request.format === 'jsonl'
      ? toPassimJsonl(analysis, { path: issueId === '.' ? material.name : issueId, title: material.title, date: analysis.issue.date ?? material.options.date ?? null })
      : exportIssue(analysis, request.format, { revisions: revisionsOf(material.state, analysis, accepted) })
  const file = join(request.folder, name + EXTENSIONS[request.format])
  const reportFormat = request.report ?? 'md'
  const report = join(request.folder, `${name}.report.${reportFormat}`)
  const others = (request.alongside ?? []).filter((format) => format !== request.format)
  const exported = [[request.format, file] as const, ...others.map((format) => [format, join(request.folder, name + EXTENSIONS[format])] as const)]
  await refuseReplacing(file, request.folder, name)
  // What each export file of this name held when Galley wrote it: this one now, the others (this
  // export's other formats, written in turn, or earlier exports) as the report there says.
  const written = await writtenHashes(request.folder, name)
  await refuseChangedSince(file, written[basename(file)])
  const sha256 = { ...written, [basename(file)]: sha256Of(Buffer.from(text)) }
  const facts: ReportFacts = { issueId, folder: material.dir, title: material.title, file: basename(file), format: request.format, exported: exported.map(([format, path]) => ({ format, file: basename(path) })), sha256, when: new Date().toISOString(), by: editorName(), state: material.state, analysis, accepted, pages: material.pages }
  await writeFileAtomic(file, text)
  await writeFileAtomic(report, reportFormat === 'json' ? `${JSON.stringify(reportJson(facts), null, 2)}\n` : reportMarkdown(facts))
  return { file: { issueId, file, report }, pages: material.pages.length }
}

/**
 * The name this issue's export takes in `folder`: `wanted`, unless the report there says it is
 * another issue's earlier export (another library's issue of the same folder name, exported in an
 * earlier run), then `wanted-2`, `wanted-3`… up to one that is free or this issue's own. A report
 * that names no issue folder (an older Galley's) counts as this issue's.
 */
async function nameOfOwn(folder: string, wanted: string, own: string | undefined, taken: readonly string[] = []): Promise<string> {
  if (own === undefined) return wanted
  for (let n = 1; n < 100; n++) {
    const name = n === 1 ? wanted : `${wanted}-${n}`
    // Another issue of this run is written under it, perhaps at this moment: its report is not there yet.
    if (n > 1 && taken.includes(name.toLowerCase())) continue
    const owner = await reportedFolder(folder, name)
    if (owner === null || owner === own) return name
  }
  return wanted
}

/** The issue folder an earlier export's report beside `name` names, or null (no report, or none named). */
async function reportedFolder(folder: string, name: string): Promise<string | null> {
  for (const [ext, read] of [
    ['json', (text: string) => (JSON.parse(text) as { issue?: { folder?: unknown } }).issue?.folder],
    ['md', (text: string) => /^- Issue folder: (.+)$/mu.exec(text)?.[1]],
  ] as const) {
    const text = await readFile(join(folder, `${name}.report.${ext}`), 'utf8').catch(() => null)
    if (text === null) continue
    try {
      const named = read(text)
      if (typeof named === 'string') return named
    } catch {
      // A report this Galley cannot read names no issue: as an older one's.
    }
  }
  return null
}

/**
 * Galley writes over only what it wrote: an earlier export of this name, its report beside it. A
 * file or folder of the name that has none (a page file, another issue's folder of ALTO pages), or
 * a folder holding an issue's edit log, is refused, never replaced.
 */
async function refuseReplacing(path: string, folder: string, name: string): Promise<void> {
  const there = await statOrNull(path)
  if (there === null) return
  const edited = there.isDirectory() && (await statOrNull(join(path, '.galley'))) !== null
  const reported = (await statOrNull(join(folder, `${name}.report.md`))) !== null || (await statOrNull(join(folder, `${name}.report.json`))) !== null
  if (reported && !edited) return
  const why = edited ? 'it holds an issue with its edit log' : `it is not an earlier export of Galley's (there is no ${name}.report beside it)`
  throw new GalleyError('invalid-argument', `${path} is already there and ${why}; Galley never writes over it. Export into another folder, or move it away first.`)
}

/**
 * What the files of an earlier export of `name` held when Galley wrote them (sha256 by file name),
 * as its report says (JSON first, then Markdown); {} where there is none, or an older report
 * that does not say.
 */
async function writtenHashes(folder: string, name: string): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {}
  const json = await readFile(join(folder, `${name}.report.json`), 'utf8').catch(() => null)
  try {
    const recorded = json === null ? null : (JSON.parse(json) as { export?: { sha256?: unknown } }).export?.sha256
    if (typeof recorded === 'object' && recorded !== null) {
      for (const [file, hash] of Object.entries(recorded)) if (typeof hash === 'string') hashes[file] = hash
      return hashes
    }
  } catch {
    // A report this Galley cannot read says nothing of its files.
  }
  const md = await readFile(join(folder, `${name}.report.md`), 'utf8').catch(() => null)
  // `- Export sha256: a.md <hash> | a.txt <hash>`: no export's name holds a `|` (safeFileName).
  for (const entry of (md === null ? null : /^- Export sha256: (.+)$/mu.exec(md)?.[1])?.split(' | ') ?? []) {
    const match = /^(.+) ([0-9a-f]{64})$/u.exec(entry)
    if (match) hashes[match[1]] = match[2]
  }
  return hashes
}

/** An earlier export finished by hand since Galley wrote it (its text no longer what the report
 * says it wrote) is someone's work now: refused, never written over. */
async function refuseChangedSince(file: string, wrote: string | undefined): Promise<void> {
  if (wrote === undefined) return
  const now = await readFile(file).catch(() => null)
  if (now === null || sha256Of(now) === wrote) return
  throw new GalleyError('invalid-argument', `${file} was changed since Galley exported it (it is not the file its report names), so it may hold work done by hand; Galley never writes over it. Move it away, or export into another folder.`)
}

async function statOrNull(path: string): Promise<Awaited<ReturnType<typeof stat>> | null> {
  try {
    return await stat(path)
  } catch {
    return null
  }
}

export async function requireFolder(folder: string): Promise<void> {
  try {
    if (!(await stat(folder)).isDirectory()) throw new GalleyError('not-found', `${folder} is not a folder; choose a folder to export into.`)
  } catch (err) {
    throw toGalleyError(err, folder, 'export into')
  }
}

/** A name every file system accepts: no separators, reserved characters or trailing dots. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[/\\]+/g, '__')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\p{Cc}/gu, '_')
    .replace(/[. ]+$/, '')
  return cleaned || 'issue'
}

/**
 * The names a run over `names` (in issue order) gives its files, as exportIssues gives them; a
 * pool assigns them up front so its workers never race for a name.
 */
export function uniqueNames(names: string[]): string[] {
  const used = new Set<string>()
  return names.map((name) => uniqueName(safeFileName(name), used))
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name}-${n}`
  used.add(candidate.toLowerCase())
  return candidate
}

// ---- change reports -----------------------------------------------------------------------------

interface ReportFacts {
  issueId: string
  /** The issue's folder: which issue an earlier export of the same name was (see nameOfOwn). */
  folder?: string
  title: string
  file: string
  format: LibraryExportFormat
  /** Every file the export writes with this report, this run's first. */
  exported: { format: LibraryExportFormat; file: string }[]
  /** What each export file of this name held when Galley wrote it, by file name: one changed since
   * (finished by hand) is never written over (refuseChangedSince). */
  sha256?: Record<string, string>
  when: string
  by: string
  state: IssueState
  analysis: Analysis
  accepted: Op[]
  pages: Page[]
}

export function describeOp(op: Op): string {
  switch (op.kind) {
    case 'join-paragraphs':
      return `join paragraphs ${op.blockIds[0]} + ${op.blockIds[1]}${op.dropDoubled ? ' (doubled character dropped)' : ''}`
    case 'delete-blocks':
      return `delete ${op.blockIds.length} block(s): ${op.blockIds.join(', ')}`
    case 'merge-continuation':
      return `merge continuation ${op.tailId} into ${op.headId}${op.dropBlockIds.length ? `, dropping jump line(s) ${op.dropBlockIds.join(', ')}` : ''}`
    case 'split-article':
      return `split article ${op.articleId} at ${op.atBlockId}${op.headline.length ? ` under "${op.headline.join(' ')}"` : ''}`
    case 'merge-articles':
      return `merge article ${op.articleId} into ${op.intoId} (headline as ${op.headlineAs})`
    case 'move-blocks':
      return `move ${op.blockIds.length} block(s) to article ${op.toArticleId}`
    case 'edit-text':
      return `edit text of ${op.blockId}`
    case 'set-headline':
      return `set headline of ${op.articleId} to "${op.parts.join(' ')}"`
    case 'set-byline':
      return `set byline of ${op.articleId} to "${op.text}"`
    case 'split-paragraph':
      return `split paragraph ${op.blockId} before character ${op.at}`
    case 'delete-article':
      return `delete article ${op.articleId} (a headline with no text)`
    case 'set-block-type':
      return `turn ${op.blockId} into a ${op.type}`
    case 'attach-caption':
      return `attach caption ${op.blockId} to article ${op.articleId}`
    case 'dismiss-finding':
      return `dismiss finding ${op.findingId}`
    case 'mark-reviewed':
      return `mark article ${op.articleId} ${op.reviewed ? 'reviewed' : 'not reviewed'}`
    case 'split-off-subhead':
      return `split the subhead off the end of ${op.blockId}`
  }
}

function appliedEntries(facts: Pick<ReportFacts, 'state' | 'analysis'>) {
  const conflicted = new Set(facts.analysis.conflicts.map((c) => c.index))
  return activeEntries(facts.state)
    .map(({ index, entry }) => ({ index, ...entry }))
    .filter((entry) => !conflicted.has(entry.index))
}

/**
 * The edits an export carries (TEI's revisionDesc): each applied op of the log with who made it and
 * when, then the fixes --accept-all took at export. Those carry no time or person, so the same
 * sources and log always give the same file (and `--jobs N` stays byte-identical to one job).
 */
export function revisionsOf(state: IssueState, analysis: Analysis, accepted: readonly Op[] = []): Revision[] {
  const logged = appliedEntries({ state, analysis }).map((e) => ({ when: e.when, who: e.who, change: describeOp(e.op) }))
  return [...logged, ...accepted.map((op) => ({ who: 'Galley accept-all', change: `${describeOp(op)} (accepted at export)` }))]
}

function undoneCount(state: IssueState): number {
  return state.ops.filter((e) => !e.active).length
}

function reportJson(facts: ReportFacts) {
  return {
    schema: 'galley.report/1',
    issue: { id: facts.issueId, title: facts.title, ...(facts.folder ? { folder: facts.folder } : {}) },
    export: { file: facts.file, format: facts.format, files: facts.exported, ...(facts.sha256 && Object.keys(facts.sha256).length > 0 ? { sha256: facts.sha256 } : {}), when: facts.when, by: facts.by },
    pages: facts.pages.map((p) => ({ number: p.number, file: p.file, sha256: p.sha256, encoding: p.encoding })),
    applied: appliedEntries(facts).map((e) => ({ index: e.index, op: e.op, who: e.who, when: e.when })),
    undone: undoneCount(facts.state),
    acceptedAtExport: facts.accepted,
    conflicts: facts.analysis.conflicts.map((c) => ({ index: c.index, op: c.op, reason: c.reason })),
    open: facts.analysis.findings.map((f) => ({ id: f.id, kind: f.kind, message: f.message })),
  }
}

function reportMarkdown(facts: ReportFacts): string {
  const applied = appliedEntries(facts)
  const lines = [
    `# Change report: ${facts.title}`,
    '',
    `- Export: ${facts.exported.map((e) => `${e.file} (${e.format})`).join(', ')}, written ${facts.when} by ${facts.by}`,
    ...(facts.sha256 && Object.keys(facts.sha256).length > 0 ? [`- Export sha256: ${Object.entries(facts.sha256).map(([file, hash]) => `${file} ${hash}`).join(' | ')}`] : []),
    ...(facts.folder ? [`- Issue folder: ${facts.folder}`] : []),
    `- Source pages: ${facts.pages.map((p) => `${p.file} (sha256 ${p.sha256.slice(0, 12)}, ${p.encoding})`).join(', ')}`,
    `- Edit log: ${applied.length} op(s) applied${undoneCount(facts.state) > 0 ? `, ${undoneCount(facts.state)} undone and not applied` : ''}`,
    '',
    `## Applied edits (${applied.length})`,
    '',
    ...(applied.length ? applied.map((e) => `${e.index + 1}. ${describeOp(e.op)}: ${e.who}, ${e.when}`) : ['None: the issue is exported as Galley split it.']),
  ]
  if (facts.accepted.length > 0) {
    lines.push('', `## Accepted at export (${facts.accepted.length}, --accept-all; not in the edit log)`, '', ...facts.accepted.map((op) => `- ${describeOp(op)}`))
  }
  if (facts.analysis.conflicts.length > 0) {
    lines.push('', `## Conflicts (${facts.analysis.conflicts.length}): edits that no longer fit the pages, not applied`, '')
    lines.push(...facts.analysis.conflicts.map((c) => `- op ${c.index + 1}, ${describeOp(c.op)}: ${c.reason}`))
  }
  lines.push('', `## Still open (${facts.analysis.findings.length})`, '')
  lines.push(...(facts.analysis.findings.length ? facts.analysis.findings.map((f) => `- [${f.kind}] ${f.message}`) : ['Nothing: every finding was fixed or dismissed.']))
  return `${lines.join('\n')}\n`
}
