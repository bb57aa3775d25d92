/** The cluster publisher refuses a message the NATS server would refuse, with a coded error, before sending it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JetStreamClient } from '@nats-io/jetstream';
import { ClusterPublisher } from './nats-cluster.js';

test('a message over the server max_payload fails the publisher with CLUSTER_PAYLOAD and is not sent', async () => {
  const sent: string[] = [];
  const js = { publish: async (_subject: string, _bytes: Uint8Array, o: { msgID: string }) => void sent.push(o.msgID) } as unknown as JetStreamClient;
  const publisher = new ClusterPublisher(js, 1000);
  publisher.publishTo('dg.cluster.campaign.0', new Uint8Array(900), 'small');
  publisher.publishTo('dg.cluster.campaign.0', new Uint8Array(1001), 'large');
  await assert.rejects(publisher.flush(), (e: Error & { code?: string }) => e.code === 'CLUSTER_PAYLOAD' && /large is 1001 bytes/.test(e.message));
  assert.deepEqual(sent, ['small']);
});
