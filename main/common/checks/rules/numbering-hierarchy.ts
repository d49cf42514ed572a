import { Numbering } from '../../model/numbering';
import type { Finding } from '../finding';
import { bodyRule, findingOf } from './make-rule';

const RULE = { id: 'numbering-hierarchy', source: 'GB/T 9704 7.3.3' } as const;

/**
 * 结构层次序数 run 一、 （一） 1. （1） in order [Std 7.3.3 "依次"]. Named: a （1） with no 1. over it
 * (in the same section), and an item at or above its section's own level (a （一） item under a （一）
 * heading). Going from a 一、 heading straight to 1. is common practice for short sections and is left
 * alone; a 办法 (第X章 第X条) may go from 章 to 条. The standard says 可以, hence a warning.
 */
export const numberingHierarchy = bodyRule({
  id: 'numbering-hierarchy',
  title: '层次序数跳级',
  source: RULE.source,
  checkUnit(_plan, ref) {
    const out: Finding[] = [];
    const sectionLevel = ref.section?.level ?? 0;
    let lastLevel3 = false;
    for (const block of ref.body) {
      if (block.type !== 'item') continue;
      const level = block.level;
      if (level < 4) lastLevel3 = level === 3;
      const here = Numbering.label(level, 1, ref.scheme).replace(/[一1]/, 'X');
      const where = { sectionId: ref.id, itemId: block.id };
      if (level <= sectionLevel) {
        out.push(findingOf(RULE, 'warning', `层次序数倒置：“${here}”不能放在同级或下级标题之下，请把它调为下一层级。`, where));
      } else if (level === 4 && !lastLevel3) {
        const missing = Numbering.label(3, 1, ref.scheme).replace(/[一1]/, 'X');
        out.push(findingOf(RULE, 'warning', `层次序数跳级：“${here}”上面没有“${missing}”一级。请把它改为“${missing}”一级，或补上缺的一级。`, where));
      }
    }
    return out;
  },
});
