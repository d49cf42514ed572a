import { parentPort, workerData } from 'node:worker_threads';
import { runImportJob, type ImportJob } from './import-job';

/**
 * The import worker's entry (a file of its own so every build can emit it beside the code that starts
 * it; see import-worker-entry.ts). It runs one job and posts the result; the documents' buffers are
 * transferred, not copied.
 */
if (parentPort) {
  const result = runImportJob(workerData as ImportJob);
  const transfer = result.ok ? [...result.value.docs.values()].map((d) => d.buffer as ArrayBuffer) : [];
  parentPort.postMessage(result, transfer);
}
