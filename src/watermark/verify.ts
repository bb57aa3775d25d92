/**
 * The watermark test. Every changeable word in the suspect texts is a site (synonym group, context); the keyed
 * choice for that site is what the watermark would write there. Sites are de-duplicated by (group, context) as in
 * "Watermarking Makes Language Models Radioactive" (Sander et al., 2024): repeated contexts repeat the same keyed
 * choice and the same habit of the text, so each unique site is scored once. Under the null hypothesis (the texts
 * do not depend on the key) each unique site's keyed choice is an independent uniform draw from its group whatever
 * the natural word frequencies are, so any score computed from the texts alone and read at the keyed member has an
 * exactly known null distribution:
 *
 * - `first`: the member written at the site's first occurrence; a hit is Bernoulli(1/|group|).
 * - `majority`: the member the texts write most often at the site (ties: the one seen first); also
 *   Bernoulli(1/|group|), but a student that leans towards the keyed member without always writing it wins the vote.
 * - `share`: the keyed member's share of the site's occurrences, in tenths; the null sum is built exactly by
 *   convolution (`logTailUniformScores`).
 *
 * With `served` (the answers the provider served to the suspect campaign), only sites that occur in them are scored:
 * the sites where a student could have learned the keyed choice (see served.ts for why the test stays exact).
 */
import { DistillguardError } from '../errors.js';
import type { WatermarkKey } from './key.js';
import { chooserFor, type KeyedChooser } from './lexical.js';
import { ProseScanner } from './scanner.js';
import { eligibilityFollowsChoice, siteId, type SiteFilter } from './served.js';
import { log10, logTailSumOfBinomials, logTailUniformScores, randomisedTail } from './stats.js';

export const SITE_VOTES = ['first', 'majority', 'share'] as const;
/** How the occurrences of one unique site in the suspect texts become its score. */
export type SiteVote = (typeof SITE_VOTES)[number];

/** Resolution of the `share` score: the keyed member's share of a site's occurrences, rounded to 1/SHARE_STEPS. */
export const SHARE_STEPS = 10;

export interface ScorerOptions {
  /** Default `first`, the one-Bernoulli-per-site test. */
  vote?: SiteVote;
  /** Score only sites that occur in these served answers. */
  served?: SiteFilter;
  /** With `served`: only sites found in at least this many served texts (default 1). */
  minServed?: number;
}

export interface VerifyResult {
  /** P(score >= observed) for a source that never saw the key; exact. May underflow to 0: see `log10_p_value`. */
  p_value: number;
  /** Unique (group, context) sites scored. */
  scored: number;
  /** z-score of the observed score against its null mean and variance (0 when nothing was scored). */
  statistic: number;
  /** Scored sites whose (first, or majority) member is the keyed one. */
  hits: number;
  /** Expected hits under the null. */
  expected: number;
  /** Sites skipped because their (group, context) was already scored (`first`) or counted as votes (others). */
  duplicates_skipped: number;
  method: string;
  /** log10 of the p-value, exact even where `p_value` underflows. */
  log10_p_value?: number;
  /** Texts read. */
  texts?: number;
  /** Public fingerprint of the key tested. */
  key_id?: string;
  /** The synonym table the key marks with (a text verifies only with the table it was marked with). */
  table?: number;
  /** Unique contexts scored per synonym-group size (the null distribution is a sum of Bin(n_k, 1/k)). */
  scored_by_group_size?: Record<string, number>;
  /** The site score used (`first` unless chosen). */
  vote?: SiteVote;
  /** With `share`: the observed sum of scores (tenths) and its null mean. */
  score?: number;
  expected_score?: number;
  /** With served answers: how many were read, their distinct sites, and the suspect's sites left out as never served. */
  served?: { texts: number; sites: number; min_texts: number; unserved_skipped: number };
}

export const VERIFY_METHOD =
  'exact upper tail of a sum of Bernoulli(1/|group|) over (synonym group, context) sites de-duplicated by first occurrence';

const METHODS: Record<SiteVote, string> = {
  first: VERIFY_METHOD,
  majority: 'exact upper tail of a sum of Bernoulli(1/|group|) over (synonym group, context) sites de-duplicated, ' +
    'each scored by the member the texts write most often there',
  share: 'exact upper tail of the summed share (in tenths) of each de-duplicated (synonym group, context) site\'s ' +
    'occurrences that use the keyed member, each site\'s keyed member uniform under the null',
};

interface SiteTally {
  k: number;
  keyed: number;
  /** Occurrences of each member. */
  counts: number[];
  /** Order in which members were first seen at this site (ties in the vote go to the earlier one). */
  firstSeen: number[];
}

/** Accumulates texts one at a time (for large files and endpoint probing); `result()` can be called any time. */
export class WatermarkScorer {
  private readonly chooser: KeyedChooser;
  private readonly sites = new Map<string, SiteTally>();
  private readonly vote: SiteVote;
  private readonly minServed: number;
  private duplicates = 0;
  private unserved = 0;
  private texts = 0;

