// The words of an English jump line as OCR damages them (`Frorn pagc l`, `Fromp age 1`,
// `I'rom page 3`, `Plcase sce paga 2`, `pag«`), put back so the jump patterns can read the line.
// Only the marker's own words are repaired; the caller still asks for the whole line to be a marker.

const REPAIRS: [RegExp, string][] = [
  // rn/m, I/l/1 for F, a lost o: Frorn, Frotn, I'rom, l'rom, Frorn.
  [/(^|[\s(])[FfIl1][’'`]?r[o0]?(?:rn|tn|m|n)(?=\s|p\s)/gu, '$1From'],
  // A space in the wrong place: `Fromp age 1`.
  [/\b([Ff]rom)p\s+age\b/gu, '$1 page'],
  // e read as c, «, é, a: pagc, pag«, paga.
  [/\b([Pp])a[gq][ceaé«€](?=\s|\d|$|[.,)])/gu, '$1age'],
  [/\b([Pp])ag\s*«/gu, '$1age'],
  [/(^|[\s(])[Ss][ce][ce](?=\s)/gu, '$1See'],
  [/(^|[\s(])[Pp]l[ce]a[s5][ce](?=\s)/gu, '$1Please'],
]

/** The line with its damaged jump words repaired (the same text when it holds none). */
export function repairJumpWords(text: string): string {
  let out = text
  for (const [re, to] of REPAIRS) out = out.replace(re, to)
  return out
}
