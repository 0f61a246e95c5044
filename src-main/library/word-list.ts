// The English word list lost hyphens are checked against (core/parse/text.ts): the `word-list`
// package (274,000 words, one a line), read the first time a cut word asks for it, so a process
// that never meets a hard-wrapped English page never holds it.
import { readFileSync } from 'node:fs'
import wordListPath from 'word-list'
import { setDictionary } from '../core/index'

let words: Set<string> | null = null

/** Is `word` (lower case) in the word list? */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'))
  return words.has(word)
}

/** Installs the word list for this process or worker: the app's handlers, the CLI and the export workers each call it. */
export function installWordList(): void {
  setDictionary(isEnglishWord)
}
