/** `distillguard watermark keygen|apply`: create a watermark key; watermark the texts of a JSON-lines stream. */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createWriteStream } from 'node:fs';
import { DistillguardError } from '../errors.js';
import { generateKey, loadKey, saveKey } from '../watermark/key.js';
import { SITE_CONTEXTS, type SiteContext } from '../watermark/scanner.js';
import { LATEST_TABLE, TABLE_VERSIONS, type TableVersion } from '../watermark/synonyms.js';
import { watermarkText, chooserFor } from '../watermark/lexical.js';
import { inputStream, parseTextLine } from '../watermark/text-lines.js';
import { positional, requiredOpt, stringOpt, type Command } from './command.js';

export const watermarkCommand: Command = {
  name: 'watermark',
  summary: 'create a watermark key, or watermark the texts of a JSON-lines file (keyed synonym choices)',
  args: 'keygen|apply [IN.jsonl]',
  options: {
    out: { type: 'string', value: 'FILE', description: 'keygen: key file to create (mode 0600, never overwritten); apply: output file (default: stdout)' },
    key: { type: 'string', value: 'KEYFILE', description: 'apply: the watermark key' },
    context: { type: 'string', value: 'two-words|one-word|adaptive', default: 'two-words', description: "keygen: what a site's context is (two-words: stealthiest; one-word: learned more readily by a student, skews word frequencies; docs/watermark.md)" },
    table: { type: 'string', value: TABLE_VERSIONS.join('|'), default: String(LATEST_TABLE), description: 'keygen: the synonym table the key marks with (the latest changes most words; keep older keys for texts they marked)' },
    field: { type: 'string', value: 'NAME', default: 'text', description: 'apply: the JSON field holding the text' },
    strict: { type: 'boolean', description: 'apply: exit 1 if any line was bad (bad lines are still passed through)' },
    json: { type: 'boolean', description: 'print the summary as JSON on stderr' },
  },
  details: `
keygen writes {"type":"distillguard-watermark-key","version":2,"table":2,"id":…,"secret":…} with mode 0600 and
prints the key's public id. The table is the synonym table the key marks with; key files without one (version 1)
mark and verify with table 1, so texts marked before stay verifiable with their key. Keep the file secret and backed up: whoever has it can watermark and verify; without it no
verification is possible.

apply reads one JSON object per line (stdin or IN.jsonl) and writes one line per input line: the same object
with its text watermarked (other fields kept, in order). A JSON string line is watermarked as a string. Lines
that are not JSON or have no string text field are written unchanged and reported on stderr with their line
number; blank lines stay blank. The share of prose words changed is printed on stderr.

Examples:
  distillguard watermark keygen --out wm.key
  distillguard watermark apply --key wm.key < responses.jsonl > marked.jsonl`,
  async run(ctx) {
    const sub = positional(ctx, 0, 'keygen|apply');
    if (sub === 'keygen') {
      const out = requiredOpt(ctx, 'out');
      const context = stringOpt(ctx, 'context') ?? 'two-words';
      if (!(SITE_CONTEXTS as readonly string[]).includes(context)) {
        throw new DistillguardError('USAGE', `--context must be one of ${SITE_CONTEXTS.join(', ')}, got "${context}"`);
      }
      const table = Number(stringOpt(ctx, 'table') ?? LATEST_TABLE);
      if (!(TABLE_VERSIONS as readonly number[]).includes(table)) {
        throw new DistillguardError('USAGE', `--table must be one of ${TABLE_VERSIONS.join(', ')}, got "${stringOpt(ctx, 'table')}"`);
      }
      const key = generateKey({ context: context as SiteContext, table: table as TableVersion });
      saveKey(out, key);
      if (ctx.values.json) process.stdout.write(JSON.stringify({ id: key.id, path: out, table: key.table }) + '\n');
      else process.stdout.write(`${key.id}\n`);
      process.stderr.write(`created watermark key ${key.id} (synonym table ${key.table}) in ${out} (mode 0600); keep it secret and backed up\n`);
      return 0;
    }
    if (sub !== 'apply') throw new DistillguardError('USAGE', `unknown watermark subcommand "${sub}" (keygen, apply)`);
    const key = loadKey(requiredOpt(ctx, 'key'));
    chooserFor(key);
    const field = stringOpt(ctx, 'field') ?? 'text';
    const outPath = stringOpt(ctx, 'out');
    const output: NodeJS.WritableStream = outPath ? createWriteStream(outPath) : process.stdout;
    const write = async (s: string): Promise<void> => {
      if (!output.write(s)) await once(output, 'drain');
    };
    let lines = 0, texts = 0, bad = 0, words = 0, changed = 0;
    for await (const line of createInterface({ input: inputStream(ctx.positionals[1]), crlfDelay: Infinity })) {
      lines++;
      const parsed = parseTextLine(line, field);
      if (parsed.kind === 'bad') {
        bad++;
        process.stderr.write(`line ${lines}: ${parsed.reason}; passed through unchanged\n`);
        await write(line + '\n');
        continue;
      }
      if (parsed.kind === 'blank') {
        await write(line + '\n');
        continue;
      }
      const marked = watermarkText(key, parsed.text);
      texts++;
      words += marked.words;
      changed += marked.changed;
      await write(JSON.stringify(parsed.kind === 'string' ? marked.text : { ...parsed.record, [field]: marked.text }) + '\n');
    }
    if (outPath) {
      output.end();
      await once(output, 'finish');
    }
    const share = words > 0 ? changed / words : 0;
    const summary = { key_id: key.id, table: key.table, lines, texts, bad_lines: bad, words, changed, share_changed: share };
    process.stderr.write(ctx.values.json ? JSON.stringify(summary) + '\n'
      : `watermarked ${texts} texts with ${key.id}: ${changed} of ${words} prose words changed (${(share * 100).toFixed(2)}%)${bad ? `; ${bad} bad lines passed through` : ''}\n`);
    return bad > 0 && ctx.values.strict ? 1 : 0;
  },
};
