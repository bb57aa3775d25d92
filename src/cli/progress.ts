/**
 * A progress bar on stderr, drawn only when stderr is a TTY (so logs and CI stay clean).
 */
export class Progress {
  private readonly tty: boolean;
  private last = 0;
  private readonly started = Date.now();
  constructor(private readonly label: string, private readonly total: number | null, stream: NodeJS.WriteStream = process.stderr) {
    this.tty = stream.isTTY === true;
    this.stream = stream;
  }
  private readonly stream: NodeJS.WriteStream;

  /**
   * `done` items so far; `fraction`, when the share done is known another way (days of a simulation), draws the bar
   * and the time left even without a total.
   */
  update(done: number, note = '', fraction?: number): void {
    if (!this.tty) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    const frac = fraction ?? (this.total && this.total > 0 ? done / this.total : null);
    let bar = '';
    if (frac !== null) {
      const f = Math.min(1, Math.max(0, frac));
      const width = 28;
      const full = Math.round(f * width);
      bar = `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${(f * 100).toFixed(1).padStart(5)}% `;
      // Time left at the rate so far, once there is enough to go on.
      if (f >= 0.01 && f < 1 && secs >= 2) bar += `ETA ${formatDuration((secs * (1 - f)) / f)} `;
    }
    this.stream.write(`\r${this.label} ${bar}${done.toLocaleString('en-US')} (${rate.toLocaleString('en-US')}/s) ${note}\x1b[K`);
  }

  done(): void {
    if (this.tty) this.stream.write('\r\x1b[K');
  }
}

/** 75 s → "1m15s", 4000 s → "1h06m". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