  constructor(private readonly key: WatermarkKey, private readonly options: ScorerOptions = {}) {
    this.chooser = chooserFor(key);
    this.vote = options.vote ?? 'first';
    this.minServed = options.minServed ?? 1;
    if (options.served && options.served.context !== (key.context ?? 'two-words')) {
      throw new DistillguardError('WATERMARK_KEY', `served sites were read with ${options.served.context} contexts, ` +
        `the key ${key.id} uses ${key.context ?? 'two-words'}`);
    }
    if (options.served && options.served.table !== key.table) {
      throw new DistillguardError('WATERMARK_KEY', `served sites were read with synonym table ${options.served.table}, ` +
        `the key ${key.id} uses table ${key.table}`);
    }
    if (!Number.isInteger(this.minServed) || this.minServed < 1) {
      throw new DistillguardError('USAGE', `minimum served texts per site must be a positive integer, got ${this.minServed}`);
    }
  }

  add(text: string): void {
    this.addContinuation('', text);
  }

  /**
   * A suspect's continuation of a prompt it was given (a prefilled answer): the prompt is read for the context of the
   * first words only, and only sites that start in the continuation are scored. The prompt must not depend on the
   * key (give the upstream's original answers, never the watermarked ones): the test is exact only if the suspect's
   * input is independent of the keyed choices under the null.
   */
  addContinuation(prompt: string, continuation: string): void {
    this.texts++;
    const served = this.options.served;
    const from = prompt.length;
    const scanner = new ProseScanner((site) => {
      if (site.offset < from) return site.observed;
      const id = siteId(site.group.id, site.context);
      let tally = this.sites.get(id);
      if (!tally) {
        if (served && (eligibilityFollowsChoice(site) || served.textsWith(siteId(site.group.id, site.canonicalContext)) < this.minServed)) {
          this.unserved++;
          return site.observed;
        }
        const k = site.group.words.length;
        tally = { k, keyed: this.chooser.choose(site), counts: new Array<number>(k).fill(0), firstSeen: [] };
        this.sites.set(id, tally);
      } else this.duplicates++;
      if (tally.counts[site.observed]! === 0) tally.firstSeen.push(site.observed);
      tally.counts[site.observed]!++;
      return site.observed;
    }, this.key);
    scanner.push(prompt);
    scanner.push(continuation);
    scanner.end();
  }

  /**
   * The randomised p-value P(S > s) + u·P(S = s), exactly Uniform(0, 1) under the null for any u in [0, 1): for
   * checking the null model (uniformity tests), never for evidence.
   */
  randomisedP(u: number): number {
    const r = this.result();
    if (this.vote === 'share') {
      const vectors = [...this.sites.values()].map((t) => shareScores(t));
      const above = Math.exp(logTailUniformScores(vectors, r.score! + 1));
      return above + u * (Math.exp(logTailUniformScores(vectors, r.score!)) - above);
    }
    const sizes = new Map(Object.entries(r.scored_by_group_size ?? {}).map(([k, n]) => [Number(k), n]));
    return randomisedTail(sizes, r.hits, u);
  }

  result(): VerifyResult {
    const sizes = new Map<number, number>();
    let hits = 0, expected = 0, variance = 0, scored = 0;
    const vectors: number[][] = [];
    let score = 0, expectedScore = 0, scoreVariance = 0;
    for (const t of this.sites.values()) {
      scored++;
      sizes.set(t.k, (sizes.get(t.k) ?? 0) + 1);
      expected += 1 / t.k;
      variance += (t.k - 1) / (t.k * t.k);
      const winner = this.vote === 'first' ? t.firstSeen[0]! : majority(t);
      if (winner === t.keyed) hits++;
      if (this.vote === 'share') {
        const v = shareScores(t);
        vectors.push(v);
        score += v[t.keyed]!;
        const mean = v.reduce((a, b) => a + b, 0) / t.k;
        expectedScore += mean;
        scoreVariance += v.reduce((a, b) => a + (b - mean) ** 2, 0) / t.k;
      }
    }
    const share = this.vote === 'share';
    const lnP = share ? logTailUniformScores(vectors, score) : logTailSumOfBinomials(sizes, hits);
    const statistic = share
      ? (scoreVariance > 0 ? (score - expectedScore) / Math.sqrt(scoreVariance) : 0)
      : (variance > 0 ? (hits - expected) / Math.sqrt(variance) : 0);
    const served = this.options.served;
    return {
      p_value: Math.exp(lnP),
      scored,
      statistic,
      hits,
      expected,
      duplicates_skipped: this.duplicates,
      method: METHODS[this.vote] + (served ? ', restricted to sites found in the served answers' : ''),
      log10_p_value: log10(lnP),
      texts: this.texts,
      key_id: this.key.id,
      table: this.key.table,
      scored_by_group_size: Object.fromEntries([...sizes].sort((a, b) => a[0] - b[0]).map(([k, n]) => [String(k), n])),
      vote: this.vote,
      ...(share ? { score, expected_score: expectedScore } : {}),
      ...(served ? { served: { texts: served.textCount, sites: served.size, min_texts: this.minServed, unserved_skipped: this.unserved } } : {}),
    };
  }
}

function shareScores(t: SiteTally): number[] {
  const n = t.counts.reduce((a, b) => a + b, 0);
  return t.counts.map((c) => Math.round((SHARE_STEPS * c) / n));
}

/** The member written most often at a site; ties go to the member seen first (a rule that never looks at the key). */
function majority(t: SiteTally): number {
  let best = t.firstSeen[0]!;
  for (const m of t.firstSeen) if (t.counts[m]! > t.counts[best]!) best = m;
  return best;
}

export function scoreTexts(key: WatermarkKey, texts: Iterable<string>, options: ScorerOptions = {}): VerifyResult {
  const scorer = new WatermarkScorer(key, options);
  for (const t of texts) scorer.add(t);
  return scorer.result();
}
