/**
 * What `newsnorm` says on stderr: a progress bar redrawn in place while it runs (only on a
 * terminal) and a one-line summary at the end. Formatting is pure; `Progress` only keeps counts.
 */

/** Counts of a run so far. */
export interface Counts {
  records: number;
  errors: number;
  bytes: number;
  /** Total input bytes when known (files), for the bar and the ETA. */
  totalBytes: number | undefined;
  elapsedMs: number;
}

const BAR = 24;

/** One line of progress: bar (when the total is known), records, MB, records/s, ETA. */
export function formatProgress(c: Counts): string {
  const seconds = c.elapsedMs / 1000;
  const rate = seconds > 0 ? c.records / seconds : 0;
  const parts = [`${c.records.toLocaleString('en-US')} records`, `${mb(c.bytes)} MB`, `${rate.toFixed(1)} records/s`];
  if (c.errors) parts.push(`${c.errors} errors`);
  let bar = '';
  if (c.totalBytes) {
    const done = Math.min(1, c.bytes / c.totalBytes);
    const filled = Math.round(done * BAR);
    bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${(done * 100).toFixed(0).padStart(3)}% `;
    parts.push(`ETA ${done > 0 && done < 1 ? clock((seconds * (1 - done)) / done) : done >= 1 ? '0:00' : '?'}`);
  }
  return bar + parts.join(' · ');
}

/** The last line: what was done, how fast, and how much it cost. */
export function formatSummary(c: Counts, extra: { jobs: number; cpuMs: number; peakRssMb: number }): string {
  const seconds = c.elapsedMs / 1000;
  return (
    `newsnorm: ${c.records.toLocaleString('en-US')} records, ${c.errors} errors, ${mb(c.bytes)} MB in ${seconds.toFixed(1)} s ` +
    `(${(seconds > 0 ? c.records / seconds : 0).toFixed(1)} records/s, ${(seconds > 0 ? c.bytes / 1024 / seconds : 0).toFixed(1)} KiB/s), ` +
    `${extra.jobs} job${extra.jobs === 1 ? '' : 's'}, CPU ${(extra.cpuMs / 1000).toFixed(1)} s, peak memory ${extra.peakRssMb.toFixed(0)} MB`
  );
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1);
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** Redraws the progress line on a terminal stream at most every `everyMs`. */
export class ProgressBar {
  private timer: NodeJS.Timeout | undefined;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly counts: () => Counts,
    everyMs = 200,
  ) {
    this.timer = setInterval(() => this.draw(), everyMs);
    this.timer.unref();
  }

  draw(): void {
    const columns = this.stream.columns || 100;
    this.stream.write(`\r${formatProgress(this.counts()).slice(0, columns - 1)}\x1b[K`);
    this.drawn = true;
  }

  /** Stops redrawing and clears the line. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.drawn) this.stream.write('\r\x1b[K');
  }
}
