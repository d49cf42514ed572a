import { zipSync } from 'fflate';
import { Document, Packer } from 'docx';
import type { Plan } from '../../common/model/plan';
import { composeDocx, type ShelledDocx } from '../../common/docx/build-docx';
import { fillShell } from '../../common/docx/xml/body-shell';
import type { ExportOptions } from '../../common/docx/export-options';
import { patchDocxPackage, patchDocxParts } from '../../common/docx/package/patch-docx-package';
import { composeTaskTableDocx } from '../../common/docx/task-table/task-table-docx';
import { canZipParts, zipParts } from './zip-parts';

/** docx's compiler (document → its parts as XML text), which Packer zips at deflate level 6. docx 9.15.2 (pinned)
 * holds it as Packer's static `compiler`; its type is private, hence the cast and the fallback below. */
interface PartsCompiler {
  compile(file: Document): Map<string, string | Uint8Array>;
}
const compiler = (Packer as unknown as { compiler?: PartsCompiler }).compiler;

/**
 * Deflate level of the package: 6, as Packer zips. The parts are zipped once, after patching (Packer's zip was
 * followed by our unzip and re-zip of the patched parts), by node's zlib where it has crc32 (zip-parts.ts: ~10×
 * fflate's speed), else by fflate (there levels 1–4 were no faster, 300-measure plan, median of 9).
 */
const ZIP_LEVEL = 6;
const zip = (parts: Record<string, Uint8Array>) => (canZipParts ? zipParts(parts, ZIP_LEVEL) : zipSync(parts, { level: ZIP_LEVEL }));

/**
 * The parts of a composed export compiled from its shell (docx objects only where needed, the rest of the body
 * written directly: common/docx/xml/body-shell.ts); undefined where that cannot be done.
 */
function shellParts(composed: ShelledDocx): Map<string, string | Uint8Array> | undefined {
  if (typeof compiler?.compile !== 'function') return undefined;
  const { document, bodies } = composed.shell();
  const parts = compiler.compile(document);
  const shellXml = parts.get(DOCUMENT_XML);
  const filled = typeof shellXml === 'string' ? fillShell(shellXml, bodies) : undefined;
  if (filled === undefined) return undefined;
  parts.set(DOCUMENT_XML, filled);
  return parts;
}
const DOCUMENT_XML = 'word/document.xml';

/**
 * Pack a document and post-process it (font table, snapToGrid, punctuation). A composed export (composeDocx,
 * composeTaskTableDocx) packs from its shell: the same word/document.xml as its `document` gives, a fraction of
 * the time (README "Benchmarks").
 */
export async function packDocx(input: Document | ShelledDocx): Promise<Uint8Array> {
  const composed = input instanceof Document ? undefined : input;
  const parts = composed ? shellParts(composed) : undefined;
  if (parts) return zip(patchDocxParts(parts));
  const doc = composed ? composed.document : (input as Document);
  if (typeof compiler?.compile === 'function') return zip(patchDocxParts(compiler.compile(doc)));
  const packed = await Packer.toBuffer(doc);
  return patchDocxPackage(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
}

/** The bytes of the plan's .docx, as a handler writes or sends them. */
export async function exportDocxBytes(plan: Plan, options: ExportOptions): Promise<Uint8Array> {
  return packDocx(composeDocx(plan, options));
}

/** The 任务分解表 alone as .docx bytes. */
export async function exportTaskTableDocxBytes(plan: Plan): Promise<Uint8Array> {
  return packDocx(composeTaskTableDocx(plan));
}
