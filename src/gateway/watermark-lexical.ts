/** Binds the keyed lexical watermark (src/watermark/lexical.ts) to a key for the gateway's watermark transform. */
import type { WatermarkKey } from '../watermark/key.js';
import { chooserFor, WatermarkStream, watermarkText } from '../watermark/lexical.js';
import type { LexicalWatermarker } from './watermark-transform.js';

export function lexicalWatermarker(key: WatermarkKey): LexicalWatermarker {
  // The key's shared chooser: its cache of keyed choices serves every response the gateway watermarks.
  const chooser = chooserFor(key);
  return {
    text: (text) => watermarkText(key, text, chooser),
    stream: () => new WatermarkStream(key, chooser),
  };
}
