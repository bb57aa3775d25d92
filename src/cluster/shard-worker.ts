/**
 * Worker-thread entry of one account or artefact shard (local-cluster.ts): encoded messages in from the parent,
 * encoded messages out with their receiver's address — the parent routes them as NATS routes subjects. A `close`
 * message releases what the role holds open and is answered with `closed`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SpillOptions } from '../accounts/spill.js';
import { IntelMatcher } from '../campaigns/intel.js';
import type { IntelIndicator } from '../intel/indicators.js';
import { decodeMessage, encodeMessage, RECEIVER, type ClusterMessage } from './messages.js';
import { AccountRole, ArtefactRole, type Role, type Topology } from './roles.js';

export interface ShardWorkerData {
  role: 'account' | 'artefact';
  index: number;
  topology: Topology;
  itemSampleBits?: number;
  /** Imported indicators, for account shards (IntelMatcher.indicators). */
  indicators?: IntelIndicator[];
  /** Idle accounts' collections on disk, for account shards. */
  spill?: SpillOptions;
}

const data = workerData as ShardWorkerData;
const port = parentPort!;
const send = (m: ClusterMessage): void => {
  const bytes = encodeMessage(m);
  port.postMessage({ role: RECEIVER[m.kind], shard: m.to, bytes }, [bytes.buffer as ArrayBuffer]);
};
const role: Role =
  data.role === 'account'
    ? new AccountRole(data.index, data.topology, send, {
        ...(data.itemSampleBits !== undefined ? { itemSampleBits: data.itemSampleBits } : {}),
        ...(data.indicators ? { indicators: new IntelMatcher(data.indicators) } : {}),
        ...(data.spill ? { spill: data.spill } : {}),
      })
    : new ArtefactRole(data.index, data.topology, send);
port.on('message', (bytes: Uint8Array | 'close') => {
  if (bytes === 'close') {
    role.close?.();
    port.postMessage('closed');
    return;
  }
  try {
    role.receive(decodeMessage(bytes));
  } catch (e) {
    port.postMessage({ error: (e as Error).stack ?? String(e) });
  }
});
