import { strToU8, zipSync } from 'fflate';
import { seededRng as rng } from '../../../main/common/seeded-rng';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';
import { parsePlan } from '../../../main/common/model/parse-plan';
import { importBytes } from '../../../main/node/import/import-file';
import { SEED_NAMES, seedText } from './helpers/seeds';

const NOISE = ['(', ')', '（', '）', '|', '。', '、', '附件:', '第三章', '一、', '(一)', '1.', '牵头部门:', '按职责分工负责', '\n', '〔2019', '《', '\u0000', '\uFFFD'];

function mutate(text: string, random: () => number): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const r = random();
    if (r < 0.05) continue;
    if (r < 0.1) out.push(line, line);
    else if (r < 0.2) {
      const at = Math.floor(random() * (line.length + 1));
      out.push(line.slice(0, at) + NOISE[Math.floor(random() * NOISE.length)]! + line.slice(at));
    } else if (r < 0.25) out.splice(Math.floor(random() * (out.length + 1)), 0, line);
    else out.push(line);
  }
  return out.join('\n');
}

describe('the importer never crashes and never returns an invalid plan', () => {
  it('on 300 random mutations of the seeds', () => {
    const random = rng(20261124);
    let ok = 0;
    for (let i = 0; i < 300; i++) {
      const text = mutate(seedText(SEED_NAMES[i % SEED_NAMES.length]!), random);
      const r = importPlan(text);
      if (r.ok) {
        ok++;
        expect(parsePlan(JSON.parse(JSON.stringify(r.value.plan))).ok).toBe(true);
      } else expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(ok).toBeGreaterThan(250);
  });

  it('on broken word/document.xml', () => {
    const random = rng(7);
    const xml = '<w:document><w:body><w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>1.加强领导。</w:t></w:r><w:r><w:t>各单位要落实。（县市场监督管理局按职责分工负责）</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>';
    for (let i = 0; i < 200; i++) {
      const cut = Math.floor(random() * xml.length);
      const broken = xml.slice(0, cut) + NOISE[Math.floor(random() * NOISE.length)]! + xml.slice(cut + Math.floor(random() * 20));
      const r = importBytes(zipSync({ 'word/document.xml': strToU8(broken) }), 'x.docx');
      if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
      else expect(parsePlan(JSON.parse(JSON.stringify(r.value.plan))).ok).toBe(true);
    }
  });
});
