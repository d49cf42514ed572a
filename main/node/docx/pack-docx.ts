import { Packer, type Document } from 'docx';
import type { Plan } from '../../common/model/plan';
import { buildDocx } from '../../common/docx/build-docx';
import type { ExportOptions } from '../../common/docx/export-options';
import { patchDocxPackage } from '../../common/docx/package/patch-docx-package';
import { buildTaskTableDocx } from '../../common/docx/task-table/task-table-docx';

/** Pack a built document and post-process it (font table, snapToGrid, punctuation). */
export async function packDocx(doc: Document): Promise<Uint8Array> {
  const packed = await Packer.toBuffer(doc);
  return patchDocxPackage(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
}

/** The bytes of the plan's .docx, as a handler writes or sends them. */
export async function exportDocxBytes(plan: Plan, options: ExportOptions): Promise<Uint8Array> {
  return packDocx(buildDocx(plan, options));
}

/** The 任务分解表 alone as .docx bytes. */
export async function exportTaskTableDocxBytes(plan: Plan): Promise<Uint8Array> {
  return packDocx(buildTaskTableDocx(plan));
}
