/**
 * Worker-thread side of WorkerEnginePort: starts the chosen engine (engines.ts), feeds it the interaction batches and
 * sign-ups the port posts, steps it on its clock (engine-runner.ts) and posts risk updates back. An engine that cannot
 * start is reported (`failed`) and the thread ends: the port never runs a stand-in.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FromWorker, ToWorker, WorkerData } from './engine-port.js';
import { EngineRunner } from './engine-runner.js';
import { failureReason, startEngine } from './engines.js';

const port = parentPort;
if (port) {
  const data = workerData as WorkerData;
  const post = (m: FromWorker) => port.postMessage(m);
  let runner: EngineRunner | null = null;
  try {
    const { engine, name } = startEngine(data.engine);
    runner = new EngineRunner(engine, data.clock, (updates) => post({ type: 'risk', updates }), (message) => post({ type: 'error', message }));
    runner.start();
    post({ type: 'ready', engine: name });
  } catch (e) {
    post({ type: 'failed', message: failureReason(e) });
    port.close();
  }
  const r = runner;
  if (r) {
    port.on('message', (m: ToWorker) => {
      if (m.type === 'batch') for (const i of m.items) r.ingest(i);
      else if (m.type === 'account') r.register(m.account);
      else if (m.type === 'close') {
        r.finish();
        post({ type: 'closed' });
        port.close();
      }
    });
  }
}
