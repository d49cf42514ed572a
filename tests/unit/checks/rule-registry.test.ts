import { describe, expect, it } from 'vitest';
import { documentGaps } from '../../../main/common/checks/document-gaps';
import { RULE_IDS, RULE_LIST, RULES, checkAll } from '../../../main/common/checks/rule-registry';
import { planBodyIds } from '../../../main/common/checks/rules/plan-bodies';
import type { Plan } from '../../../main/common/model/plan';
import { CTX, FILE, cleanPlan, setItemText } from './helpers/rule-fixtures';

describe('rule registry', () => {
  it('every id has its rule, with a Chinese title and a source', () => {
    expect(RULE_LIST.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const id of RULE_IDS) {
      expect(RULES[id].id).toBe(id);
      expect(RULES[id].title).toMatch(/[\u4e00-\u9fff]/);
      expect(RULES[id].source.length).toBeGreaterThan(2);
    }
  });

  it('the clean fixture has no finding, in the editor or exported as a 文件 with its notice', () => {
    expect(checkAll(cleanPlan(), CTX)).toEqual([]);
    expect(checkAll(cleanPlan(), FILE)).toEqual([]);
  });

  it('a body rule: checkBody of every body id together equals check minus the findings without sectionId', () => {
    const p = cleanPlan();
    setItemText(p, 'm1', '推进,落实××。。');
    p.sections[0]!.title = '工作目标,';
    p.meta.title += '。';
    for (const rule of RULE_LIST) {
      if (rule.scope !== 'body') continue;
      const full = rule.check(p, CTX);
      const byBody = planBodyIds(p).flatMap((id) => rule.checkBody(p, id, CTX));
      expect(byBody).toEqual(full.filter((f) => f.where.sectionId !== undefined));
      for (const f of byBody) expect(rule.checkBody(p, f.where.sectionId!, CTX)).toContainEqual(f);
    }
    expect(RULES['half-width-punctuation'].scope === 'body' && RULES['half-width-punctuation'].checkBody(p, 'gone', CTX)).toEqual([]);
  });

  it('covers every gap the export dialog names today (document-gaps), on the same field', () => {
    const cases: Array<Partial<Plan['meta']>> = [
      { title: '' }, { docNumber: null, date: null }, { docNumber: { agency: '', year: 2025, serial: null } },
      { printer: null, printDate: null }, { copyNumber: '12' }, { secrecyTerm: '5年', secrecy: null },
      { docNumber: { agency: '某政发', year: 2025, serial: 0 } }, { printDate: '2025-03-01' },
      { issuer: '', signature: '', mark: null }, { mainRecipients: [] },
    ];
    for (const meta of cases) {
      const p = cleanPlan();
      Object.assign(p.meta, meta);
      const gapFields = new Set<string>(documentGaps(p, FILE.kind!).map((g) => g.field));
      const found = new Set(checkAll(p, FILE).filter((f) => f.severity === 'error').map((f) => f.where.field));
      for (const field of gapFields) expect(found, `${JSON.stringify(meta)} → ${field}`).toContain(field);
    }
  });
});
