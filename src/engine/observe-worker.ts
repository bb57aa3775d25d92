/**
 * Worker-thread side of WorkerSource: reads the interactions file (DuckDB or Node; validation), runs the per-request
 * step on each record, and posts packed batches of observations, at most a few batches ahead of the thread applying
 * them (credits). Network facts are always left to the applying thread, and so are the text signals of a batch
 * whenever that thread has caught up and would otherwise wait (see observation-batch.ts): the two threads share the
 * per-request work in whatever proportion keeps both busy. Rejected lines and sample prompts travel with the
 * batches; any failure is posted as data so the parent can rethrow it with its code.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { RecordReader, type QuarantineSink } from '../dataset/index.js';
import { errorToData } from '../errors.js';
import { ObservationEncoder } from './observation-batch.js';
import { observeBatch, readsWithDuckDb } from './observation-source.js';
import { DEFERRED_NETWORK, Observer } from './observe.js';
import { PromptSamples } from './prompt-samples.js';
import type { FromObserveWorker, ObserveWorkerData, RejectedLine, ToObserveWorker } from './worker-source.js';

const port = parentPort!;
const data = workerData as ObserveWorkerData;

let credits = data.ahead;
let onCredit: (() => void) | null = null;
const listener = (m: ToObserveWorker): void => {
  if (m.type !== 'credit') return;
  credits++;
  onCredit?.();
  onCredit = null;
};
port.on('message', listener);

const rejected: RejectedLine[] = [];
const quarantine: QuarantineSink = {
  add: async (...line: RejectedLine) => {
    rejected.push(line);
  },
};

const post = (m: FromObserveWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);

let sampler: PromptSamples | null = null;
try {
  sampler = data.samplePrompts ? new PromptSamples(data.samplePrompts) : null;
  const observer = new Observer(DEFERRED_NETWORK);
  const reader = new RecordReader(data.path, 'interactions', { quarantine, ...(data.maxTimeSkewDays !== null ? { maxTimeSkewDays: data.maxTimeSkewDays } : {}) });
  const encoder = new ObservationEncoder();
  for await (const batch of readsWithDuckDb(data.reader, data.path) ? reader.engineBatches() : reader.batches()) {
    // Batches sent and not yet taken: at most one means the applying thread is on the last one sent, or waiting.
    const share = data.ahead - credits <= 1;
    const texts = share ? { prompts: batch.map((r) => r.prompt), systems: batch.map((r) => r.system) } : null;
    const packed = encoder.encode(observeBatch(observer, batch, { sampler, withText: !share }), texts);
    if (credits === 0) await new Promise<void>((resolve) => (onCredit = resolve));
    credits--;
    post({ type: 'batch', packed, rejected: rejected.splice(0), fraction: reader.fraction() }, [packed.numbers.buffer as ArrayBuffer]);
  }
  sampler?.close();
  post({ type: 'end', stats: reader.stats, rejected: rejected.splice(0) });
} catch (e) {
  post({ type: 'error', error: errorToData(e), rejected: rejected.splice(0) });
} finally {
  sampler?.close();
  // Nothing more to receive: let the thread end once its messages are out.
  port.off('message', listener);
}
