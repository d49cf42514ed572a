import { PLAN_SCHEMA_VERSION } from './plan';

/**
 * Migrations from older plan-file versions, keyed by the version they upgrade *from*.
 * Version 1 is the first; the table is where version 2 will add `1: (raw) => …`.
 */
export const planMigrations: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {};

export type MigrationResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; version: unknown };

export function migratePlan(raw: Record<string, unknown>): MigrationResult {
  let version = raw['schemaVersion'];
  let value = raw;
  while (typeof version === 'number' && version < PLAN_SCHEMA_VERSION) {
    const step = planMigrations[version];
    if (!step) return { ok: false, version };
    value = step(value);
    version = value['schemaVersion'];
  }
  if (version !== PLAN_SCHEMA_VERSION) return { ok: false, version };
  return { ok: true, value };
}
