/**
 * Worker-thread side of TextPool: computes the text signals of each batch of (prompt, system) it is sent, with its own
 * cache, and answers with them packed. A failure is answered as data, so the pool fails the run with its message.
 */
import { parentPort } from 'node:worker_threads';
import { packTextSignals, type TextJob, type TextReply } from './text-pool.js';
import { TextSignalCache } from './text-signals.js';

const port = parentPort!;
const cache = new TextSignalCache();

port.on('message', (job: TextJob) => {
  let reply: TextReply;
  try {
    const signals = packTextSignals(job.prompts.map((p, k) => cache.get(p, job.systems[k]!)));
    reply = { id: job.id, signals };
    port.postMessage(reply, [signals.buffer as ArrayBuffer]);
  } catch (e) {
    reply = { id: job.id, error: e instanceof Error ? e.message : String(e) };
    port.postMessage(reply);
  }
});
