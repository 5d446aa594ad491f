/**
 * A parse worker (`parse-pool.ts` starts it through `parse-worker.js`): takes chunks of the job's
 * files by the shared counter until none is left, parses each as the main thread would, and
 * sends back what each gave, packed (`document-transfer.ts`).
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { VFile } from 'vfile';
import { parseDocument } from '../parse/index.ts';
import { packParse } from './document-transfer.ts';
import type { ParseJob, WorkerReport } from './parse-pool.ts';

const { port } = workerData as { port: MessagePort };

port.on('message', (job: ParseJob) => {
  const next = new Int32Array(job.next);
  const bytes = new Uint8Array(job.bytes);
  for (let chunk = Atomics.add(next, 0, 1); chunk * job.chunkSize < job.paths.length; chunk = Atomics.add(next, 0, 1)) {
    const first = chunk * job.chunkSize;
    const last = Math.min(first + job.chunkSize, job.paths.length);
    const results = [];
    for (let i = first; i < last; i++) {
      // A copy of the file's bytes: the shared buffer is not the file's own, and decoders refuse shared memory.
      const value = job.texts[i] ?? Buffer.from(bytes.subarray(job.offsets[i], job.offsets[i + 1]));
      const file = new VFile({ path: job.paths[i], cwd: job.cwd, value });
      results.push(packParse(parseDocument(file), file, 0));
    }
    const report: WorkerReport = { chunk, results };
    port.postMessage(
      report,
      results.map((r) => r.positions.buffer as ArrayBuffer),
    );
  }
  const done: WorkerReport = { done: true };
  port.postMessage(done);
});
