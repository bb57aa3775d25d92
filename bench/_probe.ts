import { Engine } from '../src/engine/engine.js';
const m = () => { (globalThis as any).gc(); (globalThis as any).gc(); const u = process.memoryUsage(); return { rss: u.rss, heap: u.heapUsed, ab: u.arrayBuffers }; };
export function probe(engine: Engine, n: number): void {
  const base = m();
  const report = (label: string) => { const x = m(); console.error(label, 'heap B/acct', ((base.heap - x.heap) / n).toFixed(0), 'arrayBuffers B/acct', ((base.ab - x.ab) / n).toFixed(0), 'rss B/acct', ((base.rss - x.rss) / n).toFixed(0)); };
  for (const s of engine.states) for (const k of ['counts', 'days', 'itemSet', 'asnList', 'modelUses', 'frameCounts']) (s as any)[k] = null;
  report('state collections dropped');
  (engine as any).accounts.fill(undefined);
  report('+ account records dropped');
  (engine as any).infos.fill(undefined);
  report('+ infos dropped');
  (engine as any).graph = null; (engine as any).links = null;
  report('+ graph and links dropped');
  (engine as any).states.length = 0; (engine as any).byId.clear();
  report('+ states and byId dropped');
  (engine as any).verdictState.length = 0; (engine as any).signups = null; (engine as any).regionalSpikes = null; (engine as any).detector = null;
  report('+ verdictState, signups, spikes, detector dropped');
}
