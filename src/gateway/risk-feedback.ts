/**
 * What the gateway does with the engine's risk updates: mirrors them to the other gateway nodes, writes the verdicts
 * to the store, and audits and notifies each account's first flag, each campaign's first account and each block
 * (once per process, again only after the state was left).
 */
import type { Decision } from '../policy/decide.js';
import type { RiskUpdate } from '../engine/engine.js';
import type { AuditRow, GatewayStore, SharedState } from '../store/store.js';
import type { Webhooks } from './webhook.js';

export interface RiskFeedbackDeps {
  store: GatewayStore;
  shared: SharedState | undefined;
  webhooks: Webhooks;
  audit: (row: Omit<AuditRow, 'ts'> & { ts?: string }) => void;
  decisionFor: (accountId: string) => Decision;
  log: (line: string) => void;
}

export class RiskFeedback {
  private readonly flagged = new Set<string>();
  private readonly campaigns = new Set<string>();
  private readonly blocked = new Set<string>();

  constructor(private readonly deps: RiskFeedbackDeps) {}

  apply(updates: RiskUpdate[]): void {
    const { audit, webhooks } = this.deps;
    this.deps.shared?.putRisk(updates);
    const verdicts = [];
    for (const u of updates) {
      const accountId = u.account;
      const ts = new Date(u.at).toISOString();
      const newlyFlagged = u.flagged && !this.flagged.has(accountId);
      if (u.flagged) this.flagged.add(accountId);
      else this.flagged.delete(accountId);
      if (newlyFlagged) {
        audit({ ts, actor: 'engine', action: 'flag', account_id: accountId, request_id: null, key_id: null, reasons: u.reasons, enforced: false, detail: { risk: u.risk, campaign_id: u.campaignId } });
        webhooks.notify({ event: 'flag', ts, account_id: accountId, campaign_id: u.campaignId, risk: u.risk, reasons: u.reasons });
      }
      if (u.campaignId !== null && !this.campaigns.has(u.campaignId)) {
        this.campaigns.add(u.campaignId);
        webhooks.notify({ event: 'campaign', ts, account_id: accountId, campaign_id: u.campaignId, risk: u.risk, reasons: u.reasons });
      }
      const d = this.deps.decisionFor(accountId);
      if (d.action === 'block' && !this.blocked.has(accountId)) {
        this.blocked.add(accountId);
        webhooks.notify({ event: 'block', ts, account_id: accountId, campaign_id: u.campaignId, risk: u.risk, reasons: d.reasons });
      } else if (d.action !== 'block') this.blocked.delete(accountId);
      verdicts.push({ account_id: accountId, risk: u.risk, flagged: u.flagged, campaign_id: u.campaignId, first_flagged_at: u.flagged ? ts : null, reasons: u.reasons, updated_at: ts });
    }
    this.deps.store.upsertVerdicts(verdicts).catch((e: unknown) => this.deps.log(`verdict write failed: ${(e as Error).message}`));
  }
}
