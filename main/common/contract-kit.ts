import type { z } from 'zod';
import { describeIssues } from './model/parse-plan';
import { UserError, type Result } from './errors';

/** One boundary message: validated where it is received, typed where it is sent. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): Result<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return UserError.ok(parsed.data);
  const d = describeIssues(parsed.error, 3);
  return UserError.fail('bad-request', `请求内容有误：${d.zh}`, `invalid ${what}: ${d.en}`);
}
