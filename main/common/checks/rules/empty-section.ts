import { bodyRule, findingOf } from './make-rule';
import { blockText } from './text-units';

const RULE = { id: 'empty-section', source: '实务：标题下应有内容' } as const;

/**
 * A section (or a 附件) with a title and nothing under it: no text, no table, no sub-section. The
 * preamble and closing may be empty. A warning: a section being drafted is empty for a while.
 */
export const emptySection = bodyRule({
  id: 'empty-section',
  title: '空的章节',
  source: RULE.source,
  checkUnit(_plan, ref) {
    const hasContent = ref.body.some((b) => b.type === 'table' || blockText(b).trim() !== '');
    if (hasContent) return [];
    if (ref.section) {
      if (ref.section.sections.length > 0) return [];
      return [findingOf(RULE, 'warning', `“${ref.section.title || '（无标题）'}”下没有内容：请补写内容或删除该标题。`, { sectionId: ref.id })];
    }
    const a = ref.attachment;
    if (!a || a.kind === 'task-table' || (a.kind === 'document' && a.sections.length > 0)) return [];
    return [findingOf(RULE, 'warning', `附件“${a.title || '（无标题）'}”没有内容：请补写内容或删除该附件。`, { sectionId: ref.id })];
  },
});
