/**
 * Served-prefix probes: the answers served to a suspect campaign, as the upstream wrote them, cut just before a word
 * of the synonym table. A student that learned from the watermarked answers is then at exactly a context where it saw
 * the keyed word; its continuation is scored with `WatermarkScorer.addContinuation`.
 *
 * Validity: the cuts are taken from the originals and chosen by their canonical site (group and context with every
 * table word replaced by its group) in an order drawn from a seed, never from the key, so everything the suspect is
 * given is independent of the keyed choices and the test stays exact. Cutting watermarked text would hand the suspect
 * the keyed words of the prefix, which a suspect that merely copies its input would repeat; `looksWatermarked` refuses
 * such files.
 */
import { Rng } from '../sim/rng.js';
import type { WatermarkKey } from './key.js';
import { watermarkText } from './lexical.js';
import { ProseScanner, type SiteContext, type SiteScheme } from './scanner.js';
import { eligibilityFollowsChoice, siteId } from './served.js';

/** A served answer: its original text and the user prompt it answered (when recorded). */
export interface ServedAnswer {
  prompt?: string;
  text: string;
}

export interface PrefixProbe {
  /** The user prompt of the served answer, when known (the conversation the prefix belongs to). */
  prompt?: string;
  /** The start of the original answer up to the cut, trailing whitespace removed (APIs reject it in a prefill). */
  prefix: string;
  /** Canonical site at the cut: where the student is asked to choose. */
  site: string;
}

/** Words a prefix must hold before the cut, so the first site's context lies in it. */
const MIN_PREFIX_WORDS = 2;

/** Every place in one original answer where a probe can cut: before a site whose eligibility is fixed by the text. */
export function cutPoints(text: string, scheme: SiteContext | SiteScheme = {}): { offset: number; site: string }[] {
  const out: { offset: number; site: string }[] = [];
  // Words ended before the cut: a whitespace run after a non-space character ends one.
  let words = 0, scanned = 0;
  const scanner = new ProseScanner((site) => {
    for (; scanned < site.offset; scanned++) {
      if (scanned > 0 && /\s/.test(text[scanned]!) && !/\s/.test(text[scanned - 1]!)) words++;
    }
    if (!eligibilityFollowsChoice(site) && words >= MIN_PREFIX_WORDS) {
      out.push({ offset: site.offset, site: siteId(site.group.id, site.canonicalContext) });
    }
    return site.observed;
  }, scheme);
  scanner.push(text);
  scanner.end();
  return out;
}

/**
 * Chooses `count` cuts from the served answers: one per distinct canonical site first (in seeded random order), then
 * a second cut at sites served more than once, and so on. Distinct sites are what the de-duplicated test counts.
 */
export function planPrefixProbes(
  served: readonly ServedAnswer[], count: number, seed: number, scheme: SiteContext | SiteScheme = {},
): { probes: PrefixProbe[]; candidates: number; sites: number } {
  const bySite = new Map<string, { answer: number; offset: number }[]>();
  let candidates = 0;
  served.forEach((a, answer) => {
    for (const c of cutPoints(a.text, scheme)) {
      candidates++;
      const list = bySite.get(c.site);
      if (list) list.push({ answer, offset: c.offset });
      else bySite.set(c.site, [{ answer, offset: c.offset }]);
    }
  });
  const rng = new Rng(seed, 17);
  const sites = shuffle([...bySite.keys()], rng);
  const queues = new Map(sites.map((s) => [s, shuffle(bySite.get(s)!, rng)]));
  const probes: PrefixProbe[] = [];
  for (let round = 0; probes.length < count; round++) {
    let any = false;
    for (const s of sites) {
      const cut = queues.get(s)![round];
      if (!cut) continue;
      any = true;
      const a = served[cut.answer]!;
      const prefix = a.text.slice(0, cut.offset).trimEnd();
      probes.push({ ...(a.prompt ? { prompt: a.prompt } : {}), prefix, site: s });
      if (probes.length >= count) break;
    }
    if (!any) break;
  }
  return { probes, candidates, sites: sites.length };
}

/**
 * Whether served answers look already watermarked with this key: re-applying the watermark changes nothing in most
 * answers that offer several sites. An original with n sites of two members is left unchanged with chance about 2^-n.
 */
export function looksWatermarked(
  key: WatermarkKey, texts: readonly string[], minSites = 4,
): { checked: number; unchanged: number; watermarked: boolean } {
  let checked = 0, unchanged = 0;
  for (const t of texts) {
    let sites = 0;
    const scanner = new ProseScanner((site) => {
      sites++;
      return site.observed;
    }, key);
    scanner.push(t);
    scanner.end();
    if (sites < minSites) continue;
    checked++;
    if (watermarkText(key, t).changed === 0) unchanged++;
  }
  return { checked, unchanged, watermarked: checked >= 5 && unchanged > checked / 2 };
}

/**
 * Joins a prefix and the suspect's continuation as the suspect meant it: a continuation starting with a word right
 * after a word of the prefix gets a space (prefill answers often omit it, since the prefix's trailing space was cut).
 */
export function continuationText(prefix: string, continuation: string): string {
  return /[\p{L}\p{N}]$/u.test(prefix) && /^[\p{L}\p{N}]/u.test(continuation) ? ' ' + continuation : continuation;
}

function shuffle<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
