/**
 * PDF of a case file via headless Debian chromium (`--print-to-pdf`). The HTML is self-contained, so chromium
 * runs with networking features off and a throwaway profile; nothing is fetched.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DistillguardError } from '../errors.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The flags every headless chromium run in the project uses (also the browser tests). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function chromiumPath(): string {
  return process.env.DISTILLGUARD_CHROMIUM || DEFAULT_CHROMIUM;
}

export async function htmlToPdf(htmlPath: string, pdfPath: string, opts: { chromium?: string; timeoutMs?: number } = {}): Promise<void> {
  const bin = opts.chromium ?? chromiumPath();
  if (!existsSync(bin)) throw new DistillguardError('IO', `--pdf needs chromium at ${bin} (apt-get install chromium, or set DISTILLGUARD_CHROMIUM)`);
  const profile = mkdtempSync(join(tmpdir(), 'distillguard-pdf-'));
  const out = resolve(pdfPath);
  try {
    await new Promise<void>((ok, fail) => {
      const child = spawn(bin, [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--no-pdf-header-footer', `--print-to-pdf=${out}`, pathToFileURL(resolve(htmlPath)).href], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => { err = (err + d.toString()).slice(-2000); });
      const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
      child.on('error', (e) => { clearTimeout(timer); fail(e); });
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0 && existsSync(out) && statSync(out).size > 0) ok();
        else fail(new DistillguardError('IO', `chromium exited with ${code} without writing ${out}: ${err.trim().split('\n').slice(-3).join(' | ')}`));
      });
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
