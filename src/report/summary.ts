/**
 * The plain-language paragraph at the top of a case file, generated from the figures only (no free text from
 * the analysis), in sentences a lawyer can quote in a letter. Every number in it is also in the headline table.
 */
import type { CaseFile } from './case-file.js';
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

/** A length of time in hours, unsigned: 0.3 → "less than an hour", 5.4 → "5 hours", 31 → "1.3 days". */
export function duration(hours: number): string {
  const h = Math.abs(hours);
  if (h < 1) return 'less than an hour';
  if (h < 48) { const n = Math.round(h); return `${n} hour${n === 1 ? '' : 's'}`; }
  const d = Math.round((h / 24) * 10) / 10;
  return `${d} days`;
}

/** RFC 3339 → "April 26, 2026 04:00 UTC". */
export function dateTime(iso: string): string {
  return `${longDate(iso)} ${iso.slice(11, 16)} UTC`;
}

const pctOf = (x: number): string => `${Math.round(x * 100)}%`;

/** "The accounts are linked by …": each kind of link with its share of members and an example. */
export function linksSentence(m: CaseFile): string | null {
  const strong = m.links.filter((l) => l.strength === 'strong');
  if (!strong.length) return null;
  const parts = strong.map((l) => `${l.name} (${pctOf(l.share)} of members${l.example ? `; for example, ${l.example.text}` : ''})`);
  const weak = m.links.filter((l) => l.strength === 'coincidence');
  return `The accounts are linked by ${parts.join('; ')}.${weak.length ? ` They also share ${weak.map((l) => `${l.name} (${pctOf(l.share)})`).join(', ')}, which unrelated users share too.` : ''}`;
}

/** When the engine flagged the campaign's accounts, relative to the campaign's first request (signed, checkable in verdicts.jsonl). */
export function flagSentence(m: CaseFile): string {
  const h = m.headline;
  if (!h.first_member_flagged_at || h.flag_delay_hours === null) {
    return `Replayed in time order, the detection engine grouped the accounts as campaign ${m.campaign.id} on ${dateTime(h.first_flagged_at)}.`;
  }
  const when = h.flag_delay_hours >= 0
    ? `${duration(h.flag_delay_hours)} after the campaign's first request`
    : `${duration(h.flag_delay_hours)} before the campaign's first request, from its sign-up details alone`;
  const all = h.flagged_members === h.accounts ? `all ${int(h.accounts)} accounts were flagged` : `${int(h.flagged_members)} of the ${int(h.accounts)} accounts were flagged`;
  const grouped = h.first_flagged_at !== h.first_member_flagged_at ? ` It grouped them as campaign ${m.campaign.id} on ${dateTime(h.first_flagged_at)}.` : '';
  return `Replayed in time order, the detection engine flagged the first of these accounts on ${dateTime(h.first_member_flagged_at)}, ${when}; ${all} by the end of the data.${grouped}`;
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
  const links = linksSentence(m);
  if (links) s.push(links);
  const network: string[] = [];
  const netShare = Math.min(1, inf.datacenter_share + inf.vpn_share);
  if (netShare > 0) network.push(`${pct(netShare)} of their traffic came through datacenter or VPN addresses`);
  if (inf.distinct_ips > 0) network.push(`they used ${int(inf.distinct_ips)} IP addresses in ${int(inf.asns.length)}${inf.asns.length >= 20 ? ' or more' : ''} networks`);
  if (inf.signup.first_created_at && inf.signup.last_created_at) {
    const [first, last] = [longDate(inf.signup.first_created_at), longDate(inf.signup.last_created_at)];
    network.push(first === last ? `the accounts were all created on ${first}` : `the accounts were created between ${first} and ${last}`);
  }
  if (network.length) s.push(network.join('; ').replace(/^./, (c) => c.toUpperCase()) + '.');
  s.push(flagSentence(m));
  return s.join(' ');
}
