/**
 * `distillguard verify --key KEYFILE TEXTS.jsonl`: tests whether texts (e.g. sampled from a suspect model)
 * carry the watermark of a key, with an exact p-value against the null of a source independent of the key.
 */
import { createInterface } from 'node:readline';
import { markerScore } from '../watermark/marker.js';
import { DistillguardError } from '../errors.js';
import { loadKey, type WatermarkKey } from '../watermark/key.js';
import { loadProbes, PREFILL_STYLES, probeEndpoint, type PrefillStyle, type ProbeSet } from '../watermark/probe.js';
import { looksWatermarked, planPrefixProbes, type ServedAnswer } from '../watermark/prefix-probes.js';
import { watermarkText } from '../watermark/lexical.js';
import { ServedSites } from '../watermark/served.js';
import { SITE_VOTES, WatermarkScorer, type ScorerOptions, type SiteVote, type VerifyResult } from '../watermark/verify.js';
import { inputStream, parseTextLine, readTexts, TEXT_FORMATS, type BadLine, type TextFormat }
  from '../watermark/text-lines.js';
import { boundedNumberOpt, numberOpt, requiredOpt, stringOpt, type Command, type CommandContext } from './command.js';
import { Progress } from './progress.js';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'test texts (or a suspect endpoint) for a watermark key; prints hits, scored contexts and a p-value',
  args: '[TEXTS.jsonl]',
  options: {
    key: { type: 'string', value: 'KEYFILE', description: 'the watermark key' },
    format: { type: 'string', value: 'F', default: 'jsonl', description: `TEXTS format: ${TEXT_FORMATS.join(', ')}` },
    field: { type: 'string', value: 'NAME', default: 'text', description: 'jsonl: the JSON field holding the text' },
    'prompt-field': {
      type: 'string', value: 'NAME',
      description: 'jsonl: a field holding the prefilled start the suspect continued (read for context, never scored)',
    },
    alpha: { type: 'string', value: 'P', default: '1e-6', description: 'significance level for the printed conclusion' },
    'model-url': { type: 'string', value: 'URL', description: 'query a suspect OpenAI- or Anthropic-compatible endpoint instead of reading TEXTS' },
    api: { type: 'string', value: 'openai|anthropic', description: 'endpoint API (with --model-url)' },
    model: { type: 'string', value: 'M', description: 'model name to request (with --model-url)' },
    probes: { type: 'string', value: 'FILE', description: 'probe prompts, one JSON line {"prompt": …} each (default: bundled probes)' },
    budget: { type: 'string', value: 'N', default: '200', description: 'maximum number of requests to the endpoint, retries included' },
    'api-key-env': { type: 'string', value: 'VAR', description: 'environment variable holding the endpoint API key (default: OPENAI_API_KEY or ANTHROPIC_API_KEY)' },
    concurrency: { type: 'string', value: 'N', default: '4', description: 'parallel requests to the endpoint' },
    'max-tokens': { type: 'string', value: 'N', description: 'max_tokens of each probe request (default 800; 16 with --prefix-probes)' },
    served: { type: 'string', value: 'FILE', description: 'answers served to the suspect campaign (JSON lines): score only the contexts that occur in them' },
    'served-field': { type: 'string', value: 'NAME', default: 'text', description: 'with --served: the JSON field holding the answer (`response` for interaction records)' },
    'served-min': { type: 'string', value: 'N', description: 'with --served: score only contexts found in at least N served answers (default 1)' },
    'prefix-probes': { type: 'boolean', description: 'with --model-url and --served: cut the served answers (upstream originals) before watermark words and score the suspect\'s continuations' },
    'served-prompt-field': { type: 'string', value: 'NAME', description: 'with --prefix-probes: the field of a served line holding the user prompt it answered, sent before the prefix (default prompt)' },
    prefill: { type: 'string', value: 'assistant|completions|instruction', description: 'with --prefix-probes: how the suspect is asked to continue (prefilled assistant turn, the default; /v1/completions prompt; or an instruction)' },
    'probe-repeats': { type: 'string', value: 'N', description: 'with --prefix-probes: continuations requested per cut, which vote at their context (default 3)' },
    seed: { type: 'string', value: 'N', description: 'with --prefix-probes: seed of the order in which cuts are chosen, never the key (default 1)' },
    'request-extra': { type: 'string', value: 'JSON', description: 'with --model-url: fields merged into every request body, e.g. \'{"continue_final_message":true,"add_generation_prompt":false}\' for vLLM' },
    vote: { type: 'string', value: 'first|majority|share', description: 'score of a context seen several times: its first word, the word written most often there, or the keyed word\'s share (default first; share with --prefix-probes)' },
    campaign: { type: 'string', value: 'ID', description: 'campaign the suspect is tied to: recorded in the result for `report --provenance`' },
    json: { type: 'boolean', description: 'print one JSON object (p_value, scored, statistic, hits, expected, …)' },
  },
  details: `
TEXTS formats:
  jsonl  one JSON value per line: an object with a string field (--field, default "text") or a JSON string;
         other lines are reported on stderr with their number and skipped (blank lines are ignored)
  lines  every non-empty line is one text
  text   the whole file is one text
"-" or no TEXTS reads stdin.

Served-prefix probes (--prompt-field NAME, jsonl): each line holds the start of an answer the suspect was asked to
continue (assistant prefill, or a completions endpoint) in NAME and its continuation in --field. Only sites in the
continuation are scored; the prompt gives the first words their context. Cut the prompts from the served answers as
the upstream wrote them (the interaction records' "response"), never from watermarked text, so that they do not
depend on the key.
  distillguard verify --key wm.key probes-answered.jsonl --prompt-field prompt --served served.jsonl --vote majority

Endpoint mode (--model-url URL --api openai|anthropic): sends the bundled probe prompts (data/watermark/probes.jsonl,
or --probes FILE with {"prompt": …} lines or plain lines) to the suspect endpoint, cycling them up to --budget
requests, and tests the answers. The API key is read from the environment, never from the command line.
  distillguard verify --key wm.key --model-url https://suspect.example/v1 --api openai --model their-model --budget 500

Served-prefix probes against an endpoint (--model-url … --served FILE --prefix-probes): the served answers as the
upstream wrote them (interaction records: --served-field response; their "prompt" is sent as the user turn) are cut
before words of the synonym table, one cut per distinct context first, --budget / --probe-repeats cuts in all; the
suspect continues each cut --probe-repeats times (--max-tokens default 16) and only the continuations are scored,
restricted to the served contexts (--vote default share). A served file that is already watermarked is refused:
prefixes cut from it would hand the suspect the keyed words.
  distillguard verify --key wm.key --model-url https://api.suspect.example --api anthropic --model their-model \\
    --served campaign-records.jsonl --served-field response --prefix-probes --budget 3000 --json

The p-value is exact: under the null hypothesis that the texts were written without this key, each unique
(synonym group, context) site is a hit with probability 1/|group|, independently. It says how surprising the
hits are for such a source; it is not the probability that the suspect distilled.

Served answers (--served FILE): the answers the provider served to the suspect campaign's accounts, as served
or as recorded before watermarking (the key re-applies the watermark; applying it twice changes nothing). Only
contexts that occur in them are scored: a student can only have learned the keyed word where it saw it, and
which contexts were served does not depend on the keyed word at that context, so the p-value stays exact.
Give the campaign's own prompts as --probes in endpoint mode to make the suspect write about the same things.
  distillguard verify --key wm.key suspect.jsonl --served served.jsonl --vote majority --json
  jq -c 'select(.account_id | IN("a1","a2"))' interactions.jsonl > served.jsonl   # the campaign's records
  distillguard verify --key wm.key suspect.jsonl --served served.jsonl --served-field response`,
  async run(ctx) {
    const key = loadKey(requiredOpt(ctx, 'key'));
    const alpha = numberOpt(ctx, 'alpha', 1e-6);
    const scoring = await scoringOptions(ctx, key);
    const modelUrl = stringOpt(ctx, 'model-url');
    if (modelUrl !== undefined) return probe(ctx, key, modelUrl, alpha, scoring);
    if (ctx.values['prefix-probes']) {
      throw new DistillguardError('USAGE', '--prefix-probes needs --model-url (for a file of continuations use --prompt-field)');
    }
    const format = stringOpt(ctx, 'format') ?? 'jsonl';
    if (!(TEXT_FORMATS as readonly string[]).includes(format)) throw new DistillguardError('USAGE', `--format must be one of ${TEXT_FORMATS.join(', ')}`);
    const path = ctx.positionals[0];
    if (path === undefined && process.stdin.isTTY) throw new DistillguardError('USAGE', 'missing argument TEXTS (or pipe texts on stdin)');
    const scorer = new WatermarkScorer(key, scoring);
    const texts: string[] = [];
    const progress = new Progress('verify', null);
    const promptField = stringOpt(ctx, 'prompt-field');
    if (promptField !== undefined && format !== 'jsonl') {
      throw new DistillguardError('USAGE', '--prompt-field needs --format jsonl');
    }
    let bad = 0, n = 0;
    const onBad = (b: BadLine) => {
      bad++;
      process.stderr.write(`${path ?? 'stdin'}:${b.line}: ${b.reason}; skipped\n`);
    };
    const field = stringOpt(ctx, 'field') ?? 'text';
    const lines = promptField === undefined
      ? mapTexts(readTexts(path, format as TextFormat, field, onBad))
      : readContinuations(path, field, promptField, onBad);
    for await (const { prompt, text } of lines) {
      scorer.addContinuation(prompt, text);
      texts.push(text);
      progress.update(++n);
    }
    progress.done();
    const result = { ...scorer.result(), bad_lines: bad, marker: markerSummary(key, texts), ...tag(ctx, path ?? 'stdin') };
    process.stdout.write(ctx.values.json ? JSON.stringify(result) + '\n' : formatResult(result, alpha));
    return 0;
  },
};

