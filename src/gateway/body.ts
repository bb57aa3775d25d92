/**
 * The one request-body reader of everything that answers HTTP (proxy routes, admin API, dashboard): a size limit and a
 * time limit, and no exception for a client that goes away. A body over the limit is not buffered further.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from '../errors.js';

export type BodyRead = Buffer | 'too_large' | 'timeout' | 'aborted';

/** Reads a request body up to `max` bytes within `timeoutMs`. */
export function readBody(req: IncomingMessage, max: number, timeoutMs: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyRead) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onClose);
      resolve(r);
    };
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > max) return finish('too_large');
      chunks.push(c);
    };
    const onEnd = () => finish(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    const onAbort = () => finish('aborted');
    const onClose = () => {
      if (!req.complete) finish('aborted');
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onClose);
  });
}

/** Admin and dashboard bodies: the text, or the HttpError the route answers with (413, 408, 400). */
export async function readBodyText(req: IncomingMessage, max: number, timeoutMs = 30_000): Promise<string> {
  const r = await readBody(req, max, timeoutMs);
  if (r === 'too_large') throw new HttpError('too_large', `request body too large (${Math.floor(max / 1024)} KiB at most)`);
  if (r === 'timeout') throw new HttpError('request_timeout', `request body not received within ${timeoutMs} ms`);
  if (r === 'aborted') throw new HttpError('invalid_request', 'request body aborted by the client');
  return r.toString('utf8');
}
