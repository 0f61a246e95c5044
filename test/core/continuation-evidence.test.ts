// What a continuation's candidates tell the editor: a score from 0 to 100 % that is the share of
// the evidence that agrees, and the evidence itself; and a jump to a page that exists but holds no
// matching tail names that page and offers its articles.
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src-main/core/index'
import { ofKind, page } from './helpers'

const head = page(
  '01.md',
  [
    '## Mayor Unveils Plan for Riverside Park',
    'Mayor Ann Hale on Monday unveiled a plan to turn the old rail yard into a riverside park with trails and a boat launch.',
    'The plan, which still needs council approval, would cost about four million dollars and take three years to',
    'Continued on page 2',
  ].join('\n\n') + '\n',
)

describe('continuation candidates', () => {
  it('score each candidate tail between 0 and 100 %, the true tail highest, with the evidence that agrees', () => {
    const tails = page(
      '02.md',
      [
        '## School Board Delays Budget Vote',
        'Continued from page 1',
        'The school board postponed its budget vote on Tuesday after members asked for more time to review figures.',
        '## Mayor Unveils Plan for Riverside Park',
        'Continued from page 1',
        'complete, according to city estimates released with the proposal.',
        '## Bridge Repairs Begin',
        'Continued from page 1',
        'Crews began work on the old bridge on Monday, closing one lane for a month.',
      ].join('\n\n') + '\n',
    )
    const [finding] = ofKind(analyze([head, tails]).findings, 'continuation')
    const candidates = finding.candidates ?? []
    expect(candidates.length).toBeGreaterThan(1)
    for (const candidate of candidates) {
      expect(candidate.score).toBeGreaterThanOrEqual(0)
      expect(candidate.score).toBeLessThanOrEqual(1)
    }
    expect(candidates[0].label).toContain('Riverside Park')
    expect(candidates[0].score).toBeGreaterThan(candidates[1].score)
    expect(candidates[0].evidence).toEqual(expect.arrayContaining(['page', 'headline', 'runs-on']))
    expect(candidates[1].evidence).not.toContain('headline')
  })
})

describe('a jump to a page that holds no matching tail', () => {
  it('names the page, says no article there continues it, and offers that page’s articles to link', () => {
    const other = page(
      '02.md',
      ['## School Board Delays Budget Vote', 'The school board postponed its budget vote on Tuesday.', '## Bridge Repairs Begin', 'Crews began work on the old bridge.'].join('\n\n') + '\n',
    )
    const [finding] = ofKind(analyze([head, other]).findings, 'unresolved-jump')
    expect(finding.variant).toBe('out-unmatched')
    expect(finding.missingPage).toBeUndefined()
    expect(finding.params?.page).toBe('02')
    expect(finding.candidates?.map((c) => c.label)).toEqual(['School Board Delays Budget Vote', 'Bridge Repairs Begin'])
    expect(finding.candidates?.[0].fix[0]).toMatchObject({ kind: 'merge-continuation' })
  })
})