async function* mapTexts(texts: AsyncIterable<string>): AsyncGenerator<{ prompt: string; text: string }> {
  for await (const text of texts) yield { prompt: '', text };
}

/** JSON lines of a prefilled prompt and the suspect's continuation; a line without a string prompt is bad. */
async function* readContinuations(
  path: string | undefined, field: string, promptField: string, onBad: (b: BadLine) => void,
): AsyncGenerator<{ prompt: string; text: string }> {
  let n = 0;
  for await (const line of createInterface({ input: inputStream(path), crlfDelay: Infinity })) {
    n++;
    const parsed = parseTextLine(line, field);
    if (parsed.kind === 'bad') onBad({ line: n, reason: parsed.reason });
    else if (parsed.kind === 'string') onBad({ line: n, reason: `expected an object with a "${promptField}" string` });
    else if (parsed.kind === 'object') {
      const prompt = parsed.record[promptField];
      if (typeof prompt === 'string') yield { prompt, text: parsed.text };
      else onBad({ line: n, reason: `no string field "${promptField}"` });
    }
  }
}

/** `--vote`, and `--served FILE` read into the set of served contexts (watermark re-applied: it is idempotent). */
async function scoringOptions(ctx: CommandContext, key: WatermarkKey): Promise<ScorerOptions & { answers?: ServedAnswer[] }> {
  const vote = stringOpt(ctx, 'vote') ?? (ctx.values['prefix-probes'] ? 'share' : 'first');
  if (!(SITE_VOTES as readonly string[]).includes(vote)) throw new DistillguardError('USAGE', `--vote must be one of ${SITE_VOTES.join(', ')}`);
  const path = stringOpt(ctx, 'served');
  const minServed = numberOpt(ctx, 'served-min', 1);
  if (path === undefined) {
    if (stringOpt(ctx, 'served-min') !== undefined) throw new DistillguardError('USAGE', '--served-min needs --served FILE');
    return { vote: vote as SiteVote };
  }
  if (!Number.isInteger(minServed) || minServed < 1) throw new DistillguardError('USAGE', `--served-min must be a positive integer, got ${minServed}`);
  const served = new ServedSites(key);
  const keep = ctx.values['prefix-probes'] === true;
  const promptField = stringOpt(ctx, 'served-prompt-field') ?? 'prompt';
  const answers: ServedAnswer[] = [];
  let bad = 0;
  for await (const { text, prompt } of readServed(path, stringOpt(ctx, 'served-field') ?? 'text', promptField, () => bad++)) {
    served.add(watermarkText(key, text).text);
    if (keep) answers.push({ text, ...(prompt !== undefined ? { prompt } : {}) });
  }
  if (bad) process.stderr.write(`${path}: ${bad} line(s) without a string "${stringOpt(ctx, 'served-field') ?? 'text'}" skipped\n`);
  if (served.textCount === 0) throw new DistillguardError('FILE_FORMAT', `--served ${path}: no answers read`);
  return { vote: vote as SiteVote, served, minServed, ...(keep ? { answers } : {}) };
}

