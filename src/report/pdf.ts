/**
 * PDF of a case via Debian chromium driven by playwright-core: Chromium's own PDF with header and footer templates
 * (marking, page numbers). The HTML is self-contained and every non-file request is refused, so nothing is fetched.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
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

export interface PdfOptions {
  chromium?: string;
  timeoutMs?: number;
  /** Printed in the header of every page (e.g. `TLP:AMBER · Case C0001`) and, for TLP, in the footer too. */
  header?: string;
}

const escHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Prints HTML_PATH with Chromium's own PDF engine (playwright-core `page.pdf`): A4, header and footer on every page
 * with the marking and "page N of M". The page is opened from file:// with every other scheme refused.
 */
export async function htmlToPdf(htmlPath: string, pdfPath: string, opts: PdfOptions = {}): Promise<void> {
  const bin = opts.chromium ?? chromiumPath();
  if (!existsSync(bin)) throw new DistillguardError('IO', `--pdf needs chromium at ${bin} (apt-get install chromium, or set DISTILLGUARD_CHROMIUM)`);
  const { chromium } = await import('playwright-core');
  const out = resolve(pdfPath);
  const browser = await chromium.launch({ executablePath: bin, args: [...CHROMIUM_ARGS], timeout: opts.timeoutMs ?? 120_000 });
  try {
    const page = await browser.newPage();
    await page.route((url) => !url.protocol.startsWith('file') && !url.protocol.startsWith('data'), (route) => route.abort());
    await page.goto(pathToFileURL(resolve(htmlPath)).href, { waitUntil: 'load', timeout: opts.timeoutMs ?? 120_000 });
    const header = escHtml(opts.header ?? '');
    const style = 'font-family: sans-serif; font-size: 8px; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between;';
    await page.pdf({
      path: out, format: 'A4', printBackground: true, displayHeaderFooter: true,
      margin: { top: '22mm', bottom: '20mm', left: '16mm', right: '16mm' },
      headerTemplate: `<div style="${style}"><span>${header}</span><span class="title"></span></div>`,
      footerTemplate: `<div style="${style}"><span>${header}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    });
  } catch (e) {
    throw new DistillguardError('IO', `chromium could not print ${htmlPath} to ${out}: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  } finally {
    await browser.close();
  }
  if (!existsSync(out) || statSync(out).size === 0) throw new DistillguardError('IO', `chromium wrote no PDF at ${out}`);
}
