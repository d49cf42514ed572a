import type { Plan } from '../model/plan';
import { classifyLine } from './classify-line';
import type { FrontMatter } from './front-matter';
import type { IdMaker } from './id-maker';
import type { ImportReport } from './import-report';
import type { Line } from './line';
import { parseRegulation } from './regulation';

/** The body is an 办法/规定 (its first label is 第X章 or 第X条, no 一、 before it): one regulation document. */
export function regulationBody(lines: readonly Line[], fm: FrontMatter, ids: IdMaker, report: ImportReport): Plan['attachments'][number] | null {
  const first = lines.findIndex((l) => classifyLine(l).kind !== 'text');
  if (first < 0 || !['chapter', 'article'].includes(classifyLine(lines[first]!).kind)) return null;
  const reg = parseRegulation(lines, ids);
  if (reg.articles === 0) return null;
  const title = fm.title ?? '办法';
  report.guesses.push({ what: `正文是按“第X章”“第X条”编排的办法（${reg.articles} 条），作为附件“${title}”导入，保留章条编号`, confidence: 0.7 });
  return { id: ids.next('a'), title, kind: 'document', numberingScheme: 'regulation', sections: reg.sections };
}
