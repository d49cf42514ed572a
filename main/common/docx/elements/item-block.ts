import { Item } from '../../model/item';
import { Responsibility } from '../../model/responsibility';
import { Numbering } from '../../model/numbering';
import type { BuildContext, Flow } from '../build-context';
import { StyleIds } from '../docx-styles';
import { bodyIndent, bodyRun, flowParagraph } from '../flow-paragraph';
import type { Face } from '../gbt9704-style';
import type { RunSpec } from '../text-run';
import { diffRunSpecs, markOf, wholeBlockRuns } from '../compare/block-marks';

/**
 * A numbered item: label, run-in title (the `lead` leaves) in the heading face of its level, the rest
 * in 仿宋, then the responsibility annotation rendered from leadUnits/supportUnits/deadline [Std 7.3.3].
 * Without lead leaves, a level-1/2 item uses the heading face up to the first 。 [Prac].
 */
export function itemBlock(item: Item, ctx: BuildContext, scheme: 'plan' | 'regulation' = 'plan'): Flow[] {
  const label = ctx.labels.get(item.id) ?? '';
  const face = scheme === 'regulation' && item.level === 3 ? 'heiti' : ctx.style.headings.faces[item.level];
  const mark = markOf(ctx, item);
  if (mark?.kind === 'edit') {
    // A compared export: the title, text and annotation as word diffs against the old plan.
    const runs = [bodyRun(ctx, label, face), ...diffRunSpecs(ctx, mark.lead, bodyRun(ctx, '', face)), ...diffRunSpecs(ctx, mark.body, bodyRun(ctx, '')), ...diffRunSpecs(ctx, mark.note, bodyRun(ctx, ''))];
    return [flowParagraph(ctx, { style: StyleIds.body, indent: bodyIndent(ctx), runs })];
  }
  if (!mark && !ctx.review && ctx.headingNamed?.has(item.id)) {
    // The heading above names the project: the line under it gives its units, as such a plan writes them
    // ("牵头单位：…；责任单位：…"), whatever notation the plan's other measures use; with none, nothing is left to say.
    const units = Responsibility.inner(item, 'lead-and-responsible');
    return units ? [flowParagraph(ctx, { style: StyleIds.body, indent: bodyIndent(ctx), runs: [bodyRun(ctx, units)] })] : [];
  }
  const runs: RunSpec[] = [];
  const leads = item.children.filter((l) => l.lead);
  const rest = item.children.filter((l) => !l.lead);
  runs.push(bodyRun(ctx, `${label}${Numbering.gap(scheme, item.level, 'item')}`, face));
  if (ctx.review) {
    // 修订稿: the same faces, cut at comments; leaves keep their 修订 (review-runs.ts).
    const run = (t: string, f: Face, b: boolean) => bodyRun(ctx, t, f, b);
    if (leads.length > 0) runs.push(...ctx.review.runs(item, [...leads, ...rest], run, (l) => (l.lead ? face : 'fangsong')));
    else if (item.level <= 2 && face !== 'fangsong') {
      const stop = Item.bodyText(item).indexOf('。');
      const cut = stop >= 0 ? stop + 1 : Number.MAX_SAFE_INTEGER;
      runs.push(...ctx.review.runs(item, rest, run, (_l, at) => (at < cut ? face : 'fangsong'), stop >= 0 ? [cut] : []));
    } else runs.push(...ctx.review.runs(item, rest, run, () => 'fangsong'));
  } else if (leads.length > 0) {
    for (const l of leads) runs.push(bodyRun(ctx, l.text, face, l.bold === true));
    for (const l of rest) runs.push(bodyRun(ctx, l.text, 'fangsong', l.bold === true));
  } else if (item.level <= 2 && face !== 'fangsong') {
    const text = Item.bodyText(item);
    const stop = text.indexOf('。');
    const head = stop >= 0 ? text.slice(0, stop + 1) : text;
    runs.push(bodyRun(ctx, head, face));
    if (stop >= 0) runs.push(bodyRun(ctx, text.slice(stop + 1)));
  } else {
    for (const l of rest) runs.push(bodyRun(ctx, l.text, 'fangsong', l.bold === true));
  }
  const note = Responsibility.text(item, ctx.notation);
  if (note) runs.push(bodyRun(ctx, note));
  const whole = wholeBlockRuns(ctx, mark, runs);
  return [flowParagraph(ctx, { style: StyleIds.body, indent: bodyIndent(ctx), runs: whole.runs, ...(whole.extra ? { extra: whole.extra } : {}) })];
}
