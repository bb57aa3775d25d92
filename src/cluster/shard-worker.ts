/**
 * Worker-thread entry of one account or artefact shard (local-cluster.ts): encoded messages in from the parent,
 * encoded messages out with their receiver's address — the parent routes them as NATS routes subjects.
 */
import { parentPort, workerData } from 'node:worker_threads';
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
      })
    : new ArtefactRole(data.index, data.topology, send);
port.on('message', (bytes: Uint8Array) => {
  try {
    role.receive(decodeMessage(bytes));
  } catch (e) {
    port.postMessage({ error: (e as Error).stack ?? String(e) });
  }
});
