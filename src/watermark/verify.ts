/**
 * The watermark test. Every changeable word in the suspect texts is a site (synonym group, context); it is a
 * hit when its word is the keyed choice for that site. Sites are de-duplicated by (group, context), keeping the
 * first, as in "Watermarking Makes Language Models Radioactive" (Sander et al., 2024): repeated contexts would
 * repeat the same keyed choice and the same habit of the text, so counting them again would inflate the
 * evidence. Under the null hypothesis (the texts do not depend on the key) each unique site's keyed choice is
 * an independent uniform draw from its group, so its hit is Bernoulli(1/|group|) whatever the natural word
 * frequencies are, and the hit count is a sum of binomials whose exact upper tail is the p-value.
 */
import type { WatermarkKey } from './key.js';
import { chooserFor, type KeyedChooser } from './lexical.js';
import { ProseScanner } from './scanner.js';
import { log10, logTailSumOfBinomials } from './stats.js';

export interface VerifyResult {
  /** P(hits >= observed) for a source that never saw the key; exact. May underflow to 0: see `log10_p_value`. */
  p_value: number;
  /** Unique (group, context) sites scored. */
  scored: number;
  /** z-score of the hit count against its null mean and variance (0 when nothing was scored). */
  statistic: number;
  hits: number;
  /** Expected hits under the null. */
  expected: number;
  /** Sites skipped because their (group, context) was already scored. */
  duplicates_skipped: number;
  method: string;
  /** log10 of the p-value, exact even where `p_value` underflows. */
  log10_p_value?: number;
  /** Texts read. */
  texts?: number;
  /** Public fingerprint of the key tested. */
  key_id?: string;
  /** Unique contexts scored per synonym-group size (the null distribution is a sum of Bin(n_k, 1/k)). */
  scored_by_group_size?: Record<string, number>;
}

export const VERIFY_METHOD =
  'exact upper tail of a sum of Bernoulli(1/|group|) over (synonym group, context) sites de-duplicated by first occurrence';

/** Accumulates texts one at a time (for large files and endpoint probing); `result()` can be called any time. */
export class WatermarkScorer {
  private readonly chooser: KeyedChooser;
  private readonly seen = new Set<string>();
  /** Unique sites per group size. */
  private readonly sizes = new Map<number, number>();
  private hits = 0;
  private duplicates = 0;
  private texts = 0;

  constructor(private readonly key: WatermarkKey) {
    this.chooser = chooserFor(key);
  }

  add(text: string): void {
    this.texts++;
    const scanner = new ProseScanner((site) => {
      const id = site.group.id + '\0' + site.context;
      if (this.seen.has(id)) this.duplicates++;
      else {
        this.seen.add(id);
        const k = site.group.words.length;
        this.sizes.set(k, (this.sizes.get(k) ?? 0) + 1);
        if (this.chooser.choose(site) === site.observed) this.hits++;
      }
      return site.observed;
    });
    scanner.push(text);
    scanner.end();
  }

  result(): VerifyResult {
    let expected = 0, variance = 0, scored = 0;
    for (const [k, n] of this.sizes) {
      scored += n;
      expected += n / k;
      variance += (n * (k - 1)) / (k * k);
    }
    const lnP = logTailSumOfBinomials(this.sizes, this.hits);
    return {
      p_value: Math.exp(lnP),
      scored,
      statistic: variance > 0 ? (this.hits - expected) / Math.sqrt(variance) : 0,
      hits: this.hits,
      expected,
      duplicates_skipped: this.duplicates,
      method: VERIFY_METHOD,
      log10_p_value: log10(lnP),
      texts: this.texts,
      key_id: this.key.id,
      scored_by_group_size: Object.fromEntries([...this.sizes].sort((a, b) => a[0] - b[0]).map(([k, n]) => [String(k), n])),
    };
  }
}

export function scoreTexts(key: WatermarkKey, texts: Iterable<string>): VerifyResult {
  const scorer = new WatermarkScorer(key);
  for (const t of texts) scorer.add(t);
  return scorer.result();
}
