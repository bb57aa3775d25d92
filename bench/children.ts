/** Server processes a benchmark starts: each prints its address (or a line of fields) on its first stdout line. */
import { spawn, type ChildProcess } from 'node:child_process';

const children: ChildProcess[] = [];

/** Starts `node ARGS…` and resolves with its first stdout line. */
export function startChild(cmdArgs: string[]): Promise<string> {
  const child = spawn(process.execPath, cmdArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl !== -1) resolve(out.slice(0, nl).trim());
    });
    child.once('exit', (code) => reject(new Error(`${cmdArgs.join(' ')} exited with ${code}`)));
  });
}

/** Every process started so far (to add others started another way), and a way to stop them all. */
export function trackChild(child: ChildProcess): void {
  children.push(child);
}

export function stopChildren(): void {
  for (const c of children) c.kill('SIGTERM');
}
