import { Worker } from 'node:worker_threads';
import { UserError, type Result } from '../../common/errors';
import { runImportJob, type ImportJob, type ImportJobResult } from './import-job';
import { LimitErrors } from './import-limits';
import { resolveImportWorker, type WorkerEntry } from './import-worker-entry';

export interface ImportRunnerOptions {
  /** Where the worker is; default: resolveImportWorker(). null: run in-process (no time budget). */
  entry?: WorkerEntry | null;
  /** Imports running at once; more are refused (each may use up to its memory limit). */
  maxConcurrent?: number;
  /** English log lines. */
  log?: (line: string) => void;
}

function busy(): Result<never> {
  return UserError.fail('import.busy', '服务器正在处理其他导入，请稍后再试。', 'too many imports running at once');
}

/**
 * Runs imports off the caller's event loop, one worker thread per import, each within its limits:
 * bytes inflated, paragraphs, sections and items inside the parse; time and heap from here (the
 * worker is terminated when its time is up, and dies alone when its heap is full).
 */
export class ImportRunner {
  private running = 0;
  readonly entry: WorkerEntry | null;

  constructor(private readonly opts: ImportRunnerOptions = {}) {
    this.entry = opts.entry === undefined ? resolveImportWorker() : opts.entry;
    if (!this.entry) opts.log?.('import worker entry not found: imports run on the main thread, without a time budget');
  }

  async run(job: ImportJob): Promise<Result<ImportJobResult>> {
    if (this.running >= (this.opts.maxConcurrent ?? 2)) return busy();
    this.running++;
    try {
      return this.entry ? await this.inWorker(this.entry, job) : runImportJob(job);
    } finally {
      this.running--;
    }
  }

  private inWorker(entry: WorkerEntry, job: ImportJob): Promise<Result<ImportJobResult>> {
    const { limits } = job;
    // A copy of our own, so its buffer can be transferred (the request's may be a slice of a pool).
    const bytes = new Uint8Array(job.bytes);
    return new Promise((resolve) => {
      const worker = new Worker(entry.script, {
        eval: entry.eval,
        workerData: { ...job, bytes },
        transferList: [bytes.buffer],
        resourceLimits: { maxOldGenerationSizeMb: limits.maxWorkerMemoryMb },
      });
      let settled = false;
      const settle = (r: Result<ImportJobResult>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(r);
        void worker.terminate();
      };
      const timer = setTimeout(() => {
        this.opts.log?.(`import of ${JSON.stringify(job.fileName)}: ${LimitErrors.timeout(limits.timeoutMs).detail}`);
        settle({ ok: false, error: LimitErrors.timeout(limits.timeoutMs) });
      }, limits.timeoutMs);
      worker.once('message', (r: Result<ImportJobResult>) => settle(r));
      worker.once('error', (e: Error & { code?: string }) => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') settle({ ok: false, error: LimitErrors.memory(limits.maxWorkerMemoryMb) });
        else settle(UserError.fail('import.failed', '导入时出现意外错误，文件未导入。请把该文件发给技术支持人员。', `import worker failed: ${e.stack ?? e.message}`));
      });
      worker.once('exit', (code) => settle(UserError.fail('import.failed', '导入时出现意外错误，文件未导入。请把该文件发给技术支持人员。', `import worker exited with ${code} without a result`)));
    });
  }
}
