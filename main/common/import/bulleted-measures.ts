import type { Body } from '../model/element-types';
import type { HeadGuess } from './front-matter';
import type { IdMaker } from './id-maker';
import { BULLET } from './item-above';
import { makeLine } from './line';
import { makeItem } from './make-item';

/**
 * A plan with no heading and no numbered item ("…乡人民政府2023年工作计划": intro, 总体要求, then "——让乡村旅游
 * “火起来”。我乡将以…"): its bulleted paragraphs ("——", "--", "●") that open with a run-in title (a short
 * sentence closed by 。) are its measures; the paragraphs before them stay the preamble. Returns how many.
 */
export function bulletedMeasures(preamble: Body, ids: IdMaker, guesses: HeadGuess[]): number {
  let n = 0;
  for (let i = 0; i < preamble.length; i++) {
    const b = preamble[i]!;
    if (b.type !== 'paragraph') continue;
    const text = b.children.map((c) => c.text).join('');
    const bullet = BULLET.exec(text);
    if (!bullet) continue;
    const line = makeLine(text.slice(bullet[0].length));
    const stop = line.m.indexOf('。');
    if (stop < 2 || stop > 40) continue;
    preamble[i] = makeItem(line, 0, 2, () => 'measure', ids).item;
    n++;
  }
  if (n) guesses.push({ what: `原文没有标题或编号，${n} 段以“——”等符号开头、先写短标题的段落按措施导入`, confidence: 0.6 });
  return n;
}
