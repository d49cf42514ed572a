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
  /** Heap of each worker (MB). */
  memoryMb: number;
  /**
   * Keep one worker started and loaded, so an import does not wait for a worker's start-up (about a
   * second built, several under tsx on a busy machine). Off in tests that start many servers.
   */
  prewarm?: boolean;
  /** English log lines. */
  log?: (line: string) => void;
}

type Outcome = { kind: 'ready' } | { kind: 'result'; result: Result<ImportJobResult> } | { kind: 'error'; error: Error & { code?: string } } | { kind: 'exit'; code: number };

/** A started worker and what it said, in order. */
class Started {
  private readonly seen: Outcome[] = [];
  private waiting: ((o: Outcome) => void) | null = null;
  readonly worker: Worker;

  constructor(entry: WorkerEntry, memoryMb: number) {
    this.worker = new Worker(entry.script, { eval: entry.eval, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    this.worker.unref(); // an idle warm worker must not keep the process alive
    const push = (o: Outcome) => {
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = null;
        w(o);
      } else this.seen.push(o);
    };
    this.worker.on('message', (m: 'ready' | Result<ImportJobResult>) => push(m === 'ready' ? { kind: 'ready' } : { kind: 'result', result: m }));
    this.worker.on('error', (error) => push({ kind: 'error', error }));
    this.worker.on('exit', (code) => push({ kind: 'exit', code }));
  }

  /** The next thing the worker says, or 'timeout' after `ms`. */
  next(ms: number): Promise<Outcome | 'timeout'> {
    const first = this.seen.shift();
    if (first) return Promise.resolve(first);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = null;
        resolve('timeout');
      }, ms);
      this.waiting = (o) => {
        clearTimeout(timer);
        resolve(o);
      };
    });
  }
}

const failed = (detail: string): Result<never> => UserError.fail('import.failed', '导入时出现意外错误，文件未导入。请把该文件发给技术支持人员。', detail);

/**
 * Runs imports off the caller's event loop, one worker thread per import, each within its limits:
 * bytes inflated, paragraphs, sections and items inside the parse; time and heap from here (the
 * worker is terminated when its time is up, and dies alone when its heap is full).
 */
export class ImportRunner {
  private running = 0;
  private spare: Started | null = null;
  private closed = false;
  readonly entry: WorkerEntry | null;

  constructor(private readonly opts: ImportRunnerOptions) {
    this.entry = opts.entry === undefined ? resolveImportWorker() : opts.entry;
    if (!this.entry) opts.log?.('import worker entry not found: imports run on the main thread, without a time budget');
    this.refill();
  }

  async run(job: ImportJob): Promise<Result<ImportJobResult>> {
    if (this.running >= (this.opts.maxConcurrent ?? 2)) return UserError.fail('import.busy', '服务器正在处理其他导入，请稍后再试。', 'too many imports running at once');
    this.running++;
    try {
      if (!this.entry) return runImportJob(job);
      const started = this.spare ?? new Started(this.entry, this.opts.memoryMb);
      this.spare = null;
      try {
        return await this.inWorker(started, job);
      } finally {
        void started.worker.terminate();
        this.refill();
      }
    } finally {
      this.running--;
    }
  }

  /** Terminate the warm worker (server shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    await this.spare?.worker.terminate();
    this.spare = null;
  }

  private refill(): void {
    if (this.opts.prewarm && this.entry && !this.spare && !this.closed) this.spare = new Started(this.entry, this.opts.memoryMb);
  }

  private async inWorker(started: Started, job: ImportJob): Promise<Result<ImportJobResult>> {
    const { limits } = job;
    started.worker.ref();
    // Start-up is not the parse: it gets a budget of its own, the same length.
    const ready = await started.next(limits.timeoutMs);
    if (ready === 'timeout' || ready.kind !== 'ready') return this.outcome(ready, job);
    // A copy of our own, so its buffer can be transferred (the request's may be a slice of a pool).
    const bytes = new Uint8Array(job.bytes);
    started.worker.postMessage({ ...job, bytes }, [bytes.buffer]);
    return this.outcome(await started.next(limits.timeoutMs), job);
  }

  private outcome(o: Outcome | 'timeout', job: ImportJob): Result<ImportJobResult> {
    const { limits } = job;
    if (o === 'timeout') {
      this.opts.log?.(`import of ${JSON.stringify(job.fileName)}: ${LimitErrors.timeout(limits.timeoutMs).detail}`);
      return { ok: false, error: LimitErrors.timeout(limits.timeoutMs) };
    }
    if (o.kind === 'result') return o.result;
    if (o.kind === 'error' && o.error.code === 'ERR_WORKER_OUT_OF_MEMORY') return { ok: false, error: LimitErrors.memory(this.opts.memoryMb) };
    if (o.kind === 'error') return failed(`import worker failed: ${o.error.stack ?? o.error.message}`);
    return failed(`import worker ${o.kind === 'exit' ? `exited with ${o.code}` : 'said ready twice'} without a result`);
  }
}
