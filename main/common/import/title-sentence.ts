import { makeLine, type Line } from './line';
import { TITLE_END } from './title-text';

/**
 * "关于支持“双招双引”的十条意见。为落实市委、市政府…现提出以下意见。1.对来…": a copy run together from its very
 * first line, the document's name closed by a full stop like a sentence. A first line that opens with a
 * short sentence naming a document (it ends in a document kind: 意见, 方案, 计划 …, and holds no comma,
 * colon or 《》 of a sentence) before more text is split there, so the name is read as the title.
 */
const NAME_SENTENCE = /^([^。,;:!?《》]{6,60}?)。(.{20,})$/;
const PROSE_START = /^(为|根据|按照|现将|经|各|近日|今年|去年|我[市县区镇乡])/;

export function splitTitleSentence(lines: readonly Line[]): { lines: Line[]; split: boolean } {
  const first = lines.findIndex((l) => l.m.trim() !== '');
  const line = first >= 0 ? lines[first]! : null;
  const g = line ? NAME_SENTENCE.exec(line.m.trim()) : null;
  if (!line || !g || !TITLE_END.test(g[1]!) || PROSE_START.test(g[1]!)) return { lines: [...lines], split: false };
  const text = line.text.trim();
  const cut = g[1]!.length;
  const out = [...lines];
  out.splice(first, 1, makeLine(text.slice(0, cut)), makeLine(text.slice(cut + 1)));
  return { lines: out, split: true };
}
