import { describe, expect, it } from 'vitest';
import { Checks } from '../../../main/common/checks/checks';
import { ownFirst, sectionsOf } from '../../../main/common/checks/own-first';
import { cleanPlan, setItemText } from './helpers/rule-fixtures';

describe('ownFirst: a department colleague sees the findings of their own sections first', () => {
  it('puts the findings of the sections assigned to the department first, each part in document order', () => {
    const p = cleanPlan();
    p.sections[1]!.sections[1]!.assignee = '县财政局';
    p.preamble = [{ type: 'paragraph', children: [{ text: '为此,制定本计划。' }] }];
    setItemText(p, 'm1', '推进,落实');
    setItemText(p, 'm3', '加强,计量');
    const all = Checks.all(p, { today: '2025-06-01' }).filter((f) => f.rule === 'half-width-punctuation');
    expect(all.map((f) => f.where.sectionId)).toEqual(['preamble', 's2a', 's2b']);
    expect(sectionsOf(p, '县财政局')).toEqual(new Set(['s2b']));
    expect(ownFirst(p, all, '县财政局', (f) => f).map((f) => f.where.sectionId)).toEqual(['s2b', 'preamble', 's2a']);
    expect(ownFirst(p, all, null, (f) => f)).toEqual(all);
    expect(ownFirst(p, all, '县教育局', (f) => f)).toEqual(all);
  });
});
