// The analysis core's public face: decode → parse → detect → apply → export, all pure.
// The CLI, the main process handlers and the tests import from here and nowhere deeper.

export * from './model'
export * from './errors'
export { decodePage, type Decoded } from './decode'
export { pageNumberFromName, makePage, sortPages } from './pages'
export { parseIssue } from './parse/issue'
export { detect } from './detect/index'
export { apply } from './edit/apply'
export { acceptAll, acceptAllAfter, fixesOf } from './edit/accept'
export { acceptKind, planReplace, type KindAcceptance, type ReplaceMatch, type ReplaceQuery } from './edit/bulk'
export { analyze, analyzeApplied, analyzeParsed, type Analysis } from './analyze'
export { clearContentCaches } from './cache'
export { exportIssue, exportIssueChunks, EXPORT_FORMATS, type ExportContext, type ExportFormat, type Revision } from './export/index'
export { seriesOf, toPassimDocuments, toPassimJsonl, type PassimDocument, type PassimIssue } from './export/passim'
