/**
 * An experiment on free answers at a 5% watermarked share: does weighting each served context by how much of the
 * provider's own traffic at that context was served to the campaign raise the test's power? The weight of a context is
 * round(10 × served answers with it / all teacher answers with it), at least 1; it is fixed without the key, so each
 * context's keyed member is still a uniform draw under the null and the weighted `share` sum has an exact tail
 * (`logTailUniformScores` on the weighted score vectors).
 *
 *   npx tsc -p . && node dist/bench/watermark-weighted.js [--share 0.05] [--seeds 3] [--texts 1500]
 *
 * The students are the radioactivity bench's (4-gram Kneser–Ney, 13,460 training answers, 1,000 held out for the
 * two-word openings of the sampled answers).
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Rng } from '../src/sim/rng.js';
import { keyFromSecret } from '../src/watermark/key.js';
import { chooserFor, watermarkText } from '../src/watermark/lexical.js';
import { ProseScanner } from '../src/watermark/scanner.js';
import { eligibilityFollowsChoice, ServedSites, siteId } from '../src/watermark/served.js';
import { logTailUniformScores } from '../src/watermark/stats.js';
import { detokenize, KneserNeyModel, tokenize } from './radioactivity/ngram.js';
import { formatLog10P } from './radioactivity/stats.js';
import { loadTeacherTexts } from './radioactivity/teacher.js';

const { values: args } = parseArgs({
  options: {
    share: { type: 'string', default: '0.05' }, seeds: { type: 'string', default: '3' },
    texts: { type: 'string', default: '1500' },
  },
});
const SHARE = Number(args.share), SEEDS = Number(args.seeds), TEXTS = Number(args.texts);
const teacher = loadTeacherTexts().map((t) => t.text);
/** The provider's own traffic, as the upstream wrote it: how often each canonical context occurs at all. */
const traffic = ServedSites.from(teacher);

interface Tally { keyed: number; counts: number[]; served: number; all: number }

for (let s = 0; s < SEEDS; s++) {
  const seed = 2000 + s;
  const key = keyFromSecret(createHash('sha256').update(`distillguard weighted bench key ${seed}`).digest());
  const rng = new Rng(seed, 1);
  const order = [...teacher];
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const openings = order.slice(0, 1000).map((t) => tokenize(t).slice(0, 2));
  const train = order.slice(1000);
  const served = new ServedSites();
  for (let i = 0; i < Math.round(SHARE * train.length); i++) {
    train[i] = watermarkText(key, train[i]!).text;
    served.add(train[i]!);
  }
  const model = new KneserNeyModel({ order: 4 });
  model.train(train.map(tokenize));
  const chooser = chooserFor(key);
  const sites = new Map<string, Tally>();
  const sampler = new Rng(seed, 3);
  for (let i = 0; i < TEXTS; i++) {
    const opening = openings[sampler.int(openings.length)]!;
    const scanner = new ProseScanner((site) => {
      const canonical = siteId(site.group.id, site.canonicalContext);
      const servedIn = served.textsWith(canonical);
      if (servedIn === 0 || eligibilityFollowsChoice(site)) return site.observed;
      const id = siteId(site.group.id, site.context);
      let t = sites.get(id);
      if (!t) {
        const counts = new Array<number>(site.group.words.length).fill(0);
        t = { keyed: chooser.choose(site), counts, served: servedIn, all: traffic.textsWith(canonical) };
        sites.set(id, t);
      }
      t.counts[site.observed]!++;
      return site.observed;
    });
    scanner.push(detokenize(model.sample(opening, sampler, 200)));
    scanner.end();
  }
  const test = (weight: (t: Tally) => number): number => {
    const vectors: number[][] = [];
    let score = 0;
    for (const t of sites.values()) {
      const n = t.counts.reduce((a, b) => a + b, 0);
      const v = t.counts.map((c) => weight(t) * Math.round((10 * c) / n));
      vectors.push(v);
      score += v[t.keyed]!;
    }
    return vectors.length ? logTailUniformScores(vectors, score) / Math.LN10 : 0;
  };
  const mostlyServed = [...sites.values()].filter((t) => t.served / t.all >= 0.5).length;
  console.log(`${SHARE * 100}% student, seed ${seed}: ${sites.size} served contexts (${mostlyServed} mostly served); ` +
    `share vote ${formatLog10P(test(() => 1))}, weighted by served share ` +
    `${formatLog10P(test((t) => Math.max(1, Math.round((10 * t.served) / t.all))))}`);
}