/** Served answers and, where the line has it, the user prompt they answered. */
async function* readServed(path: string, field: string, promptField: string, onBad: () => void): AsyncGenerator<{ text: string; prompt?: string }> {
  for await (const line of createInterface({ input: inputStream(path), crlfDelay: Infinity })) {
    const parsed = parseTextLine(line, field);
    if (parsed.kind === 'bad') onBad();
    else if (parsed.kind === 'string') yield { text: parsed.text };
    else if (parsed.kind === 'object') {
      const prompt = parsed.record[promptField];
      yield { text: parsed.text, ...(typeof prompt === 'string' && prompt.trim() ? { prompt } : {}) };
    }
  }
}

/** The served-prefix probe plan (`--prefix-probes`), or undefined for free prompts. */
function prefixPlan(ctx: CommandContext, key: WatermarkKey, answers: ServedAnswer[] | undefined, budget: number):
  { set: ProbeSet; summary: Record<string, unknown> } | undefined {
  if (!ctx.values['prefix-probes']) {
    for (const name of ['prefill', 'probe-repeats', 'seed', 'served-prompt-field']) {
      if (ctx.values[name] !== undefined) {
        throw new DistillguardError('USAGE', `--${name} needs --prefix-probes`);
      }
    }
    return undefined;
  }
  if (answers === undefined) throw new DistillguardError('USAGE', '--prefix-probes needs --served FILE (the answers served, as the upstream wrote them)');
  if (stringOpt(ctx, 'probes') !== undefined) throw new DistillguardError('USAGE', 'give either --probes or --prefix-probes, not both');
  const style = stringOpt(ctx, 'prefill') ?? 'assistant';
  if (!(PREFILL_STYLES as readonly string[]).includes(style)) throw new DistillguardError('USAGE', `--prefill must be one of ${PREFILL_STYLES.join(', ')}`);
  const repeats = boundedNumberOpt(ctx, 'probe-repeats', 3, { min: 1, integer: true });
  const seed = boundedNumberOpt(ctx, 'seed', 1, { min: 0, integer: true });
  const marked = looksWatermarked(key, answers.map((a) => a.text));
  if (marked.watermarked) {
    throw new DistillguardError('FILE_FORMAT', `--served: ${marked.unchanged} of ${marked.checked} answers are already watermarked with ` +
      `${key.id}; prefixes must be cut from the upstream's originals (interaction records: --served-field response)`);
  }
  const plan = planPrefixProbes(answers, Math.max(1, Math.floor(budget / repeats)), seed, key);
  if (plan.probes.length === 0) throw new DistillguardError('FILE_FORMAT', '--served: no answer has a watermark word to cut before');
  return {
    set: { kind: 'prefixes', probes: plan.probes, style: style as PrefillStyle, repeats },
    summary: { kind: 'served-prefix', cuts: plan.probes.length, repeats, prefill: style, seed, candidate_cuts: plan.candidates, candidate_sites: plan.sites },
  };
}

