/**
 * The keyed lexical watermark (in the spirit of CATER, He et al. 2022): at every changeable word the member of
 * its synonym group is chosen by HMAC-SHA256(secret, group, context), where the context is the previous two
 * words and the separator before the word. The same context always gets the same word, which is the habit a
 * student model trained on the output inherits; over the many contexts each member is used about equally often.
 * Text only: nothing invisible, no homoglyphs, no whitespace changes.
 */
import { createHmac } from 'node:crypto';
import type { WatermarkKey } from './key.js';
import { ProseScanner, type WordSite } from './scanner.js';

export interface WatermarkStats {
  /** Words of prose seen (code, quotes, URLs and other protected spans are not counted). */
  words: number;
  /** Words replaced by another member of their synonym group. */
  changed: number;
}

const DOMAIN = 'distillguard lexical watermark v1';
const CACHE_LIMIT = 200_000;

/** The keyed choice of a member for (group, context); cached, since contexts repeat a lot. */
export class KeyedChooser {
  private readonly cache = new Map<string, number>();
  constructor(private readonly key: WatermarkKey) {}

  choose(site: WordSite): number {
    const id = site.group.id + '\0' + site.context;
    let chosen = this.cache.get(id);
    if (chosen === undefined) {
      const digest = createHmac('sha256', this.key.secret).update(DOMAIN + '\0' + id).digest();
      // 48 bits modulo a group size of at most a few: the bias is below 1e-13.
      chosen = digest.readUIntBE(0, 6) % site.group.words.length;
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(id, chosen);
    }
    return chosen;
  }
}

const choosers = new WeakMap<WatermarkKey, KeyedChooser>();

/** The shared chooser of a key, so that its cache serves every stream watermarked with it. */
export function chooserFor(key: WatermarkKey): KeyedChooser {
  let chooser = choosers.get(key);
  if (!chooser) {
    chooser = new KeyedChooser(key);
    choosers.set(key, chooser);
  }
  return chooser;
}

/** Watermarks a streamed text chunk by chunk; the output equals `watermarkText` on the whole text. */
export class WatermarkStream {
  private readonly scanner: ProseScanner;

  constructor(key: WatermarkKey, chooser: KeyedChooser = chooserFor(key)) {
    this.scanner = new ProseScanner((site) => chooser.choose(site), key);
  }

  /** Returns the text safe to emit now; holds back at most the current word and the characters needed to decide. */
  push(delta: string): string {
    return this.scanner.push(delta);
  }

  /** Flushes the held-back text. */
  end(): string {
    return this.scanner.end();
  }

  stats(): WatermarkStats {
    return { words: this.scanner.words, changed: this.scanner.changed };
  }
}

export function watermarkText(key: WatermarkKey, text: string, chooser?: KeyedChooser): { text: string; words: number; changed: number } {
  const stream = new WatermarkStream(key, chooser);
  const out = stream.push(text) + stream.end();
  return { text: out, ...stream.stats() };
}
