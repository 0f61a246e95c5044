import { describe, expect, it } from 'vitest'
import { analyze } from '../../src-main/core/index'
import { page } from './helpers'

const titleOf = (text: string, opts: { title?: string; date?: string; paper?: string } = {}) => analyze([page('01.md', text)], [], opts).issue.title

describe('the issue title from the masthead', () => {
  it('takes the name a Chinese daily signs its reports with, over the folder name', () => {
    const text = '## 新区建设提速\n\n江城日报讯(记者 李明) 昨日新区三个项目开工。\n\n## 春耕忙\n\n江城日报讯 全市春耕生产有序推进。\n'
    expect(titleOf(text, { title: 'jiangcheng ribao 2024-03-05', date: '2024-03-05' })).toBe('江城日报 2024-03-05')
  })

  it('reads nothing from 本报 or from a name that signs a single report', () => {
    const text = '## 新区建设提速\n\n本报讯 昨日新区三个项目开工。\n\n## 转载\n\n江城日报讯 全市春耕生产有序推进。\n'
    expect(titleOf(text, { title: 'folder title' })).toBe('folder title')
  })

  it('takes an English nameplate at the head of the front page, not a headline the extraction marked', () => {
    expect(titleOf('The Evening Post\nSALT LAKE CITY, SUNDAY\n\nCOUNCIL VOTES BUDGET\nThe council voted last night.\n', { title: 'evening post', date: '1911-09-17' })).toBe('The Evening Post 1911-09-17')
    expect(titleOf('## Campus News\n\nThe council voted last night on the budget.\n', { title: 'folder title' })).toBe('folder title')
  })

  it('gives the name the editor set for the library precedence over the masthead', () => {
    const text = '## 新区\n\n江城日报讯 昨日开工。\n\n## 春耕\n\n江城日报讯 有序推进。\n'
    expect(titleOf(text, { title: 'x', date: '2024-03-05', paper: '江城晚报' })).toBe('江城晚报 2024-03-05')
  })
})
