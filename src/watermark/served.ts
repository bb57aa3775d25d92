/**
 * The provider's own knowledge of what it served: the (synonym group, context) sites that occur in the answers a
 * suspect campaign received. A student trained on those answers can only have learned the keyed choice where it saw
 * it, so restricting the test to these sites drops the sites that carry no signal (the supervised, filtered setting
 * of "Watermarking Makes Language Models Radioactive", Sander et al., NeurIPS 2024).
 *
 * Validity: sites are matched on their canonical context (every earlier word of the synonym table replaced by its
 * group, whether or not it was a site there), which does not depend on any keyed choice. Matching on the written context would not do: a suspect site whose context
 * holds an earlier word that happens to be that site's keyed choice would match served text more often, so the number
 * of sites kept would grow with the hits and the binomial test conditioned on it would be too optimistic (the test
 * in served.test.ts fails that way). With canonical contexts the kept sites are fixed by the texts alone, and under
 * the null the keyed choice at each is still an independent uniform draw: the exact test is unchanged. (Canonical
 * words must not depend on whether a word was a site: "think" is one after "don't" but not after "do not", so that
 * would tie the contexts a served answer offers to the keyed choice before them; served.test.ts checks that
 * watermarked and original answers offer the same sites under every key.) Served texts
 * are counted per site, not occurrences, since a choice changes the words after it and so what follows. Sites whose
 * very eligibility depends on the member written before them are left out (`eligibilityFollowsChoice`).
 */
import { ProseScanner, siteScheme, type SiteContext, type SiteScheme, type WordSite } from './scanner.js';
import type { TableVersion } from './synonyms.js';

/** What the scorer asks of the served answers (an interface, so tests can check that a key-dependent filter fails). */
export interface SiteFilter {
  readonly context: SiteContext;
  readonly table: TableVersion;
  textsWith(id: string): number;
  readonly size: number;
  readonly textCount: number;
}

export class ServedSites implements SiteFilter {
  /** Site id → number of served texts in which it occurs. */
  private readonly texts = new Map<string, number>();
  private served = 0;

  readonly context: SiteContext;
  readonly table: TableVersion;

  /** `scheme` must be the key's (pass the key): sites are compared by their group and context. */
  constructor(scheme: SiteContext | SiteScheme = {}) {
    const s = siteScheme(scheme);
    this.context = s.context;
    this.table = s.table;
  }

  add(text: string): void {
    this.served++;
    const inText = new Set<string>();
    const scanner = new ProseScanner((site) => {
      inText.add(siteId(site.group.id, site.canonicalContext));
      return site.observed;
    }, this);
    scanner.push(text);
    scanner.end();
    for (const id of inText) this.texts.set(id, (this.texts.get(id) ?? 0) + 1);
  }

  static from(texts: Iterable<string>, scheme?: SiteContext | SiteScheme): ServedSites {
    const s = new ServedSites(scheme);
    for (const t of texts) s.add(t);
    return s;
  }

  /** Served texts containing the site (0: never served). */
  textsWith(id: string): number {
    return this.texts.get(id) ?? 0;
  }

  /** Distinct sites in the served texts. */
  get size(): number {
    return this.texts.size;
  }

  /** Served texts read. */
  get textCount(): number {
    return this.served;
  }
}

export function siteId(groupId: string, context: string): string {
  return groupId + '\0' + context;
}

/**
 * True when whether this word is a site at all depended on which member was written just before it: a group only
 * eligible after certain words ("happy" after "really" but not after "truly"). In served text that eligibility follows
 * the keyed choice at the previous site, so keeping such a site would tie the number of kept sites to earlier hits;
 * the served filter leaves these sites out.
 */
export function eligibilityFollowsChoice(site: WordSite): boolean {
  const after = site.group.after, prev = site.previousGroup;
  if (!after || !prev) return false;
  const allowed = prev.words.map((w) => after.has(w.slice(w.lastIndexOf(' ') + 1)));
  return allowed.some(Boolean) && !allowed.every(Boolean);
}
