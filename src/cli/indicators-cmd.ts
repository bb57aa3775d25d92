/**
 * `distillguard indicators import|publish|serve|list`: exchange campaign indicators with other providers. import reads
 * a STIX 2.1 bundle (file) or pulls a TAXII 2.1 collection (URL) into the intel directory, where `analyze --intel`
 * matches them; publish adds a bundle (e.g. a case's stix.json) to the collection `serve` offers over TAXII 2.1.
 */
import { readFileSync } from 'node:fs';
import { DistillguardError } from '../errors.js';
import { indicatorsFromBundle, IntelStore } from '../intel/indicators.js';
import { CollectionFile, listenTaxii, pullTaxii } from '../intel/taxii.js';
import { numberOpt, positional, stringOpt, type Command } from './command.js';

const SUBS = ['import', 'publish', 'serve', 'list'] as const;

function readBundle(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new DistillguardError('FILE_FORMAT', `${path}: ${(e as Error).message}`, { cause: e });
  }
}

export const indicatorsCommand: Command = {
  name: 'indicators',
  summary: 'import (STIX file or TAXII URL), publish and serve (TAXII 2.1) campaign indicators shared between providers',
  args: 'import BUNDLE.json|TAXII_URL | publish BUNDLE.json | serve | list',
  options: {
    intel: { type: 'string', value: 'DIR', default: 'distillguard-intel', description: 'intel directory (imported indicators, published collection)' },
    source: { type: 'string', value: 'NAME', description: 'name of the provider the indicators come from (reason code intel:NAME; default: the bundle identity)' },
    token: { type: 'string', value: 'TOKEN', description: 'bearer token: sent when pulling (import URL), required from readers (serve; also $DISTILLGUARD_TAXII_TOKEN)' },
    'added-after': { type: 'string', value: 'TIME', description: 'import URL: only objects added after this RFC 3339 time' },
    port: { type: 'string', value: 'N', default: '8090', description: 'serve: TCP port' },
    host: { type: 'string', value: 'ADDR', default: '127.0.0.1', description: 'serve: address to listen on' },
    title: { type: 'string', value: 'TEXT', default: 'distillguard campaign indicators', description: 'serve: TAXII server and collection title' },
    json: { type: 'boolean', description: 'print JSON' },
  },
  details: `
import: indicators of IP networks, ASNs, JA4 TLS stacks, SHA-256 payment fingerprints, e-mail domains and distillguard
prompt-template hashes are kept with their source, confidence and valid_until; other patterns are skipped and counted.
analyze --intel DIR adds the reason intel:<source> to every account matching a valid indicator.
serve: TAXII 2.1 at http://HOST:PORT/taxii2/ (API root /api1/, one collection "indicators"); readers send
Authorization: Bearer TOKEN. Example:
  distillguard indicators publish out/case/C0001/stix.json --intel intel
  distillguard indicators serve --intel intel --token s3cret --port 8090
  distillguard indicators import http://peer:8090/taxii2/ --token s3cret --source peer --intel intel`,
  async run(ctx) {
    const sub = positional(ctx, 0, SUBS.join('|'));
    if (!(SUBS as readonly string[]).includes(sub)) throw new DistillguardError('USAGE', `unknown indicators subcommand "${sub}" (${SUBS.join(', ')})`);
    const dir = stringOpt(ctx, 'intel') ?? 'distillguard-intel';
    const out = (o: unknown, text: string) => process.stdout.write(ctx.values.json ? JSON.stringify(o) + '\n' : text + '\n');
    const source = stringOpt(ctx, 'source');
    const token = stringOpt(ctx, 'token') ?? process.env.DISTILLGUARD_TAXII_TOKEN;
    if (sub === 'import') {
      const from = positional(ctx, 1, 'BUNDLE.json|TAXII_URL');
      const now = new Date().toISOString();
      let bundle: unknown, pulled: { pages: number; lastAdded: string | null } | null = null;
      if (/^https?:\/\//.test(from)) {
        const r = await pullTaxii({ discovery: from, ...(token ? { token } : {}), addedAfter: stringOpt(ctx, 'added-after') ?? null });
        bundle = { type: 'bundle', id: 'bundle--00000000-0000-4000-8000-000000000000', objects: r.objects };
        pulled = { pages: r.pages, lastAdded: r.lastAdded };
      } else bundle = readBundle(from);
      const r = indicatorsFromBundle(bundle, { ...(source ? { source } : {}), now });
      const stored = new IntelStore(dir).add(r.indicators);
      out({ ...stored, skipped: r.skipped, ...(pulled ? { taxii: pulled } : {}) },
        `imported ${r.indicators.length} indicators into ${dir} (${stored.added} new, ${stored.replaced} replaced); skipped ${r.skipped.length}${pulled ? `; ${pulled.pages} TAXII pages, last added ${pulled.lastAdded ?? '–'}` : ''}`);
    } else if (sub === 'publish') {
      const path = positional(ctx, 1, 'BUNDLE.json');
      const b = readBundle(path) as { type?: unknown; objects?: unknown };
      if (b?.type !== 'bundle' || !Array.isArray(b.objects)) throw new DistillguardError('FILE_FORMAT', `${path}: not a STIX 2.1 bundle`);
      const n = new CollectionFile(dir).publish(b.objects as Record<string, unknown>[], Date.now());
      out({ published: n }, `published ${n} new objects to ${dir}/collection.jsonl`);
    } else if (sub === 'serve') {
      if (!token) throw new DistillguardError('USAGE', 'serve needs --token (or $DISTILLGUARD_TAXII_TOKEN): the collection is TLP-marked, readers must authenticate');
      const collection = new CollectionFile(dir);
      const title = stringOpt(ctx, 'title') ?? 'distillguard campaign indicators';
      const { url } = await listenTaxii({ title, collection: { id: 'indicators', title }, entries: () => collection.list(), tokens: [token] }, numberOpt(ctx, 'port', 8090), stringOpt(ctx, 'host') ?? '127.0.0.1');
      process.stderr.write(`TAXII 2.1 discovery at ${url} (collection "indicators" from ${collection.file})\n`);
      await new Promise<void>(() => undefined);
    } else {
      const list = new IntelStore(dir).list();
      out(list, list.map((i) => `${i.source}  ${i.kind.padEnd(8)}  ${i.value}  confidence ${i.confidence ?? '–'}  until ${i.valid_until ?? '–'}${i.campaign ? `  ${i.campaign}` : ''}`).join('\n') || 'no indicators');
    }
    return 0;
  },
};
