import { z } from 'zod';
import { ItemSchema, type Item } from './item';
import { ParagraphSchema, type Paragraph } from './paragraph';
import { TableSchema, type Table } from './table';

/**
 * Block element types of a body. Every layer keeps an exhaustive `Record<BlockType, …>` registry
 * (schema here, docx mapping, view), so a new type cannot be half-added.
 */
export const BLOCK_TYPES = ['paragraph', 'item', 'table'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

export interface BlockByType {
  paragraph: Paragraph;
  item: Item;
  table: Table;
}
export type Block = BlockByType[BlockType];

export const blockSchemas: { [K in BlockType]: z.ZodType<BlockByType[K]> } = {
  paragraph: ParagraphSchema,
  item: ItemSchema as z.ZodType<Item>,
  table: TableSchema as z.ZodType<Table>,
};

export const BlockSchema = z.discriminatedUnion('type', [ParagraphSchema, ItemSchema, TableSchema]);
export const BodySchema = z.array(BlockSchema);
export type Body = Block[];
