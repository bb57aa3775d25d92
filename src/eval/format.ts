/**
 * Human-readable rendering of an EvalReport: the analyzer and the three baselines side by side, then
 * sections per organic persona, per attack tactic and per true campaign. `--json` prints the report itself.
 */
import type { EvalReport, MethodReport } from './types.js';

const pct = (v: number | null | undefined): string => (v === null || v === undefined ? '-' : `${(v * 100).toFixed(v > 0 && v < 0.001 ? 3 : 1)}%`);
const num = (v: number | null | undefined, digits = 2): string => (v === null || v === undefined ? '-' : v.toFixed(digits));
const hours = (v: number | null): string => (v === null ? 'never' : `${v.toFixed(1)}h`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatReport(r: EvalReport): string {
  const m = r.methods;
  const methods: [string, MethodReport][] = [
    ['analyzer', m.analyzer],
    [`volume (>${num(r.baselines.volume.threshold_requests_per_day, 0)}/day = p${r.baselines.volume.percentile})`, m.volume],
    [`shared-ip (>=${r.baselines.shared_ip.min_accounts} accts/IP)`, m.shared_ip],
    [`rate-limit (${r.baselines.rate_limit.per_minute}/min, ${r.baselines.rate_limit.per_day}/day)`, m.rate_limit],
  ];
  const out: string[] = [];
  const c = r.counts;
  out.push(`dataset ${r.dataset}: ${c.labelled_accounts} labelled accounts (${c.attack_accounts} attack in ${c.campaigns} campaigns, ${c.organic_accounts} organic), ${c.interactions} interactions (${c.attack_interactions} attack)`);
  out.push(`verdicts ${r.verdicts_path}: ${r.files.verdicts.accepted} accepted, ${r.files.verdicts.quarantined} quarantined, ${c.verdicts_missing} labelled accounts without verdict (not flagged), ${c.verdicts_unknown_accounts} for unknown accounts, ${c.verdicts_duplicate} duplicates`);
  if (r.quarantine.count > 0) out.push(`quarantine: ${r.quarantine.count} lines in ${r.quarantine.path ?? '-'} ${JSON.stringify(r.quarantine.reasons)}`);
  if (c.unlabelled_accounts_with_interactions > 0) out.push(`${c.unlabelled_accounts_with_interactions} accounts have interactions but no label (used by baselines, not scored)`);
  out.push('');
  out.push(
    table(
      ['method', 'flagged', 'recall', 'precision', 'organic FPR', 'worst persona FPR', 'leak', 'campaign J'],
      methods.map(([name, s]) => [
        name,
        String(s.flagged),
        pct(s.recall),
        pct(s.precision),
        pct(s.organic_fpr),
        s.worst_persona_fpr ? `${pct(s.worst_persona_fpr.fpr)}${(s.worst_persona_fpr.fpr ?? 0) > 0 ? ` ${s.worst_persona_fpr.persona}` : ''}` : '-',
        pct(s.leak.share),
        num(s.campaign_jaccard_mean),
      ]),
    ),
  );
  out.push('');
  out.push('leak = share of attack interactions served before the account was flagged (rate limit: every request not rejected; stopping at its first rejection would leak ' + pct(m.rate_limit.leak_before_flag.share) + ')');

  const personas = [...new Set(methods.flatMap(([, s]) => s.per_persona.map((p) => p.persona)))].sort();
  if (personas.length > 0) {
    out.push('', 'Organic FPR per persona (flagged / n)');
    out.push(
      table(
        ['persona', 'n', ...methods.map(([, s]) => s.name)],
        personas.map((p) => {
          const n = m.analyzer.per_persona.find((x) => x.persona === p)?.n ?? 0;
          return [p, String(n), ...methods.map(([, s]) => {
            const x = s.per_persona.find((y) => y.persona === p);
            return x ? `${pct(x.fpr)} (${x.flagged})` : '-';
          })];
        }),
      ),
    );
  }

  const tactics = [...new Set(methods.flatMap(([, s]) => s.per_tactic.map((t) => t.tactic)))].sort();
  if (tactics.length > 0) {
    out.push('', 'Attack recall per tactic (flagged / n)');
    out.push(
      table(
        ['tactic', 'n', ...methods.map(([, s]) => s.name)],
        tactics.map((t) => {
          const n = m.analyzer.per_tactic.find((x) => x.tactic === t)?.n ?? 0;
          return [t, String(n), ...methods.map(([, s]) => {
            const x = s.per_tactic.find((y) => y.tactic === t);
            return x ? `${pct(x.recall)} (${x.flagged})` : '-';
          })];
        }),
      ),
    );
  }

  if (m.analyzer.campaigns.length > 0) {
    out.push('', 'Campaigns (analyzer): best-matching detected campaign, leak, time to detect first / 50% / 90% of accounts');
    out.push(
      table(
        ['campaign', 'size', 'recall', 'best match', 'size', 'J', 'leak', 'first', '50%', '90%'],
        m.analyzer.campaigns.map((k) => [
          k.campaign,
          String(k.size),
          pct(k.recall),
          k.best_match?.campaign_id ?? '-',
          k.best_match ? String(k.best_match.size) : '-',
          num(k.best_match?.jaccard ?? 0),
          pct(k.leak.share),
          hours(k.time_to_detect_hours.first),
          hours(k.time_to_detect_hours.p50),
          hours(k.time_to_detect_hours.p90),
        ]),
      ),
    );
    out.push('', 'Campaigns, baselines side by side: Jaccard / leak / time to 50%');
    out.push(
      table(
        ['campaign', ...methods.map(([, s]) => s.name)],
        m.analyzer.campaigns.map((k, i) => [
          k.campaign,
          ...methods.map(([, s]) => {
            const x = s.campaigns[i];
            return x ? `${num(x.best_match?.jaccard ?? 0)} / ${pct(x.leak.share)} / ${hours(x.time_to_detect_hours.p50)}` : '-';
          }),
        ]),
      ),
    );
  }
  const b = r.baselines;
  out.push('', 'Baselines:');
  out.push(`  volume: ${b.volume.rule}; threshold ${num(b.volume.threshold_requests_per_day, 0)} requests/day over ${b.volume.account_days} account-days`);
  out.push(`  shared_ip: ${b.shared_ip.rule}; ${b.shared_ip.qualifying_ips} qualifying IPs`);
  out.push(`  rate_limit: ${b.rate_limit.rule}; ${b.rate_limit.rejected_requests} requests rejected`);
  return out.join('\n') + '\n';
}
