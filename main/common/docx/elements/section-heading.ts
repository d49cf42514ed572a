import { AlignmentType } from 'docx';
import { Numbering, type NumberingScheme } from '../../model/numbering';
import type { Section } from '../../model/section';
import { bodyFlows } from './block-registry';
import type { BuildContext, Flow } from '../build-context';
import { StyleIds } from '../docx-styles';
import { bodyIndent, bodyRun, flowParagraph } from '../flow-paragraph';
import { diffRunSpecs, markOf, wholeBlockRuns } from '../compare/block-marks';

/**
 * A standalone heading line: 一、 in 黑体 (Heading1), （一） in 楷体 (Heading2), 左空二字, kept with the
 * next line [Std 7.3.3]. In a regulation (办法) 第X章 is centred in 黑体 [Prac].
 */
export function sectionHeading(section: Section, ctx: BuildContext, scheme: NumberingScheme): Flow {
  const label = ctx.labels.get(section.id) ?? '';
  const face = ctx.style.headings.faces[section.level];
  if (scheme === 'regulation') {
    return flowParagraph(ctx, {
      style: StyleIds.heading(section.level),
      alignment: AlignmentType.CENTER,
      indent: { firstLine: 0, firstLineChars: 0 },
      keepNext: true,
      runs: [bodyRun(ctx, `${label}${Numbering.gap(scheme, section.level, 'heading')}${section.title}`, face)],
    });
  }
  const mark = markOf(ctx, section);
  const plain = mark?.kind === 'edit'
    ? [bodyRun(ctx, label, face), ...diffRunSpecs(ctx, mark.body, bodyRun(ctx, '', face))]
    : [bodyRun(ctx, `${label}${section.title}`, face)];
  const { runs, extra } = wholeBlockRuns(ctx, mark, plain);
  return flowParagraph(ctx, {
    style: StyleIds.heading(section.level),
    indent: bodyIndent(ctx),
    keepNext: true,
    runs,
    ...(extra ? { extra } : {}),
  });
}

/** Sections in document order: heading, body, then level-2 sections. */
export function sectionFlows(sections: readonly Section[], ctx: BuildContext, scheme: NumberingScheme = 'plan'): Flow[] {
  return sections.flatMap((s) => [
    sectionHeading(s, ctx, scheme),
    ...bodyFlows(s.body, ctx, scheme),
    ...sectionFlows(s.sections, ctx, scheme),
  ]);
}
