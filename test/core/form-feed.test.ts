// One text file of several pages parted by form feeds, as pdftotext writes a whole PDF (and the
// Internet Archive's djvu.txt a whole issue): each form feed starts the next page, so a story's
// jump to another page is followed, and each page's running head is dropped.
import { describe, expect, it } from 'vitest'
import { acceptAll, analyze, parseIssue, type Issue } from '../../src-main/core/index'
import { ofKind, page } from './helpers'

const FRONT_ZH = ['## 城区新增三处口袋公园', '本报讯（记者 李明）近日，城区新增三处口袋公园，市民可以就近休闲。', '据介绍，公园总面积约五千平方米，种植了二十多种乡土树种。（下转第2版）']
const INSIDE_ZH = ['株洲日报 2024年1月30日 星期二 第2版 要闻', '（上接第1版）公园内还设有健身步道和儿童游乐区，预计春节前全部向市民开放。']

const pagesOf = (issue: Issue): string[] => [...new Set(issue.articles.flatMap((article) => article.pages))]

describe('A file of pages parted by form feeds', () => {
  it('starts the next page at each form feed, so a Chinese story\'s jump pairs and accept-all merges it', () => {
    const file = page('zhuzhou.txt', [...FRONT_ZH, `\f${INSIDE_ZH[0]}`, INSIDE_ZH[1]].join('\n') + '\n')
    expect(ofKind(analyze([file]).findings, 'continuation')).toHaveLength(1)
    const issue = acceptAll([file]).analysis.issue
    const park = issue.articles.find((article) => article.blocks.some((block) => block.text.includes('乡土树种')))
    expect(park?.pages).toEqual(['01', '02'])
    expect(park?.blocks.map((block) => block.text).join('')).toContain('预计春节前全部向市民开放')
    // The second page's running head, at its top, is page furniture.
    expect(issue.articles.flatMap((article) => article.blocks.map((block) => block.text)).join('\n')).not.toContain('星期二 第2版')
  })

  it('numbers a page by its running head where it prints one, in words too', () => {
    const front = ['Mill closing to cost 300 jobs', 'By ANNA REED', 'The Harmon Paper Co. will close its mill on River Road in June, the company said on Monday, and', 'Continued on Page Eight']
    const inside = ['THE DAILY STAR, ASHFORD, KAN., TUESDAY, MARCH 3, 1908. PAGE EIGHT.', 'Continued from Page One', 'about 300 workers will lose their jobs when the last machines are shut down this summer.']
    const issue = parseIssue([page('star.txt', [...front, `\f${inside[0]}`, ...inside.slice(1)].join('\n') + '\n')])
    expect(pagesOf(issue)).toEqual(['01', '08'])
    expect(issue.articles.flatMap((article) => article.blocks.map((block) => block.text)).join('\n')).not.toContain('PAGE EIGHT.')
  })

  it('makes no empty page of a form feed before the first text or after the last, nor a blank line a page', () => {
    const text = ['\f' + FRONT_ZH[0], ...FRONT_ZH.slice(1), '', '\f', ''].join('\n')
    expect(pagesOf(parseIssue([page('01.txt', text)]))).toEqual(['01'])
    expect(pagesOf(parseIssue([page('01.txt', [...FRONT_ZH, '\f', ...INSIDE_ZH, '\f', '## 第三版的消息', '正文一段。'].join('\n'))]))).toEqual(['01', '02', '03'])
  })

  it('counts a page with no text between two form feeds, and a feed inside a line parts it there', () => {
    const front = ['## 城区新增三处口袋公园', '本报讯（记者 李明）近日，城区新增三处口袋公园。（下转第3版）']
    const blank = parseIssue([page('01.txt', [...front.slice(0, 1), `${front[1]}\n\f\f（上接第1版）公园内还设有健身步道。`].join('\n'))])
    expect(pagesOf(blank)).toEqual(['01', '03'])
    const inline = parseIssue([page('01.txt', `${front.join('\n')}\f（上接第1版）公园内还设有健身步道。`)])
    expect(inline.articles.map((article) => [article.pages, article.blocks.map((block) => block.text)])).toEqual([
      [['01'], ['本报讯（记者 李明）近日，城区新增三处口袋公园。', '（下转第3版）']],
      [['02'], ['（上接第1版）', '公园内还设有健身步道。']],
    ])
  })

  it('takes a running foot, the last line before a feed, for the page it closes', () => {
    const pageText = (p: number) => [`Headline number ${p} here`, `By Writer ${p}`, `Story ${p} text goes on for a long while about the campus and the council and it ends here today.`, `${p + 4} Tuesday, September 27, 1988 Mustang Daily`].join('\n')
    const issue = parseIssue([page('05.txt', [5, 6, 7].map((p) => pageText(p - 4)).join('\n\f'))])
    expect(pagesOf(issue)).toEqual(['05', '06', '07'])
    expect(issue.articles.flatMap((article) => article.blocks.map((block) => block.text)).join('\n')).not.toContain('Mustang Daily')
  })
})
