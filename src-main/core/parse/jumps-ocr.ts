// The words of an English jump line as OCR damages them (`Frorn pagc l`, `Fromp age 1`,
// `I'rom page 3`, `Plcase sce paga 2`, `From pa}»e 1`, `FrMipagcl`, `FroMpsgcl`), put back so the jump patterns
// can read the line. Only the marker's own words are repaired, and the caller still asks for the
// whole line (or the whole tail of a paragraph) to be a marker, so prose is not read as one.

const REPAIRS: [RegExp, string][] = [
  // F read as I, l, 1<, P'; rn read for m, a lost o: Frorn, Frotn, I'rom, P'rom, 1< rom, FrMi.
  [/(^|[\s(])(?:[FfIl1]['’`]?|P['’`]|1<\s?)r(?:[o0a]?(?:rn|tn|m|n|M)|Mi)(?=\s|p)/gu, '$1From'],
  // A space in the wrong place, or none: `Fromp age 1`, `Frompage 1`.
  [/\b([Ff]rom)p\s+age\b/gu, '$1 page'],
  [/\b([Ff]rom)(?=p[as]g)/gu, '$1 '],
  // a read as o or s, g as q or }», e as c, «, a, é: pagc, pag«, paga, poge, pa}»e, pog«, psgc.
  [/\b([Pp])[ao0s](?:[gq]|\}?»)[ceaé«€](?=\s|\d|[lI]\b|$|[.,)*])/gu, '$1age'],
  [/\b([Pp])age(?=[0-9lI]$)/gu, '$1age '],
  // 5 read as s at the line's end: `From pages`.
  [/\b([Pp])age[sS]$/gu, '$1age 5'],
  [/(^|[\s(])[Ss][ce][ce](?=\s)/gu, '$1See'],
  [/(^|[\s(])[Pp]l[ce]a[s5][ce](?=\s)/gu, '$1Please'],
  // `Please era page 9`, `PI«aM aaa page 6`: a damaged `Please see` right before a page.
  [/(^|[\s(])P[lI1]\S{2,4}\s+\S{3}(?=\s+page\s+\d{1,2}\.?$)/gu, '$1Please see'],
]

/** The line with its damaged jump words repaired (the same text when it holds none). */
export function repairJumpWords(text: string): string {
  let out = text
  for (const [re, to] of REPAIRS) out = out.replace(re, to)
  return out
}
