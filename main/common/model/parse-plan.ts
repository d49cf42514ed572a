import type { z } from 'zod';
import { UserError, type Result } from '../errors';
import { migratePlan } from './migrations';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, PlanSchema, type Plan } from './plan';

/** `sections[0].body[2].leadUnits` from a zod issue path. */
function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(root)';
}

/** One readable line per zod issue; unknown fields named, so a typo cannot silently drop data. */
export function describeIssues(error: z.ZodError, limit = 5): { zh: string; en: string } {
  const issues = error.issues.slice(0, limit);
  const zh = issues.map((i) => {
    const at = pathText(i.path);
    if (i.code === 'unrecognized_keys') return `${at} 含有未知字段：${i.keys.join('、')}`;
    if (i.code === 'invalid_type') return `${at} 类型不正确（${i.message}）`;
    return `${at}：${i.message}`;
  });
  const en = issues.map((i) => `${pathText(i.path)}: ${i.message}`);
  const more = error.issues.length > limit ? error.issues.length - limit : 0;
  return {
    zh: zh.join('；') + (more ? `；另有 ${more} 处问题` : ''),
    en: en.join('; ') + (more ? `; and ${more} more` : ''),
  };
}

/** Validate (and migrate) an untrusted plan file. */
export function parsePlan(raw: unknown): Result<Plan> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return UserError.fail('plan.not-object', '计划文件内容不是一个 JSON 对象。', 'plan file is not a JSON object');
  }
  const obj = raw as Record<string, unknown>;
  if (obj['format'] !== PLAN_FORMAT) {
    return UserError.fail('plan.format', `这不是计划编制助手的计划文件（format 应为 "${PLAN_FORMAT}"）。`,
      `format must be "${PLAN_FORMAT}", got ${JSON.stringify(obj['format'])}`);
  }
  const migrated = migratePlan(obj);
  if (!migrated.ok) {
    return UserError.fail('plan.version', `不支持的计划文件版本：${String(migrated.version)}（本程序支持版本 ${PLAN_SCHEMA_VERSION}），请升级程序。`,
      `unsupported schemaVersion ${String(migrated.version)}; this build reads ${PLAN_SCHEMA_VERSION}`);
  }
  const parsed = PlanSchema.safeParse(migrated.value);
  if (!parsed.success) {
    const d = describeIssues(parsed.error);
    return UserError.fail('plan.invalid', `计划文件格式有误：${d.zh}`, `invalid plan: ${d.en}`);
  }
  return UserError.ok(parsed.data as Plan);
}

/** Parse JSON text first, with a clear message for broken JSON. */
export function parsePlanText(text: string): Result<Plan> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return UserError.fail('plan.json', '计划文件不是有效的 JSON，可能已损坏。', `invalid JSON: ${(e as Error).message}`);
  }
  return parsePlan(raw);
}