async function probe(ctx: CommandContext, key: WatermarkKey, url: string, alpha: number, scoring: ScorerOptions & { answers?: ServedAnswer[] }): Promise<number> {
  const api = stringOpt(ctx, 'api');
  if (api !== 'openai' && api !== 'anthropic') throw new DistillguardError('USAGE', '--api must be openai or anthropic with --model-url');
  if (ctx.positionals.length > 0) throw new DistillguardError('USAGE', 'give either TEXTS or --model-url, not both');
  const budget = boundedNumberOpt(ctx, 'budget', 200, { min: 1, integer: true });
  const plan = prefixPlan(ctx, key, scoring.answers, budget);
  const extraJson = stringOpt(ctx, 'request-extra');
  let extraBody: Record<string, unknown> | undefined;
  if (extraJson !== undefined) {
    try {
      extraBody = JSON.parse(extraJson) as Record<string, unknown>;
    } catch (e) {
      throw new DistillguardError('USAGE', `--request-extra is not JSON: ${(e as Error).message}`);
    }
    if (typeof extraBody !== 'object' || extraBody === null || Array.isArray(extraBody)) throw new DistillguardError('USAGE', '--request-extra must be a JSON object');
  }
  const { answers: _answers, ...scorerOptions } = scoring;
  const envName = stringOpt(ctx, 'api-key-env') ?? (api === 'openai' ? 'OPENAI_API_KEY' : 'ANTHROPIC_API_KEY');
  const apiKey = process.env[envName];
  const progress = new Progress(`probing ${api}`, budget);
  const errors = new Map<string, number>();
  const answers: string[] = [];
  const probed = await probeEndpoint(key, {
    url, api, model: stringOpt(ctx, 'model') ?? 'default', prompts: plan?.set ?? loadProbes(stringOpt(ctx, 'probes')), budget,
    concurrency: numberOpt(ctx, 'concurrency', 4),
    maxTokens: boundedNumberOpt(ctx, 'max-tokens', plan ? 16 : 800, { min: 1, integer: true }),
    ...(apiKey ? { apiKey } : {}), ...(extraBody ? { extraBody } : {}),
    onProgress: (done, failed) => progress.update(done, failed ? `${failed} failed` : ''),
    onAnswer: (t) => answers.push(t),
    onError: (m) => errors.set(m, (errors.get(m) ?? 0) + 1),
    scoring: scorerOptions,
  });
  const result = {
    ...probed, ...(plan ? { probes: plan.summary } : {}), marker: markerSummary(key, answers),
    ...tag(ctx, `${probed.endpoint} (model ${probed.model})`),
  };
  progress.done();
  for (const [m, n] of errors) process.stderr.write(`${n} request(s) failed: ${m}\n`);
  if (ctx.values.json) process.stdout.write(JSON.stringify(result) + '\n');
  else {
    process.stdout.write(`endpoint      ${result.endpoint} (${api}, model ${result.model})\n`);
    process.stdout.write(`requests      ${result.requests} (${result.failed_requests} failed)\n`);
    if (plan) {
      const p = plan.summary;
      process.stdout.write(`probes        ${p.cuts} served-prefix cuts × ${p.repeats} (${p.prefill}), from ${p.candidate_cuts} ` +
        `possible cuts at ${p.candidate_sites} contexts; only continuations scored\n`);
    }
    process.stdout.write(formatResult(result, alpha));
  }
  return result.texts === 0 ? 1 : 0;
}

