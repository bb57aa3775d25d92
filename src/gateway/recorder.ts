/**
 * The record of each API request: its interaction for the engine and the event store (durable before the client gets
 * the end of its answer), its token and latency metrics, and its line in the structured request log.
 */
import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { PolicyConfig } from '../policy/config.js';
import type { EnginePort } from '../live/engine-port.js';
import { statusOf, type Api } from './api.js';
import { clientIp } from './client-headers.js';
import { buildInteraction, type ResponseFacts } from './interaction.js';
import type { Metrics } from './metrics.js';
import type { RequestContext } from './request-context.js';
import type { RequestLogLine, RequestLogOptions } from './request-log.js';
import { retainPrompt } from './retention.js';
import type { EventSink } from './sink.js';

export interface RecorderDeps {
  metrics: Metrics;
  engine: EnginePort;
  sink: EventSink;
  requestLog: RequestLogOptions | undefined;
  policy: () => PolicyConfig;
  clock: () => number;
  log: (line: string) => void;
}

export class Recorder {
  constructor(private readonly deps: RecorderDeps) {}

  /**
   * Builds the interaction record and hands it to the engine and the store. Resolves true once the engine's transport
   * holds it durably (at once for in-process engines), false when it could not be kept.
   */
  record(ctx: RequestContext, facts: ResponseFacts | null, status: number): Promise<boolean> {
    const { metrics, engine, policy } = this.deps;
    const elapsed = performance.now() - ctx.t0;
    metrics.observe('distillguard_request_duration_seconds', elapsed / 1000, { api: ctx.api });
    if (facts) {
      const labels = { api: ctx.api, tier: ctx.tier };
      if (facts.inputTokens > 0) metrics.inc('distillguard_tokens_total', { ...labels, kind: 'input' }, facts.inputTokens);
      if (facts.outputTokens > 0) metrics.inc('distillguard_tokens_total', { ...labels, kind: 'output' }, facts.outputTokens);
      const reasoning = facts.reasoning();
      if (reasoning) metrics.inc('distillguard_tokens_total', { ...labels, kind: 'reasoning' }, reasoning);
    }
    if (this.deps.requestLog) this.logRequest(this.deps.requestLog, ctx, facts, status, elapsed);
    const i = buildInteraction(
      { id: ctx.id, ts: ctx.ts, accountId: ctx.key.account_id, keyId: ctx.key.key_id, ip: ctx.ip, userAgent: ctx.userAgent, ja4: ctx.ja4, endpoint: ctx.endpoint, conversationId: ctx.conversationId },
      ctx.req, facts, status, elapsed, policy().record.response_text,
    );
    const w = ctx.watermark;
    if (w && (w.lexical === 'apply' || w.marker === 'apply')) {
      i.watermark = { key_id: w.key_id, lexical: w.lexical === 'apply', marker: w.marker === 'apply', words: w.words, changed: w.changed };
    }
    const durable = engine.submit(i);
    this.deps.sink.event(retainPrompt(i, policy().record.prompt_retention));
    if (!durable) return Promise.resolve(true);
    return durable.then((kept) => {
      if (!kept) metrics.inc('distillguard_events_unrecorded_total', { api: ctx.api });
      return kept;
    }, (e: unknown) => {
      this.deps.log(`event not recorded: ${(e as Error).message}`);
      metrics.inc('distillguard_events_unrecorded_total', { api: ctx.api });
      return false;
    });
  }

  /** Requests refused before a key is known still get a log line: no account, no key id, never the presented key. */
  logUnauthenticated(req: IncomingMessage, api: Api): void {
    const o = this.deps.requestLog;
    if (!o) return;
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    this.writeLogLine(o, {
      ts: new Date(this.deps.clock()).toISOString(), request_id: null, account_id: null, key_id: null, api, endpoint: q === -1 ? url : url.slice(0, q),
      model: null, stream: null, status: statusOf('authentication'), action: null, enforced: false, reasons: ['authentication'], latency_ms: 0,
      input_tokens: 0, output_tokens: 0, reasoning_tokens: null, tier: null, ip: clientIp(req, this.deps.policy().server.trust_proxy),
    });
  }

  private logRequest(o: RequestLogOptions, ctx: RequestContext, facts: ResponseFacts | null, status: number, elapsedMs: number): void {
    const d = ctx.decision;
    // A refusing limit or an enforced verification is what happened to the request, whatever the decision was.
    const line: RequestLogLine = {
      ts: ctx.ts, request_id: ctx.id, account_id: ctx.key.account_id, key_id: ctx.key.key_id, api: ctx.api, endpoint: ctx.endpoint,
      model: ctx.req?.model || null, stream: ctx.req?.stream ?? null, status,
      action: ctx.limited ? 'rate_limit' : ctx.verify?.enforced ? 'verify' : d.action, enforced: ctx.limited ? ctx.limited.enforced : ctx.verify?.enforced ? true : d.enforce,
      reasons: ctx.limited ? [ctx.limited.reason] : ctx.verify?.enforced ? ctx.verify.reasons : d.reasons, latency_ms: Math.round(elapsedMs * 10) / 10,
      input_tokens: facts?.inputTokens ?? 0, output_tokens: facts?.outputTokens ?? 0, reasoning_tokens: facts?.reasoning() ?? null,
      tier: ctx.tier, ip: ctx.ip,
      ...(o.prompts && ctx.req ? { prompt: ctx.req.prompt } : {}),
    };
    this.writeLogLine(o, line);
  }

  private writeLogLine(o: RequestLogOptions, line: RequestLogLine): void {
    try {
      o.write(JSON.stringify(line));
    } catch (e) {
      this.deps.metrics.inc('distillguard_request_log_errors_total');
      this.deps.log(`request log write failed: ${(e as Error).message}`);
    }
  }
}
