// The analysis core's public face: decode → parse → detect → apply → export, all pure.
// The CLI, the main process handlers and the tests import from here and nowhere deeper.

export * from './model'
export * from './errors'
export { decodePage, type Decoded } from './decode'
export { pageNumberFromName, makePage, sortPages } from './pages'
export { parseIssue } from './parse/issue'
export { isXmlName, readPageFiles, type PageFile } from './read/index'
export { detect } from './detect/index'
export { apply } from './edit/apply'
export { acceptAll, fixesOf } from './edit/accept'
export { analyze, analyzeApplied, analyzeParsed, type Analysis } from './analyze'
export { clearContentCaches } from './cache'
export { exportIssue, exportIssueChunks, EXPORT_FORMATS, type ExportFormat } from './export/index'
export { correctedContents, rewriteAlto } from './export/alto'
export { correctedMets } from './export/mets'
export { xmlText } from './read/alto'
export { seriesOf, toPassimDocuments, toPassimJsonl, type PassimDocument, type PassimIssue } from './export/passim'
