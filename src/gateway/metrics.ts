/**
 * Prometheus metrics in text exposition format, kept as plain counters and fixed-bucket
 * histograms (no dependency; increments are a Map lookup on the hot path).
 */

const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

function labelText(labels: Record<string, string | number | boolean>): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${String(v).replace(/["\\\n]/g, '_')}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

export class Metrics {
  private readonly counters = new Map<string, Map<string, number>>();
  private readonly histos = new Map<string, Map<string, Histogram>>();
  private readonly help = new Map<string, string>();
  private readonly gauges = new Map<string, () => number>();
  /** Counters kept elsewhere (e.g. by the event spool), read at render time. */
  private readonly counterReads = new Map<string, () => number>();

  inc(name: string, labels: Record<string, string | number | boolean> = {}, by = 1): void {
    let m = this.counters.get(name);
    if (!m) this.counters.set(name, (m = new Map()));
    const l = labelText(labels);
    m.set(l, (m.get(l) ?? 0) + by);
  }

  get(name: string, labels: Record<string, string | number | boolean> = {}): number {
    return this.counters.get(name)?.get(labelText(labels)) ?? 0;
  }

  observe(name: string, seconds: number, labels: Record<string, string | number | boolean> = {}): void {
    let m = this.histos.get(name);
    if (!m) this.histos.set(name, (m = new Map()));
    const l = labelText(labels);
    let h = m.get(l);
    if (!h) m.set(l, (h = { counts: new Array<number>(BUCKETS.length).fill(0), sum: 0, count: 0 }));
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) h.counts[i]!++;
    h.sum += seconds;
    h.count++;
  }

  describe(name: string, help: string): void {
    this.help.set(name, help);
  }

  gauge(name: string, help: string, read: () => number): void {
    this.help.set(name, help);
    this.gauges.set(name, read);
  }

  counterFrom(name: string, help: string, read: () => number): void {
    this.help.set(name, help);
    this.counterReads.set(name, read);
  }

  render(): string {
    const out: string[] = [];
    for (const [name, read] of this.counterReads) {
      out.push(`# HELP ${name} ${this.help.get(name) ?? ''}`);
      out.push(`# TYPE ${name} counter`);
      out.push(`${name} ${read()}`);
    }
    for (const [name, m] of this.counters) {
      if (this.help.has(name)) out.push(`# HELP ${name} ${this.help.get(name)}`);
      out.push(`# TYPE ${name} counter`);
      for (const [l, v] of m) out.push(`${name}${l} ${v}`);
    }
    for (const [name, m] of this.histos) {
      if (this.help.has(name)) out.push(`# HELP ${name} ${this.help.get(name)}`);
      out.push(`# TYPE ${name} histogram`);
      for (const [l, h] of m) {
        const inner = l ? l.slice(1, -1) + ',' : '';
        BUCKETS.forEach((b, i) => out.push(`${name}_bucket{${inner}le="${b}"} ${h.counts[i]}`));
        out.push(`${name}_bucket{${inner}le="+Inf"} ${h.count}`);
        out.push(`${name}_sum${l} ${h.sum}`);
        out.push(`${name}_count${l} ${h.count}`);
      }
    }
    for (const [name, read] of this.gauges) {
      out.push(`# HELP ${name} ${this.help.get(name) ?? ''}`);
      out.push(`# TYPE ${name} gauge`);
      out.push(`${name} ${read()}`);
    }
    return out.join('\n') + '\n';
  }
}
