/**
 * Stealth of the lexical watermark against word-frequency analysis: how far watermarking moves each synonym group's
 * member frequencies from those of the same texts unwatermarked (total variation distance per group). Someone
 * comparing a provider's answers with a reference corpus sees only these frequencies, never the key.
 */
import type { WatermarkKey } from '../../src/watermark/key.js';
import { watermarkText } from '../../src/watermark/lexical.js';
import { ProseScanner, type SiteScheme } from '../../src/watermark/scanner.js';

export interface StealthReport {
  /** Groups with at least `minOccurrences` occurrences in the texts. */
  groups: number;
  /** Mean total variation over those groups, weighted by occurrences. */
  weightedTv: number;
  medianTv: number;
  /** The group moved most, with its member shares before → after. */
  worst: { group: string; tv: number; before: string; after: string };
  /** Groups whose commonest member's share moved by more than 0.25. */
  movedOverQuarter: number;
  /** Groups where a member used in at least 5% of the unwatermarked occurrences all but vanishes (below 1%). */
  vanished: number;
}

function memberCounts(texts: readonly string[], scheme: SiteScheme): Map<string, { words: readonly string[]; counts: number[] }> {
  const out = new Map<string, { words: readonly string[]; counts: number[] }>();
  for (const t of texts) {
    const scanner = new ProseScanner((site) => {
      let g = out.get(site.group.id);
      if (!g) out.set(site.group.id, (g = { words: site.group.words, counts: new Array<number>(site.group.words.length).fill(0) }));
      g.counts[site.observed]!++;
      return site.observed;
    }, scheme);
    scanner.push(t);
    scanner.end();
  }
  return out;
}

export function stealth(key: WatermarkKey, texts: readonly string[], minOccurrences = 30): StealthReport {
  const before = memberCounts(texts, key);
  const after = memberCounts(texts.map((t) => watermarkText(key, t).text), key);
  const rows: { group: string; n: number; tv: number; before: string; after: string; moved: number; vanished: boolean }[] = [];
  for (const [id, b] of before) {
    const n = b.counts.reduce((x, y) => x + y, 0);
    const a = after.get(id);
    if (n < minOccurrences || !a) continue;
    const na = a.counts.reduce((x, y) => x + y, 0);
    const pb = b.counts.map((c) => c / n), pa = a.counts.map((c) => c / na);
    const tv = pb.reduce((s, p, i) => s + Math.abs(p - pa[i]!), 0) / 2;
    const top = pb.indexOf(Math.max(...pb));
    const fmt = (ps: number[]) => ps.map((p, i) => `${b.words[i]} ${(100 * p).toFixed(0)}%`).join(' / ');
    rows.push({ group: id, n, tv, before: fmt(pb), after: fmt(pa), moved: Math.abs(pb[top]! - pa[top]!),
      vanished: pb.some((p, i) => p >= 0.05 && pa[i]! < 0.01) });
  }
  rows.sort((x, y) => x.tv - y.tv);
  const total = rows.reduce((s, r) => s + r.n, 0);
  const worst = rows[rows.length - 1] ?? { group: '-', tv: 0, before: '', after: '' };
  return {
    groups: rows.length,
    weightedTv: rows.reduce((s, r) => s + r.n * r.tv, 0) / Math.max(1, total),
    medianTv: rows.length ? rows[Math.floor(rows.length / 2)]!.tv : 0,
    worst: { group: worst.group, tv: worst.tv, before: worst.before, after: worst.after },
    movedOverQuarter: rows.filter((r) => r.moved > 0.25).length,
    vanished: rows.filter((r) => r.vanished).length,
  };
}
