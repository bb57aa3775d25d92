/**
 * Binding a server to its address. A bind failure is the operator's to fix (port taken, no permission, address not on
 * this machine), so it becomes one coded line naming the address instead of a stack trace.
 */
import type { Server } from 'node:net';
import { DistillguardError } from '../errors.js';

const REASONS: Record<string, string> = {
  EADDRINUSE: 'is already in use (another process listens there)',
  EACCES: 'needs privileges this process does not have (ports below 1024)',
  EADDRNOTAVAIL: 'is not an address of this machine',
};

/** `host:port` as people write it, brackets around IPv6. */
export function hostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Listens on port/host; resolves with the bound port, rejects with DistillguardError('IO'). */
export async function listenOn(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException) => {
      const why = REASONS[e.code ?? ''] ?? `failed (${e.code ?? e.message})`;
      reject(new DistillguardError('IO', `cannot listen on ${hostPort(host, port)}: the address ${why}`, { cause: e }));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const a = server.address();
  return typeof a === 'object' && a ? a.port : port;
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h) || h === '::ffff:127.0.0.1';
}
