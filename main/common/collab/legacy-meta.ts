import { DocNumber } from '../model/doc-number';

/**
 * A plan-doc meta value as the current model reads it. Plan docs seeded before plan format 2 hold
 * `docNumber` as one string (`代字〔2019〕20号`); it is read as its parts, so a 文号 typed or imported
 * then is not lost when the doc is read now. Everything else is passed through.
 */
export function currentMetaValue(key: string, value: unknown): unknown {
  if (key === 'docNumber' && typeof value === 'string') return DocNumber.parse(value);
  return value;
}
