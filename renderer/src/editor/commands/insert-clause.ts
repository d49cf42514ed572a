import { Editor, Transforms } from 'slate';
import { adaptUnits } from '../../../../main/common/clauses/adapt-units';
import type { Clause } from '../../../../main/common/clauses/clause';
import { Ids } from '../../../../main/common/model/ids';
import type { Item } from '../../../../main/common/model/item';
import type { Text } from '../../../../main/common/model/text';
import { blockAtSelection } from './block-at-selection';
import { insertPastedBlocks } from './insert-pasted-blocks';

/**
 * A 条款库 clause inserted at the caret as a measure: its run-in title, text and units, and where it
 * came from (`source`). The level follows the item at the caret (a measure under （一） headings is 1.).
 * No deadline: the clause's was another year's. Units of another county are written at this plan's
 * level (`unit`: 县/旗/区, adapt-units.ts).
 */
export function insertClause(editor: Editor, args: { clause: Clause; unit: string }): void {
  const { clause } = args;
  if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
  const here = blockAtSelection(editor)?.[0];
  const level = here && here.type === 'item' ? here.level : 3;
  const children: Text[] = [];
  if (clause.lead) children.push({ text: clause.lead, lead: true });
  if (clause.body || children.length === 0) children.push({ text: clause.body });
  const item: Item = {
    type: 'item', id: Ids.create('m'), level, role: 'measure',
    leadUnits: adaptUnits(clause.leadUnits, args.unit), supportUnits: adaptUnits(clause.supportUnits, args.unit), deadline: null, children,
    source: { plan: clause.source.plan, year: clause.source.year, section: clause.source.section },
  };
  insertPastedBlocks(editor, { blocks: [item] });
}
