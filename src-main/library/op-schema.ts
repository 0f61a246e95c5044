// The runtime schema of an op, as the edit log checks each one it reads back from disk and the
// IPC contract checks each one an editor sends. It lives with the log, which owns ops on disk.

import { z } from 'zod'

const id = z.string().min(1).max(512)
const expect = z.record(z.string().max(512), z.string().max(128))
const text = z.string().max(4_000_000)
const parts = z.array(z.string().max(100_000)).max(64)
// `seen` (set-headline, set-byline, mark-reviewed) is optional: logs written before it replay as they did.

export const opSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('join-paragraphs'), blockIds: z.tuple([id, id]), dropDoubled: z.boolean(), expect }),
  z.strictObject({ kind: z.literal('delete-blocks'), blockIds: z.array(id).min(1).max(10_000), expect }),
  z.strictObject({
    kind: z.literal('merge-continuation'),
    headId: id,
    tailId: id,
    dropBlockIds: z.array(id).max(10_000),
    expect,
  }),
  z.strictObject({ kind: z.literal('split-article'), articleId: id, atBlockId: id, headline: parts, expect }),
  z.strictObject({
    kind: z.literal('merge-articles'),
    articleId: id,
    intoId: id,
    headlineAs: z.enum(['subhead', 'paragraph', 'drop']),
    expect,
  }),
  z.strictObject({ kind: z.literal('move-blocks'), blockIds: z.array(id).min(1).max(10_000), toArticleId: id, expect }),
  z.strictObject({ kind: z.literal('edit-text'), blockId: id, text, expect }),
  z.strictObject({ kind: z.literal('set-headline'), articleId: id, parts, expect, seen: parts.optional() }),
  z.strictObject({ kind: z.literal('set-byline'), articleId: id, text, expect, seen: text.nullable().optional() }),
  z.strictObject({ kind: z.literal('split-paragraph'), blockId: id, at: z.int().min(1).max(4_000_000), expect }),
  z.strictObject({ kind: z.literal('delete-article'), articleId: id, expect }),
  z.strictObject({ kind: z.literal('set-block-type'), blockId: id, type: z.enum(['paragraph', 'subhead', 'caption']), expect }),
  z.strictObject({ kind: z.literal('attach-caption'), blockId: id, articleId: id, expect }),
  z.strictObject({ kind: z.literal('dismiss-finding'), findingId: id, expect }),
  z.strictObject({ kind: z.literal('mark-reviewed'), articleId: id, reviewed: z.boolean(), expect, seen: parts.optional() }),
  z.strictObject({ kind: z.literal('split-off-subhead'), blockId: id, at: z.number().int().min(1).max(10_000_000), expect }),
])
