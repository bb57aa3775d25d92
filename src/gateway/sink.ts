/**
 * Off-the-request-path persistence: interaction events and audit rows are queued in memory and
 * written to the store in batches by a timer, one batch at a time. If the store falls behind, the
 * queue is bounded and the oldest events are dropped and counted (the engine still got them);
 * audit rows are never dropped.
 */
import type { Interaction } from '../dataset/types.js';
import type { AuditRow, GatewayStore } from '../store/store.js';
import type { Metrics } from './metrics.js';

export class EventSink {
  private events: Interaction[] = [];
  private audit: AuditRow[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly store: GatewayStore,
    private readonly metrics: Metrics,
    private readonly opts: { flushMs: number; maxQueued: number; onError: (e: unknown) => void } = { flushMs: 200, maxQueued: 200_000, onError: () => undefined },
  ) {}

  get queued(): number {
    return this.events.length + this.audit.length;
  }

  event(i: Interaction): void {
    this.events.push(i);
    if (this.events.length > this.opts.maxQueued) {
      const drop = this.events.length - this.opts.maxQueued;
      this.events.splice(0, drop);
      this.metrics.inc('distillguard_events_dropped_total', {}, drop);
    }
    this.schedule();
  }

  auditRow(a: AuditRow): void {
    this.audit.push(a);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.opts.flushMs);
    this.timer.unref();
  }

  /** Writes everything queued so far; resolves when it is in the store. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.events.length === 0 && this.audit.length === 0) return;
    const events = this.events;
    const audit = this.audit;
    this.events = [];
    this.audit = [];
    this.writing = (async () => {
      try {
        await this.store.appendEvents(events);
        this.metrics.inc('distillguard_events_written_total', {}, events.length);
      } catch (e) {
        this.metrics.inc('distillguard_store_errors_total', { table: 'events' });
        this.opts.onError(e);
      }
      try {
        await this.store.appendAudit(audit);
      } catch (e) {
        // Audit rows are evidence: put them back for the next flush rather than lose them.
        this.audit = audit.concat(this.audit);
        this.metrics.inc('distillguard_store_errors_total', { table: 'audit' });
        this.opts.onError(e);
      }
    })();
    try {
      await this.writing;
    } finally {
      this.writing = null;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.flush();
  }
}
