import { DocNumber } from './doc-number';
import { PLAN_SCHEMA_VERSION } from './plan';

type Raw = Record<string, unknown>;

/**
 * 1 → 2: the 文件 fields (docs/plan-format.md). `docNumber` was one string and becomes its parts; a string
 * that is not a normalised 文号 is kept as `docNumberRaw` (it was shown to nobody as parts). The new
 * fields (mark, signers, copyNumber, secrecy, secrecyTerm, urgency, sealed) take their defaults.
 */
function v1ToV2(raw: Raw): Raw {
  const meta = raw['meta'];
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return { ...raw, schemaVersion: 2 };
  const m = { ...(meta as Raw) };
  const old = m['docNumber'];
  if (typeof old === 'string') {
    const parts = DocNumber.parse(old);
    m['docNumber'] = parts;
    if (!parts && old.trim() && m['docNumberRaw'] === undefined) m['docNumberRaw'] = old;
  }
  return { ...raw, meta: m, schemaVersion: 2 };
}

/** Migrations from older plan-file versions, keyed by the version they upgrade *from*. */
export const planMigrations: Record<number, (raw: Raw) => Raw> = { 1: v1ToV2 };

export type MigrationResult =
  | { ok: true; value: Raw }
  | { ok: false; version: unknown };

export function migratePlan(raw: Raw): MigrationResult {
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
