/** The gateway's metrics, described once: what each counts, and the gauges read at scrape time. */
import type { EnginePort } from '../live/engine-port.js';
import type { Metrics } from './metrics.js';

export interface GatewayGauges {
  keys: () => number;
  inflight: () => number;
  queued: () => number;
}

export function describeGatewayMetrics(m: Metrics, gauges: GatewayGauges, engine: EnginePort): void {
  m.describe('distillguard_requests_total', 'API requests answered, by dialect and HTTP status');
  m.describe('distillguard_actions_total', 'Policy and review actions written to the audit log');
  m.describe('distillguard_rate_limited_total', 'Requests refused (or, in dry-run, that would be) by a rate limit');
  m.describe('distillguard_upstream_errors_total', 'Upstream failures by kind (upstream = 502, upstream_timeout = 504)');
  m.describe('distillguard_watermarked_responses_total', 'Responses watermarked, by dialect, kind (lexical, marker), streaming, and enforced (false: dry-run)');
  m.describe('distillguard_watermark_words_total', 'Words the lexical watermark saw (visible text and reasoning)');
  m.describe('distillguard_watermark_words_changed_total', 'Words the lexical watermark changed (share = changed / words)');
  m.describe('distillguard_tokens_total', 'Tokens of proxied requests by dialect, tier and kind (input, output, reasoning; reasoning is part of output)');
  m.describe('distillguard_model_list_total', 'GET /v1/models answers, by dialect and source (upstream, policy)');
  m.describe('distillguard_request_duration_seconds', 'Time from request start to last byte, including the upstream');
  m.gauge('distillguard_keys_active', 'API keys in the in-memory key map', gauges.keys);
  m.gauge('distillguard_requests_in_flight', 'Proxied requests in progress', gauges.inflight);
  m.gauge('distillguard_event_queue', 'Events and audit rows waiting for the store', gauges.queued);
  if (engine.health) m.gauge('distillguard_engine_up', 'The in-process engine is running (1) or not (0: starting, failed, closed)', () => (engine.health!().state === 'running' ? 1 : 0));
  if (engine.backlog) m.gauge('distillguard_engine_backlog', 'Events not yet safely on the event bus (queued, in flight or spooled to disk)', () => engine.backlog!());
  if (engine.spoolStats) {
    const sp = () => engine.spoolStats!();
    m.gauge('distillguard_spool_bytes', 'Bytes in the event spool (events waiting for the event bus)', () => sp().bytes);
    m.gauge('distillguard_spool_events', 'Events in the event spool', () => sp().events);
    m.gauge('distillguard_spool_segments', 'Segment files of the event spool', () => sp().segments);
    m.gauge('distillguard_spool_max_bytes', 'Cap of the event spool', () => sp().maxBytes);
    m.gauge('distillguard_spool_full', '1 while a fail-closed spool is at its cap and requests are refused', () => (sp().full ? 1 : 0));
    m.counterFrom('distillguard_spool_dropped_total', 'Events dropped at the spool cap (fail-open policies)', () => sp().dropped);
    m.counterFrom('distillguard_spool_refused_total', 'Events refused at the spool cap (fail-closed policy)', () => sp().refused);
    m.counterFrom('distillguard_spool_resent_total', 'Spooled events delivered to the event bus', () => sp().resent);
  }
  m.describe('distillguard_refused_unrecordable_total', 'Requests refused with 503 because they could not be recorded (fail-closed spool at its cap)');
  m.describe('distillguard_events_unrecorded_total', 'Requests whose record could not be kept (spool cap); their response was not completed');
}
