/** Test fixture for text-pool.test.ts (not a test itself): a text worker that dies on its first batch. */
import { parentPort } from 'node:worker_threads';

parentPort!.on('message', () => process.exit(3));
