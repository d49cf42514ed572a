import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';
import { Item } from '../../../main/common/model/item';
import { Plan } from '../../../main/common/model/plan';
import { parsePlan } from '../../../main/common/model/parse-plan';
import { guidanceFor, instantiate } from '../../../main/common/templates/instantiate';
import { TemplateSchema, type Template } from '../../../main/common/templates/template';
import { seedText } from '../import/helpers/seeds';

const dir = fileURLToPath(new URL('../../../templates', import.meta.url));

function load(id: string): Template {
  return TemplateSchema.parse(JSON.parse(readFileSync(path.join(dir, `${id}.template.json`), 'utf8')));
}

/** One template per plan kind in the seeds, and a blank one. */
const expectations = [
  { id: 'annual-action-plan', seed: '000_887fce41ce3b9e6c', kind: 'action-plan', notice: null, attachments: [] },
  { id: 'outline-implementation-plan', seed: '001_ca82d0a5fedf39b1', kind: 'implementation-plan', notice: /转发/, attachments: [] },
  { id: 'quality-city-plan', seed: '002_59692cf78eb3dc0c', kind: 'implementation-plan', notice: null, attachments: [] },
  { id: 'quality-improvement-plan', seed: '003_5cb87e2d2ab2f10e', kind: 'implementation-plan', notice: null, attachments: ['task-table'] },
  { id: 'quality-county-implementation', seed: '004_c4e12caab4fdde4e', kind: 'implementation-plan', notice: /印发/, attachments: ['document'] },
  { id: 'generic-plan', seed: null, kind: 'generic', notice: null, attachments: [] },
] as const;

const LABEL = /^\s*([(（][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章条])/;

describe('templates modelled on the seeds', () => {
  for (const e of expectations) {
    it(`${e.id}: valid, instantiates for a 旗 with every placeholder filled and guidance everywhere`, () => {
      const template = load(e.id);
      expect(template.kind).toBe(e.kind);
      const plan = instantiate(template, { region: '鄂托克前旗', year: 2026, issuer: '', leadDepartment: '' });
      const checked = parsePlan(JSON.parse(JSON.stringify(plan)));
      expect(checked.ok ? 'ok' : checked.error.detail).toBe('ok');
      expect(JSON.stringify(plan)).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(template.preambleGuidance).not.toBe('');
      for (const s of Plan.sectionsFlat(plan)) expect(guidanceFor(template, s.id), s.title).not.toBe('');
      expect(plan.notice === null ? null : plan.notice.title).toEqual(e.notice === null ? null : expect.stringMatching(e.notice));
      expect(plan.attachments.map((a) => a.kind)).toEqual(e.attachments);
    });

    it(`${e.id}: no numbering label in any text; measures carry units as data; targets carry figures`, () => {
      const plan = instantiate(load(e.id), { region: '某某县', year: 2026 });
      for (const { item } of Plan.items(plan)) {
        expect(item.children.map((l) => l.text).join('')).not.toMatch(LABEL);
        if (item.role === 'target') expect(Item.bodyText(item)).toMatch(/\d/);
        if (item.role === 'measure' && e.id !== 'generic-plan') expect(item.leadUnits.length).toBeGreaterThan(0);
        for (const u of Item.units(item)) expect(u.startsWith('县') || u.startsWith('各')).toBe(true);
      }
      for (const s of Plan.sectionsFlat(plan)) expect(s.title).not.toMatch(LABEL);
    });

    if (e.seed) {
      it(`${e.id}: numbering mode and responsibility notation are those of seed ${e.seed}`, () => {
        const r = importPlan(seedText(e.seed));
        if (!r.ok) throw new Error(r.error.detail);
        const template = load(e.id);
        expect([template.numbering, template.responsibilityNotation]).toEqual([r.value.plan.meta.numbering, r.value.plan.meta.responsibilityNotation]);
      });
    }
  }

  it('the 质量奖办法 attachment numbers as a regulation: 章 and 条', () => {
    const plan = instantiate(load('quality-county-implementation'), { region: '某某县', year: 2026 });
    const award = plan.attachments[0]!;
    expect(award.kind === 'document' && award.numberingScheme).toBe('regulation');
    expect(award.title).toBe('某某县县长质量奖实施办法');
  });
});
