import type { CursorEditor, YHistoryEditor, YjsEditor } from '@slate-yjs/core';
import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { Item } from '../../../main/common/model/item';
import type { Paragraph } from '../../../main/common/model/paragraph';
import type { Table, TableCell, TableRow } from '../../../main/common/model/table';
import type { Text } from '../../../main/common/model/text';

/** Presence data every editor sends with its cursor (withCursors `data`). */
export interface CursorData extends Record<string, unknown> {
  name: string;
  color: string;
  dept: string;
}

export type PlanEditor = BaseEditor & ReactEditor & YjsEditor & YHistoryEditor & CursorEditor<CursorData>;
export type PlanElement = Paragraph | Item | Table | TableRow | TableCell;
export type ElementType = PlanElement['type'];

declare module 'slate' {
  interface CustomTypes {
    Editor: PlanEditor;
    Element: PlanElement;
    Text: Text;
  }
}
