import type { IncomingMessage } from 'node:http';
import { IMPORT_HEADERS, MAX_IMPORT_BYTES } from '../../../common/api/import-contract';
import { UserFacingError } from '../../../common/errors';
import { Ids } from '../../../common/model/ids';
import { fail } from '../http-util';
import type { RouteHandlers } from '../router';

const TOO_LARGE = `文件过大，超过 ${MAX_IMPORT_BYTES / 1048576} MB 的导入上限。`;

/** The raw body, refused (413) as soon as it passes the cap: a huge upload is never buffered whole. */
async function readBytes(req: IncomingMessage): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_IMPORT_BYTES) fail(413, 'import.too-large', TOO_LARGE, `declared ${declared} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_IMPORT_BYTES) fail(413, 'import.too-large', TOO_LARGE, `body exceeds ${MAX_IMPORT_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function fileName(req: IncomingMessage): string {
  const raw = req.headers[IMPORT_HEADERS.fileName];
  if (typeof raw !== 'string' || !raw) return 'upload';
  try {
    return decodeURIComponent(raw).slice(0, 255);
  } catch {
    return raw.slice(0, 255);
  }
}

/** Route importPlan: raw file bytes in, a new server-side plan and the import report out (import-contract.ts). */
export const importHandlers: RouteHandlers<'importPlan'> = {
  importPlan: async ({ req, services }) => {
    const bytes = await readBytes(req);
    const simplify = /^(1|true)$/.test(String(req.headers[IMPORT_HEADERS.simplify] ?? ''));
    const name = fileName(req);
    // Parsed and encoded in a worker thread within the limits: this event loop keeps serving meanwhile.
    const planId = Ids.create('p');
    const result = await services.imports.runner.run({ bytes, fileName: name, simplify, limits: services.imports.limits, planId });
    if (!result.ok) {
      services.log.info(`import of ${JSON.stringify(name)} refused: ${result.error.detail}`);
      throw new UserFacingError(STATUS[result.error.code] ?? 400, result.error);
    }
    const plan = await services.plans.createFromDocs(planId, result.value.docs, result.value.meta);
    return { plan, report: result.value.report };
  },
};

/** Refusals that are not about the file's content: too large, busy, out of time or memory, a bug. */
const STATUS: Record<string, number> = {
  'import.too-large': 413, 'import.busy': 503, 'import.timeout': 422, 'import.out-of-memory': 422, 'import.failed': 500,
};
