import { parentPort } from 'node:worker_threads';
import { runImportJob, type ImportJob } from './import-job';

/**
 * The import worker's entry (a file of its own so every build can emit it beside the code that starts
 * it; see import-worker-entry.ts). Once its modules are loaded it says "ready" (the runner keeps one
 * worker warm), runs the one job it is sent and posts the result, the documents' buffers transferred.
 */
if (parentPort) {
  const port = parentPort;
  port.once('message', (job: ImportJob) => {
    const result = runImportJob(job);
    const transfer = result.ok ? [...result.value.docs.values()].map((d) => d.buffer as ArrayBuffer) : [];
    port.postMessage(result, transfer);
  });
  port.postMessage('ready');
}
