import type { BlockByType, BlockType, Body } from '../../model/element-types';
import type { NumberingScheme } from '../../model/numbering';
import type { BuildContext, Flow } from '../build-context';
import { itemBlock } from './item-block';
import { paragraphBlock } from './paragraph-block';
import { tableBlock } from './table-block';

type BlockBuilder<K extends BlockType> = (block: BlockByType[K], ctx: BuildContext, scheme: NumberingScheme) => Flow[];

/** Exhaustive: a new block type does not compile until it has a docx mapping (docs/architecture.md#registries). */
export const blockBuilders: { [K in BlockType]: BlockBuilder<K> } = {
  paragraph: (b, ctx) => paragraphBlock(b, ctx),
  item: (b, ctx, scheme) => itemBlock(b, ctx, scheme),
  table: (b, ctx) => tableBlock(b, ctx),
};

export function bodyFlows(body: Body, ctx: BuildContext, scheme: NumberingScheme = 'plan'): Flow[] {
  return body.flatMap((block) => (blockBuilders[block.type] as BlockBuilder<typeof block.type>)(block, ctx, scheme));
}
