import { Packer } from 'docx';
import type { Plan } from '../../common/model/plan';
import { buildDocx } from '../../common/docx/build-docx';
import type { ExportOptions } from '../../common/docx/export-options';
import { patchDocxPackage } from '../../common/docx/patch-docx-package';

/** Build, pack and post-process: the bytes of the .docx a handler writes or sends. */
export async function exportDocxBytes(plan: Plan, options: ExportOptions): Promise<Uint8Array> {
  const doc = buildDocx(plan, options);
  const packed = await Packer.toBuffer(doc);
  return patchDocxPackage(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
}
