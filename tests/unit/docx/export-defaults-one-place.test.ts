import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { composeDocx } from '../../../main/common/docx/build-docx';
import { exportDialogChoice, exportOptionsFor, exportPlanFacts } from '../../../main/common/docx/export-options';
import { instantiate } from '../../../main/common/templates/instantiate';
import { TemplateSchema } from '../../../main/common/templates/template';
import { exportCommand } from '../../../main/node/cli/commands/export-command';
import { packDocx } from '../../../main/node/docx/pack-docx';

const TEMPLATES = fileURLToPath(new URL('../../../templates/', import.meta.url));
const template = (id: string) => TemplateSchema.parse(JSON.parse(readFileSync(`${TEMPLATES}${id}.template.json`, 'utf8')));
const dir = mkdtempSync(path.join(tmpdir(), 'seams-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

// Templates with exportDefaults: 红头 + 印发通知 (which change this plan's document), and a 任务分解表.
describe.each([
  { id: 'quality-county-implementation', changesDocument: true },
  { id: 'quality-improvement-plan', changesDocument: false },
])('export defaults of $id, applied in one place', ({ id, changesDocument }) => {
  const t = template(id);
  const plan = instantiate(t, { region: '鄂托克前旗', year: 2026, issuer: '鄂托克前旗人民政府' });

  it('the dialog starts with what the API does for a request that names no option', () => {
    const api = exportOptionsFor(plan, t.exportDefaults, {});
    const dialog = exportOptionsFor(plan, t.exportDefaults, exportDialogChoice(exportPlanFacts(plan), t.exportDefaults));
    if (!api.ok || !dialog.ok) throw new Error('options refused');
    expect(composeDocx(plan, dialog.value).layout).toEqual(composeDocx(plan, api.value).layout);
    expect(api.value).toMatchObject(t.exportDefaults ?? {});
  });

  it('the CLI without flags writes the document the API writes (before: it ignored the template)', async () => {
    const file = path.join(dir, `${id}.plan.json`);
    const out = path.join(dir, `${id}.docx`);
    writeFileSync(file, JSON.stringify(plan));
    expect(await exportCommand.run([file, '-o', out, '--quiet'])).toBe(0);
    const api = exportOptionsFor(plan, t.exportDefaults, {});
    if (!api.ok) throw new Error(api.error.detail);
    expect(documentXml(readFileSync(out))).toBe(documentXml(await packDocx(composeDocx(plan, api.value).document)));
    const plain = exportOptionsFor(plan, undefined, {});
    if (!plain.ok) throw new Error(plain.error.detail);
    if (changesDocument) expect(documentXml(readFileSync(out))).not.toBe(documentXml(await packDocx(composeDocx(plan, plain.value).document)));
  });
});
