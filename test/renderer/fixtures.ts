// Small hand-written issue pieces for component tests: blocks, articles and findings of each kind.
import type { Article, Block, BlockType, Finding } from '../../src-main/core/model'

export function block(id: string, type: BlockType, text: string, extra: Partial<Block> = {}): Block {
  return { id, type, text, source: [{ page: id.slice(0, 2), start: 0, end: text.length }], hash: `h-${id}`, ...extra }
}

export function article(id: string, headline: string[], blocks: Block[], extra: Partial<Article> = {}): Article {
  return { id, pages: [id.slice(0, 2)], headline, headlineBlockId: id, blocks, confidence: 1, reviewed: false, ...extra }
}

export const skills = article('01-skills', ['技能大师工作室', '培养高技能人才'], [
  block('01-p1', 'paragraph', '株洲日报讯(全媒体记者/成姣兰) 近年来,我市着力培养高技能人才'),
  block('01-p2', 'paragraph', '才,职业院校与企业共建工作室。'),
  block('01-j1', 'jump', '▶▶下转02版②', { jump: { direction: 'out', page: '02', label: '②', keyword: '' } }),
])

export const quality = article('01-quality', ['10家株企获省级制造业质量品牌荣誉'], [
  block('01-q1', 'paragraph', '近日,省工信厅公布名单,我市10家企业上榜。'),
  block('01-q2', 'paragraph', '这些企业覆盖轨道交通、航空、先进硬质材料等产业。'),
  block('01-q3', 'paragraph', '近日,省工信厅公布名单,我市10家企业上榜。'),
  block('01-q4', 'paragraph', '这些企业覆盖轨道交通、航空、先进硬质材枓等产业。'),
])

export const expo = article('01-expo', ['对标长沙,株洲会展学什么?'], [
  block('01-e1', 'paragraph', '会展业是城市的名片。'),
  block('01-e2', 'jump', '▶▶下转02版①', { jump: { direction: 'out', page: '02', label: '①', keyword: '' } }),
])

export const expoTail = article('02-expo', ['对标长沙,株洲会展学什么?'], [
  block('02-e1', 'jump', '▲▲上接01版①', { jump: { direction: 'in', page: '01', label: '①', keyword: '' } }),
  block('02-e2', 'paragraph', '学长沙:把展会办成城市的节日。'),
], { pages: ['02'] })

export const otherTail = article('02-other', ['另一篇文章'], [block('02-o1', 'paragraph', '与会展无关的文字。')], { pages: ['02'] })

export const blind = article('01-blind', ['“黑科技”助盲人出行'], [block('01-b1', 'paragraph', '远程辅助导航与虚拟陪伴系统投入测试。')])

export const orphan = article('01-orphan', [], [
  block('01-c1', 'caption', '“远程辅助导航与虚拟陪伴系统”测试现场。通讯员 供图', {
    caption: { text: '“远程辅助导航与虚拟陪伴系统”测试现场。', credit: '通讯员 供图' },
  }),
])

export const paragraphBreak: Finding = {
  id: 'f-break',
  kind: 'paragraph-break',
  articleIds: ['01-skills'],
  blockIds: ['01-p1', '01-p2'],
  message: 'Paragraph cut at a column break',
  confidence: 0.9,
  fix: [{ kind: 'join-paragraphs', blockIds: ['01-p1', '01-p2'], dropDoubled: true, expect: { '01-p1': 'h-01-p1', '01-p2': 'h-01-p2' } }],
  doubled: '才',
}

export const duplicate: Finding = {
  id: 'f-dup',
  kind: 'duplicate-passage',
  articleIds: ['01-quality'],
  blockIds: ['01-q1', '01-q2', '01-q3', '01-q4'],
  message: 'Passage repeated',
  confidence: 0.95,
  fix: [{ kind: 'delete-blocks', blockIds: ['01-q3', '01-q4'], expect: { '01-q3': 'h-01-q3', '01-q4': 'h-01-q4' } }],
}

const mergeExpo = { kind: 'merge-continuation' as const, headId: '01-expo', tailId: '02-expo', dropBlockIds: ['01-e2', '02-e1'], expect: {} }
const mergeOther = { kind: 'merge-continuation' as const, headId: '01-expo', tailId: '02-other', dropBlockIds: ['01-e2'], expect: {} }

export const continuation: Finding = {
  id: 'f-cont',
  kind: 'continuation',
  articleIds: ['01-expo', '02-expo'],
  blockIds: ['01-e2', '02-e1'],
  message: 'Continued on page 02 (①)',
  confidence: 0.9,
  fix: [mergeExpo],
  candidates: [
    { articleId: '02-expo', score: 0.9, fix: [mergeExpo], label: '对标长沙,株洲会展学什么? (02)' },
    { articleId: '02-other', score: 0.2, fix: [mergeOther], label: '另一篇文章 (02)' },
  ],
}

export const unresolved: Finding = {
  id: 'f-jump',
  kind: 'unresolved-jump',
  articleIds: ['01-skills'],
  blockIds: ['01-j1'],
  message: 'Jump to page 02 has no partner',
  confidence: 1,
  fix: [],
  missingPage: '02',
}

export const orphanCaption: Finding = {
  id: 'f-caption',
  kind: 'orphan-caption',
  articleIds: ['01-orphan'],
  blockIds: ['01-c1'],
  message: 'Caption away from its article',
  confidence: 0.8,
  fix: [{ kind: 'attach-caption', blockId: '01-c1', articleId: '01-blind', expect: {} }],
  candidates: [
    { articleId: '01-blind', score: 0.8, fix: [{ kind: 'attach-caption', blockId: '01-c1', articleId: '01-blind', expect: {} }], label: '“黑科技”助盲人出行' },
    { articleId: '01-skills', score: 0.1, fix: [{ kind: 'attach-caption', blockId: '01-c1', articleId: '01-skills', expect: {} }], label: '技能大师工作室' },
  ],
}

export const splitSuspect: Finding = {
  id: 'f-split',
  kind: 'split-suspect',
  articleIds: ['01-quality'],
  blockIds: ['01-q1'],
  message: 'Two stories under one headline?',
  confidence: 0.5,
  fix: [],
}

export const articles = [skills, quality, expo, blind, orphan, expoTail, otherTail]
export const findings = [paragraphBreak, duplicate, continuation, unresolved, orphanCaption, splitSuspect]
