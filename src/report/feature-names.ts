/**
 * Plain names for the per-account features (src/accounts/features.ts) as the dashboard shows them, and how each value
 * reads: shares as percentages, counts as counts. A feature without an entry keeps its code name.
 */
type Kind = 'count' | 'share' | 'number' | 'score';

const FEATURES: Record<string, { label: string; kind: Kind; note?: string }> = {
  n: { label: 'requests', kind: 'count' },
  activeDays: { label: 'active days', kind: 'count' },
  perActiveDay: { label: 'requests per active day', kind: 'number' },
  intent: { label: 'extraction-intent score', kind: 'score', note: '0–1, from the prompt classifier; higher reads more like harvesting' },
  highMaxTokens: { label: 'requests asking for ≥ 4,000 output tokens', kind: 'share' },
  capabilityFocus: { label: 'requests in the most-asked skill', kind: 'share' },
  novelty: { label: 'prompts never repeated', kind: 'share', note: 'work queues never repeat; people and test harnesses do' },
  sharedItems: { label: 'items another account also asked', kind: 'share' },
  followUps: { label: 'follow-up turns', kind: 'share' },
  hourEntropy: { label: 'round-the-clock activity', kind: 'score', note: '1 = flat over 24 hours (machines); people sleep' },
  gapSpread: { label: 'spread of gaps between requests', kind: 'number', note: 'std-dev of log gaps; low = metronome' },
  datacenterShare: { label: 'requests from datacenter networks', kind: 'share' },
  vpnShare: { label: 'requests through a VPN', kind: 'share' },
  uaTlsMismatch: { label: 'requests whose client claim and TLS stack disagree', kind: 'share' },
  outputPerInput: { label: 'output tokens per input token', kind: 'number' },
  reasoningShare: { label: 'requests answered with extended reasoning', kind: 'share' },
};

export function featureLabel(code: string): { label: string; note: string | null } {
  const f = FEATURES[code];
  return { label: f?.label ?? code, note: f?.note ?? null };
}

export function formatFeature(code: string, value: number): string {
  const kind = FEATURES[code]?.kind ?? (Number.isInteger(value) ? 'count' : 'number');
  if (kind === 'count') return Math.round(value).toLocaleString('en-US');
  if (kind === 'share') return `${(100 * value).toFixed(value >= 0.1 ? 0 : 1)}%`;
  if (kind === 'score') return value.toFixed(2);
  return value.toFixed(value >= 10 ? 1 : 2);
}
