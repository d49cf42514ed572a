import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../main/node/import/import-file';
import { DIR, load, measures, text } from './pattern-fixtures';

/** A made-up Word file (written by LibreOffice from a made-up page) imported as the app imports it. */
function word(file: string) {
  const r = importBytes(new Uint8Array(readFileSync(file)), path.basename(file));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value.plan;
}

// Patterns behind the misses of blind round 31 (docs/import.md, blind round 31), in made-up texts of the same style.
describe('blind round 31 patterns (a notice\'s own requirements)', () => {
  it('"一、选聘岗位" / "二、人选条件" of a selection notice: its posts and conditions are no measures', () => {
    const { plan } = load('blind31-selection-posts');
    expect(measures(plan)).toEqual([]);
    expect(plan.sections.map((s) => s.title)).toEqual(['选聘岗位', '人选条件', '选聘程序']);
  });

  it('"二、入场安排：" / "三、上台领取证书流程：" of a ceremony notice: its programme, no measures', () => {
    const { plan } = load('blind31-ceremony-programme');
    expect(measures(plan)).toEqual([]);
    expect(plan.meta.title).toBe('关于2026届毕业生毕业典礼的通知');
  });
});

describe('blind round 31 patterns (a red 发文机关标志 without 文件)', () => {
  const head = { issuer: '中共某县委宣传部', title: '关于开展2026年读书月活动的通知', signature: '中共某县委宣传部', date: '2026-03-20' };

  it('a .doc whose first line, all in red, names an organ: the 标志, not the start of the title', () => {
    expect(word(path.join(DIR, '../doc/blind31-red-mark.doc')).meta).toMatchObject(head);
  });

  it('a .docx the same (w:color FF0000)', () => {
    expect(word(path.join(DIR, 'blind31-red-mark.docx')).meta).toMatchObject(head);
  });
});

describe('blind round 31 patterns (a cover form)', () => {
  it('"主管部门 | 某县教育局（盖章）" / "编制人员 | …" above the plan: a form of fields, not a task table', () => {
    const { plan } = load('blind31-cover-form');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['完善课程体系', '加强师资队伍']);
  });
});
