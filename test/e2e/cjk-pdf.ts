// A PDF whose Chinese text needs pdf.js's character maps: a Type0 font that is not embedded
// (STSong-Light, one of the Adobe-GB1 fonts a reader is expected to have) in the predefined
// UniGB-UCS2-H encoding, as archives' OCR layers often are. Without the maps pdf.js cannot read
// a character of it, so a page pane that finds a finding on it has loaded them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

function hexOf(text: string): string {
  let hex = ''
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0')
  return hex
}

/** One PDF page holding `lines` top to bottom (past the page's foot too: its text is still read). */
export function cjkPdf(lines: string[]): Buffer {
  const content = ['BT', '/F1 8 Tf', '10 TL', '20 820 Td', ...lines.map((line) => `<${hexOf(line)}> Tj T*`), 'ET'].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'))
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

/** The bundled sample's page with such a PDF beside it, in `folder` (made if needed). */
export function sampleWithCjkPdf(sampleIssue: string, folder: string): void {
  mkdirSync(folder, { recursive: true })
  const text = readFileSync(join(sampleIssue, '01.md'), 'utf8')
  writeFileSync(join(folder, '01.md'), text)
  const lines = text.split('\n').map((line) => line.replace(/^#+\s*/, '').trim()).filter((line) => line !== '')
  writeFileSync(join(folder, '01.pdf'), cjkPdf(lines))
}