/** p-value for people: exponent notation, exact even when the number underflows. */
export function formatP(result: VerifyResult): string {
  if (result.p_value > 1e-300 || result.log10_p_value === undefined) return result.p_value >= 0.001 ? result.p_value.toFixed(3) : result.p_value.toExponential(2);
  const e = Math.floor(result.log10_p_value);
  return `${Math.pow(10, result.log10_p_value - e).toFixed(2)}e${e}`;
}

export function formatResult(r: VerifyResult & { bad_lines?: number; marker?: { p_value: number; opener_hits: number; closing_hits: number } }, alpha: number): string {
  const lines = [
    `key           ${r.key_id ?? '?'}${r.table !== undefined ? ` (synonym table ${r.table})` : ''}`,
    `texts         ${r.texts ?? '?'}${r.bad_lines ? ` (${r.bad_lines} bad lines skipped)` : ''}`,
    `scored        ${r.scored} unique contexts (${r.duplicates_skipped} repeats ${r.vote && r.vote !== 'first' ? `counted as votes (${r.vote})` : 'skipped'})`,
    ...(r.served ? [`served        ${r.served.texts} answers, ${r.served.sites} contexts; ${r.served.unserved_skipped} suspect words at contexts never served left out`] : []),
    ...(r.score !== undefined ? [`share score   ${r.score} (expected ${r.expected_score!.toFixed(1)}): tenths of each context's uses that are the keyed word`] : []),
    `hits          ${r.hits} (expected ${r.expected.toFixed(1)} without the watermark)`,
    `z-score       ${r.statistic.toFixed(2)}`,
    `p-value       ${formatP(r)}`,
  ];
  if (r.scored === 0) lines.push('conclusion    nothing to score: the texts have no words of the synonym table outside code and quotes');
  else if (r.p_value <= alpha) lines.push(`conclusion    watermark present: p <= ${alpha.toExponential(0)}; texts written without this key would score this high with probability p`);
  else lines.push(`conclusion    not shown at level ${alpha.toExponential(0)}; this does not prove absence (few contexts, paraphrase, or no watermarked source)`);
  if (r.marker) lines.push(`marker        opener in ${r.marker.opener_hits} texts, closing in ${r.marker.closing_hits}; p-value ${r.marker.p_value < 0.001 ? r.marker.p_value.toExponential(2) : r.marker.p_value.toFixed(3)} (the interaction-layer marker, a separate test)`);
  return lines.join('\n') + '\n';
}

/** What a case file needs to state the test: the subject, when, and the campaign it is tied to (`--campaign`). */
function tag(ctx: CommandContext, subject: string): { subject: string; tested_at: string; campaign?: string } {
  const campaign = stringOpt(ctx, 'campaign');
  return { subject, tested_at: new Date().toISOString(), ...(campaign ? { campaign } : {}) };
}

/**
 * The interaction-layer marker's test on the same texts (src/watermark/marker.ts): whether the key's opening and
 * closing phrasings occur more often than any other member of their families. Independent of the lexical test.
 */
function markerSummary(key: WatermarkKey, texts: readonly string[]): { p_value: number; statistic: number; opener_hits: number; closing_hits: number; hit_rate: number; method: string } {
  const m = markerScore(key, texts);
  return { p_value: m.p_value, statistic: m.statistic, opener_hits: m.opener.hits, closing_hits: m.closing.hits, hit_rate: m.hit_rate, method: m.method };
}
