/**
 * The plain-language paragraph at the top of a case file, generated from the figures only (no free text from
 * the analysis), in sentences a lawyer can quote in a letter. Every number in it is also in the headline table.
 */
import type { CaseFile } from './case.js';
import { signalNote } from './methodology.js';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** 28_800_000 → "28.8 million"; 25_000 → "25,000". */
export function bigNumber(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(n >= 1e10 ? 0 : 1).replace(/\.0$/, '')} billion`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 1 : 2).replace(/\.?0+$/, '')} million`;
  return int(n);
}

export function longDate(iso: string | null): string {
  if (!iso) return 'an unknown date';
  const d = new Date(iso);
  return d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

export function money(usd: number): string {
  return '$' + usd.toLocaleString('en-US', { minimumFractionDigits: usd < 100 ? 2 : 0, maximumFractionDigits: usd < 100 ? 2 : 0 });
}

/** 0.2 → "5 hours", 3.4 → "3.4 days". */
export function delay(days: number): string {
  const n = days < 1 ? Math.max(1, Math.round(days * 24)) : days;
  return `${n} ${days < 1 ? 'hour' : 'day'}${n === 1 ? '' : 's'}`;
}

export function summaryParagraph(m: CaseFile): string {
  const h = m.headline;
  const inf = m.infrastructure;
  const s: string[] = [];
  s.push(`Between ${longDate(h.first_activity)} and ${longDate(h.last_activity)} (${h.days} days), a coordinated group of ${int(h.accounts)} accounts (campaign ${m.campaign.id}) sent ${bigNumber(h.exchanges)} requests to the provider's models and received ${bigNumber(h.output_tokens + h.reasoning_tokens)} output and reasoning tokens in return, worth an estimated ${money(m.value.total_usd)} at list prices.`);
  s.push(`Each account averaged about ${h.requests_per_account_day.toFixed(0)} requests a day, an ordinary volume on its own; the campaign shows only across the accounts and in what they asked.`);
  const caps = Object.entries(m.charts.capabilities).sort((a, b) => b[1] - a[1]).filter(([, n]) => n > 0);
  const capTotal = caps.reduce((t, [, n]) => t + n, 0);
  if (capTotal > 0) {
    const top = caps.slice(0, 2).map(([k, n]) => `${k} (${pct(n / capTotal)})`).join(' and ');
    s.push(`The requests targeted mainly ${top}.`);
  }
  const kinds = Object.entries(m.charts.intent_kinds).sort((a, b) => b[1] - a[1]);
  if (kinds[0] && h.exchanges > 0) s.push(`${pct(kinds[0][1] / h.exchanges)} of them showed ${signalNote('intent:' + kinds[0][0]).title.toLowerCase()}.`);
  const links: string[] = [];
  const netShare = Math.min(1, inf.datacenter_share + inf.vpn_share);
  if (netShare > 0) links.push(`${pct(netShare)} of the traffic came through datacenter or VPN addresses, spread over ${int(inf.distinct_ips)} IP addresses in ${int(inf.asns.length)}${inf.asns.length >= 20 ? '+' : ''} networks`);
  if (inf.signup.shared_payment_instruments > 0) links.push(`${int(inf.shared_payments.reduce((t, p) => t + p.members, 0))} accounts shared ${int(inf.signup.shared_payment_instruments)} payment instruments`);
  if (inf.signup.first_created_at && inf.signup.last_created_at) links.push(`the accounts were created between ${longDate(inf.signup.first_created_at)} and ${longDate(inf.signup.last_created_at)}`);
  if (links.length) s.push(`The accounts are linked: ${links.join('; ')}.`);
  s.push(`Replayed in time order, the detection engine would have flagged the campaign on ${longDate(h.first_flagged_at)}${h.days_to_flag !== null ? `, ${delay(h.days_to_flag)} after its first request` : ''}.`);
  return s.join(' ');
}
