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

  update(done: number, note = ''): void {
    if (!this.tty) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    let bar = '';
    if (this.total && this.total > 0) {
      const frac = Math.min(1, done / this.total);
      const width = 28;
      const full = Math.round(frac * width);
      bar = `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${(frac * 100).toFixed(1).padStart(5)}% `;
    }
    this.stream.write(`\r${this.label} ${bar}${done.toLocaleString('en-US')} (${rate.toLocaleString('en-US')}/s) ${note}\x1b[K`);
  }

  done(): void {
    if (this.tty) this.stream.write('\r\x1b[K');
  }
}
