import { Item } from '../../model/item';
import type { Plan } from '../../model/plan';
import { Section } from '../../model/section';

const bare = (s: string) => s.trim().replace(/[。；，：]+$/, '');

/**
 * Items that only repeat their section's heading: "一、X项目" over the measure "X项目" with its units, the one
 * measure of the section, as a plan of projects writes each (一、项目 over 牵头单位/责任单位/任务目标 lines, and
 * the importer reads it so). Printed "（一）X项目（牵头单位：…）" under "一、X项目", the issued document would name
 * each project twice: the exporter prints such an item's units as the line under the heading instead.
 */
export function headingNamedItems(plan: Plan): Set<string> {
  const ids = new Set<string>();
  for (const section of Section.flatten(plan.sections)) {
    const items = section.body.filter((b): b is Item => b.type === 'item');
    const only = items.length === 1 ? items[0]! : null;
    if (!only) continue;
    // The whole text is the title, run-in or not.
    if (bare(Item.leadText(only) + Item.bodyText(only)) === bare(section.title)) ids.add(only.id);
  }
  return ids;
}
