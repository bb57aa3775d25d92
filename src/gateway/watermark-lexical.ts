/** Binds the keyed lexical watermark (src/watermark/lexical.ts) to a key for the gateway's watermark transform. */
import type { WatermarkKey } from '../watermark/key.js';
import { KeyedChooser, WatermarkStream, watermarkText } from '../watermark/lexical.js';
import type { LexicalWatermarker } from './watermark-transform.js';

export function lexicalWatermarker(key: WatermarkKey): LexicalWatermarker {
  // One chooser per key: its cache of keyed choices is shared by every response the gateway watermarks.
  const chooser = new KeyedChooser(key);
  return {
    text: (text) => watermarkText(key, text, chooser),
    stream: () => new WatermarkStream(key, chooser),
  };
}
