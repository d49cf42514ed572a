import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExportOptionsInput } from '../../main/common/docx/export-options';
import { parsePlanText } from '../../main/common/model/parse-plan';
import type { Plan } from '../../main/common/model/plan';

// The documents issue #12 asks the render tests to cover: every seed as a complete 文件 (every 文件信息
// field filled, 红头, its 印发通知 when it has one, 任务分解表, 版记) and as a draft without 成文日期
// (任务分解表 and 版记, printed on both sides). Shared by the render tests and the measuring script.

export const SEEDS = ['000_887fce41ce3b9e6c', '001_ca82d0a5fedf39b1', '002_59692cf78eb3dc0c', '003_5cb87e2d2ab2f10e', '004_c4e12caab4fdde4e'];

export interface SeedSample { name: string; plan: Plan; options: ExportOptionsInput }

export function loadSeed(id: string): Plan {
  const parsed = parsePlanText(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../seeds', `${id}.plan.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.detail);
  return parsed.value;
}

/** A 版记 (抄送, 印发机关, 印发日期), which the seeds mostly lack. */
function withImprint(plan: Plan): Plan {
  plan.meta.copyTo = ['市委办公室', '市人大常委会办公室'];
  plan.meta.printer ||= '某某县人民政府办公室';
  plan.meta.printDate ||= '2025-03-06';
  return plan;
}

/** Every 文件 field of issue #12 filled. */
export function officialPlan(id: string): Plan {
  const plan = withImprint(loadSeed(id));
  const m = plan.meta;
  m.issuer ||= '某某县人民政府';
  m.signature ||= m.issuer;
  m.date ||= `${m.year}-03-06`;
  m.docNumber ||= { agency: '某政发', year: m.year, serial: 3 };
  m.copyNumber ||= '000123';
  m.secrecy ||= '秘密';
  m.secrecyTerm ||= '1年';
  m.urgency ||= '加急';
  if (!m.mainRecipients.length) m.mainRecipients = ['各乡镇人民政府', '县直各部门'];
  m.note ||= '此件公开发布';
  // 签发人 (a 上行文's 版头, GB/T 9704 7.2.6) and 加盖印章 (the sealed 落款, 7.3.5.1): the fields a 下行文 leaves out.
  if (!m.signers.length) m.signers = ['张三', '李四'];
  m.sealed = true;
  if (!m.title) m.title = '某某县质量提升行动计划';
  return plan;
}

/** A draft: no 成文日期, the rest as the seed has it, with a 版记. */
export function draftPlan(id: string): Plan {
  const plan = withImprint(loadSeed(id));
  plan.meta.date = null;
  return plan;
}

export function seedSamples(): SeedSample[] {
  return SEEDS.flatMap((id) => {
    const official = officialPlan(id);
    const draft = draftPlan(id);
    return [
      { name: `${id.slice(0, 3)}-official`, plan: official, options: { redHead: true, notice: official.notice !== null, taskTable: true, duplex: true, sealed: true } },
      { name: `${id.slice(0, 3)}-draft`, plan: draft, options: { notice: draft.notice !== null, taskTable: true, duplex: true } },
    ];
  });
}
