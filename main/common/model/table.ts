import { z } from 'zod';
import { Paragraph, ParagraphSchema } from './paragraph';

export const TableCellSchema = z.strictObject({
  type: z.literal('table-cell'),
  children: z.array(ParagraphSchema).min(1, 'a table cell needs at least one paragraph'),
});
export type TableCell = z.infer<typeof TableCellSchema>;

export const TableRowSchema = z.strictObject({
  type: z.literal('table-row'),
  children: z.array(TableCellSchema).min(1, 'a table row needs at least one cell'),
});
export type TableRow = z.infer<typeof TableRowSchema>;

export const TableSchema = z.strictObject({
  type: z.literal('table'),
  header: z.boolean().default(false),
  children: z.array(TableRowSchema).min(1, 'a table needs at least one row'),
});
export type Table = z.infer<typeof TableSchema>;

export const Table = {
  create(rows: string[][], header = true): Table {
    return {
      type: 'table',
      header,
      children: rows.map((cells) => ({
        type: 'table-row',
        children: cells.map((c) => ({ type: 'table-cell', children: [Paragraph.create(c)] })),
      })),
    };
  },
  /** Cell texts, row by row (each cell's paragraphs joined by newlines). */
  rows(table: Table): string[][] {
    return table.children.map((row) =>
      row.children.map((cell) => cell.children.map((p) => p.children.map((l) => l.text).join('')).join('\n')),
    );
  },
};
