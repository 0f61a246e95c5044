// Finding a finding's text on a scan's text layer: the runs pdf.js reads from a printed page,
// searched with the OCR text of the blocks, give the boxes the page pane draws.
import { describe, expect, it } from 'vitest'
import { findOnPage, type TextRun } from '../../src-renderer/src/features/page-pane/findOnPage'

/** Runs one line each, 10 units high, stacked down the page; a character is 10 units wide. */
function lines(...texts: string[]): TextRun[] {
  return texts.map((text, i) => ({ text, x: 0, y: i * 10, w: Array.from(text).length * 10, h: 10 }))
}

describe('findOnPage', () => {
  it('boxes a paragraph the print breaks over lines, where the OCR text has it as one run', () => {
    const runs = lines('标题', '市委、市政府高度', '重视优化营商环境工作。', '下一段')
    const found = findOnPage(runs, [{ id: 'b1', text: '市委、市政府高度重视优化营商环境工作。' }])
    expect(found.missing).toEqual([])
    expect(found.boxes.map((b) => b.y)).toEqual([10, 20])
    expect(found.boxes.every((b) => b.highlight === 'finding' && b.id === 'b1')).toBe(true)
  })

  it('draws one box along a line that the PDF sets one character at a time', () => {
    const runs: TextRun[] = Array.from('前文新的一段开始').map((text, i) => ({ text, x: i * 10, y: 0, w: 10, h: 10 }))
    expect(findOnPage(runs, [{ id: 'b', text: '新的一段开始' }]).boxes).toEqual([{ id: 'b', x: 20, y: 0, w: 60, h: 10, highlight: 'finding' }])
  })

  it('reads the Kangxi radicals and full-width forms a PDF font maps to as the characters OCR gives', () => {
    const found = findOnPage(lines('⽇前，记者从市优化营商环境中⼼获悉'), [{ id: 'b', text: '日前,记者从市优化营商环境中心获悉' }])
    expect(found.missing).toEqual([])
  })

  it('boxes only the part of a run the text covers', () => {
    const found = findOnPage(lines('前文结束。新的一段开始'), [{ id: 'b', text: '新的一段开始' }])
    expect(found.boxes).toEqual([{ id: 'b', x: 50, y: 0, w: 60, h: 10, highlight: 'finding' }])
  })

  it('puts the two copies of a duplicated passage in two places on the page', () => {
    const runs = lines('记者从市优化营商环境中心获悉', '另一篇文章', '记者从市优化营商环境中心获悉')
    const found = findOnPage(runs, [
      { id: 'left', text: '记者从市优化营商环境中心获悉' },
      { id: 'right', text: '记者从市优化营商环境中心获悉' },
    ])
    expect(found.boxes.map((b) => [b.id, b.y])).toEqual([
      ['left', 0],
      ['right', 20],
    ])
  })

  it('finds an edited paragraph by its first and last characters', () => {
    const printed = '二〇二三年我市持续推进制造名城政企早餐会等十项优化营商环境品牌活动成效明显'
    const edited = printed.replace('政企早餐会', '政企早餐')
    const found = findOnPage(lines(printed), [{ id: 'b', text: edited }])
    expect(found.missing).toEqual([])
    expect(found.boxes[0].w).toBe(Array.from(printed).length * 10)
  })

  it('says which texts the page does not hold', () => {
    const found = findOnPage(lines('本版的文字'), [
      { id: 'here', text: '本版' },
      { id: 'elsewhere', text: '别的版面上的一段话' },
    ])
    expect(found.missing).toEqual(['elsewhere'])
    expect(found.boxes.map((b) => b.id)).toEqual(['here'])
  })
})
