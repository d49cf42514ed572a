import { Plan } from '../model/plan';
import { Units } from '../units/units';
import type { ImportReport } from './import-report';
import { mostUsed } from './plan-meta';

/** The report's counts (sections, measures, targets, units, plain paragraphs) and unit suggestions. */
export function countPlan(plan: Plan, report: ImportReport): void {
  const c = report.counts;
  c.sections = Plan.sectionsFlat(plan).length;
  const items = Plan.items(plan).map((l) => l.item);
  c.measures = items.filter((i) => i.role === 'measure').length;
  c.targets = items.filter((i) => i.role === 'target').length;
  c.points = items.filter((i) => i.role === 'point').length;
  c.measuresWithUnits = items.filter((i) => i.role === 'measure' && i.leadUnits.length + i.supportUnits.length > 0).length;
  c.units = Plan.unitsInUse(plan).length;
  c.attachments = plan.attachments.length;
  for (const s of Plan.sectionsFlat(plan)) {
    for (const b of s.body) {
      if (b.type !== 'paragraph') continue;
      c.plainParagraphs++;
      const t = b.children.map((l) => l.text).join('');
      report.plainParagraphs.push(t.length > 40 ? `${t.slice(0, 40)}……` : t);
    }
  }
  const noFigure = items.filter((i) => i.role === 'target' && !/\d/.test(i.children.map((l) => l.text).join('')));
  if (noFigure.length) report.warnings.push(`${noFigure.length} 条目标中没有数字指标`);
  const region = { region: plan.meta.region };
  const levels = new Map<string, number>();
  for (const name of Plan.unitsInUse(plan)) {
    const level = Units.levelOf(name);
    if (level) levels.set(level, (levels.get(level) ?? 0) + 1);
  }
  const usual = mostUsed(levels, '');
  for (const name of Plan.unitsInUse(plan)) {
    const s = Units.suggestLevel(name, usual, region) ?? Units.suggest(name, region);
    if (s) report.unitSuggestions.push({ name, ...s });
  }
}
