import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { ExportOptionsInput } from '../../../main/common/docx/export-options';
import { ExportOptionsSchema } from '../../../main/common/docx/export-options';
import { parsePlanText } from '../../../main/common/model/parse-plan';
import type { Plan } from '../../../main/common/model/plan';
import { exportDocxBytes } from '../../../main/node/docx/pack-docx';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function loadPlan(name: string): Plan {
  const parsed = parsePlanText(readFileSync(`${FIXTURES}plans/${name}.plan.json`, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.detail);
  return parsed.value;
}

/** Every XML part of the exported package, as text. */
export async function exportParts(plan: Plan, options: ExportOptionsInput = {}): Promise<Record<string, string>> {
  const bytes = await exportDocxBytes(plan, ExportOptionsSchema.parse(options));
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

/** All matches of a regex's first group. */
export function all(xml: string, re: RegExp): string[] {
  return [...xml.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => m[1] ?? m[0]);
}

/** Text of each paragraph of document.xml, in order. */
export function paragraphTexts(documentXml: string): string[] {
  return all(documentXml, /<w:p>([\s\S]*?)<\/w:p>/).map((p) => all(p, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/).join(''));
}

/** The w:style element of a style id. */
export function styleXml(stylesXml: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(stylesXml);
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}
