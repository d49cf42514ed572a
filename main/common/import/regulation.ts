import type { Body } from '../model/element-types';
import type { Section } from '../model/section';
import { classifyLine } from './classify-line';
import type { IdMaker } from './id-maker';
import { sliceLine, type Line } from './line';
import { makeItem } from './make-item';

/** An 办法/规定 attachment: 第X章 → sections, 第X条 → items (level 3), （一） inside an article → level 4. */
export function parseRegulation(lines: readonly Line[], ids: IdMaker): { sections: Section[]; articles: number } {
  const sections: Section[] = [];
  let articles = 0;
  const body = (): Body => {
    if (sections.length === 0) {
      sections.push({ id: ids.next('s'), level: 1, kind: 'other', title: '', assignee: null, body: [], sections: [] });
    }
    return sections[sections.length - 1]!.body;
  };
  for (const line of lines) {
    const c = classifyLine(line);
    if (c.kind === 'chapter') {
      const title = sliceLine(line, c.start).text.trim();
      sections.push({ id: ids.next('s'), level: 1, kind: 'other', title, assignee: null, body: [], sections: [] });
    } else if (c.kind === 'article') {
      articles++;
      body().push(makeItem(line, c.start, 3, () => 'point', ids, { runInTitle: false }).item);
    } else if (c.kind === 'h2' || c.kind === 'n4') {
      body().push(makeItem(line, c.start, 4, () => 'point', ids).item);
    } else {
      body().push({ type: 'paragraph', children: [{ text: line.text }] });
    }
  }
  return { sections, articles };
}
