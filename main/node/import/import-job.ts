import { encodePlanDocs } from '../../common/collab/plan-docs';
import type { Result } from '../../common/errors';
import type { ImportReport } from '../../common/import/import-report';
import type { Plan } from '../../common/model/plan';
import { importBytes } from './import-file';
import type { ImportLimits } from './import-limits';

/** What the server hands the import worker (structured-cloned; `bytes` is transferred). */
export interface ImportJob {
  bytes: Uint8Array;
  fileName: string;
  simplify: boolean;
  limits: ImportLimits;
  /** The new plan's id: the worker also encodes the plan's Yjs documents, off the server's event loop. */
  planId: string;
}

/** What comes back: the report, the plan's meta (for the summary) and every document's state. */
export interface ImportJobResult {
  report: ImportReport;
  meta: Plan['meta'];
  docs: Map<string, Uint8Array>;
}

/** The whole parse: bytes → plan → encoded documents. Pure CPU; runs in the worker (or in-process as a fallback). */
export function runImportJob(job: ImportJob): Result<ImportJobResult> {
  const result = importBytes(job.bytes, job.fileName, { simplify: job.simplify }, job.limits);
  if (!result.ok) return result;
  const docs = encodePlanDocs(job.planId, result.value.plan);
  return { ok: true, value: { report: result.value.report, meta: result.value.plan.meta, docs } };
}
