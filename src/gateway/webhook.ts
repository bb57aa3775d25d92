/**
 * Webhook notifications (new flag, new campaign, block, verification required). Fire-and-forget POSTs with a short
 * timeout: a slow or dead receiver must never hold up the gateway; failures are counted.
 */
import { request } from 'undici';
import type { WebhookEvent, WebhookSpec } from '../policy/config.js';
import type { Metrics } from './metrics.js';

export interface WebhookPayload {
  event: WebhookEvent;
  ts: string;
  account_id: string;
  campaign_id: string | null;
  risk: number | null;
  reasons: string[];
  /** `verify` events: the identity-check link the account is sent to. */
  verification_url?: string;
}

export class Webhooks {
  private inflight = new Set<Promise<void>>();

  constructor(private readonly specs: () => WebhookSpec[], private readonly metrics: Metrics, private readonly timeoutMs = 5000) {}

  notify(p: WebhookPayload): void {
    for (const spec of this.specs()) {
      if (!spec.events.includes(p.event)) continue;
      const job = this.send(spec.url, p).finally(() => this.inflight.delete(job));
      this.inflight.add(job);
    }
  }

  private async send(url: string, p: WebhookPayload): Promise<void> {
    try {
      const res = await request(url, {
        method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'distillguard-webhook' }, body: JSON.stringify(p),
        headersTimeout: this.timeoutMs, bodyTimeout: this.timeoutMs,
      });
      await res.body.dump();
      this.metrics.inc('distillguard_webhooks_total', { event: p.event, ok: res.statusCode < 300 });
    } catch {
      this.metrics.inc('distillguard_webhooks_total', { event: p.event, ok: false });
    }
  }

  /** Waits for deliveries in flight (shutdown, tests). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inflight]);
  }
}
