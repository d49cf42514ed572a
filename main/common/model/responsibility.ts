import type { Item } from './item';
import type { ResponsibilityNotation } from './meta';

/**
 * The responsibility annotation printed after a measure, rendered from data (docs/plan-format.md#rules-the-format-keeps rules):
 * units are never part of the item's text. Shared by the docx exporter and the editor.
 */
export const Responsibility = {
  /** The annotation with its full-width brackets, or '' when the item names no unit and no deadline. */
  text(item: Pick<Item, 'leadUnits' | 'supportUnits' | 'deadline'>, notation: ResponsibilityNotation): string {
    const inner = Responsibility.inner(item, notation);
    return inner ? `（${inner}）` : '';
  },
  inner(item: Pick<Item, 'leadUnits' | 'supportUnits' | 'deadline'>, notation: ResponsibilityNotation): string {
    const lead = item.leadUnits.join('、');
    const support = item.supportUnits.join('、');
    let units = '';
    switch (notation) {
      case 'division': {
        // （A、B按职责分工负责）: every unit listed, lead first (seeds 000, 001).
        const all = [...item.leadUnits, ...item.supportUnits].join('、');
        units = all ? `${all}按职责分工负责` : '';
        break;
      }
      case 'lead-and-responsible':
        // （牵头单位：A；责任单位：B、C） (seed 004).
        units = [lead && `牵头单位：${lead}`, support && `责任单位：${support}`].filter(Boolean).join('；');
        break;
      case 'lead-and-participate':
        // （A牵头，B参加） (seed 001); a lone unit is simply responsible.
        if (lead && support) units = `${lead}牵头，${support}参加`;
        else if (lead || support) units = `${lead || support}负责`;
        break;
    }
    const deadline = item.deadline?.trim() ? `完成时限：${item.deadline.trim()}` : '';
    return [units, deadline].filter(Boolean).join('；');
  },
};
