/**
 * Apply progress on stderr: a bar redrawn in place on a TTY, plain lines (at most every few
 * seconds) otherwise, so logs of a scheduled run stay readable. stdout stays free for the report.
 */
export interface ProgressOptions {
  total: number;
  /** Items already finished by an earlier run. */
  resumed?: number;
  stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  now?: () => number;
  /** Minimum gap between plain lines, ms (default 5000). */
  lineEveryMs?: number;
}

export interface Progress {
  tick(failed: boolean): void;
  finish(): void;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const tty = Boolean(stream.isTTY);
  const total = options.total;
  const started = now();
  let done = options.resumed ?? 0;
  let failed = 0;
  let lastDraw = started;

  const status = () => {
    const pct = total ? Math.floor((done / total) * 100) : 100;
    const elapsed = now() - started;
    const doneHere = done - (options.resumed ?? 0);
    const eta = doneHere > 0 && done < total ? ` eta ${formatDuration(((total - done) * elapsed) / doneHere)}` : '';
    return `${done}/${total} ${pct}%${failed ? ` ${failed} failed` : ''}${eta}`;
  };

  const draw = (force: boolean) => {
    const t = now();
    if (tty) {
      if (!force && t - lastDraw < 100) return;
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 50));
      const filled = total ? Math.round((done / total) * width) : width;
      stream.write(`\r\x1b[2Ksync [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${status()}`);
    } else {
      if (!force && t - lastDraw < (options.lineEveryMs ?? 5_000)) return;
      stream.write(`sync: ${status()}\n`);
    }
    lastDraw = t;
  };

  if (total > 0 && !tty) stream.write(`sync: applying ${total} item(s)${options.resumed ? `, ${options.resumed} already done` : ''}\n`);
  return {
    tick(itemFailed: boolean) {
      done++;
      if (itemFailed) failed++;
      draw(done === total);
    },
    finish() {
      if (total === 0) return;
      if (tty) {
        draw(true);
        stream.write('\n');
      } else if (done !== total) {
        draw(true); // stopped early: say where (the last tick already said "total/total" otherwise)
      }
    },
  };
}

export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)}ms`;
  const s = Math.round(ms / 1_000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
