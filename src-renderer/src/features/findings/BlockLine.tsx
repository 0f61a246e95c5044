// One block shown as text with its type visible (jump lines, captions and subheads styled apart).
import type { Block } from '../../../../src-main/core/model'

export interface BlockLineProps {
  block: Block
  highlight?: boolean
}

export function BlockLine({ block, highlight }: BlockLineProps) {
  const className = `block block-${block.type}${highlight ? ' hit' : ''}`
  if (block.type === 'subhead') return <h4 className={className}>{block.text}</h4>
  return (
    <p className={className} data-block-id={block.id}>
      {block.text}
    </p>
  )
}
