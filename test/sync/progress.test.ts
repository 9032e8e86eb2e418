import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration } from '../../src/sync/index.js';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY, columns: 100 },
  );
  return { stream, chunks };
}

describe('progress', () => {
  it('redraws one bar in place on a TTY', () => {
    let now = 0;
    const { stream, chunks } = sink(true);
    const progress = createProgress({ total: 4, stream, now: () => now });
    for (const failed of [false, true, false, false]) {
      now += 1_000;
      progress.tick(failed);
    }
    progress.finish();
    expect(chunks.every((c) => c.startsWith('\r\x1b[2K') || c === '\n')).toBe(true);
    expect(chunks.at(-2)).toMatch(/sync \[#+\] 4\/4 100% 1 failed$/);
    expect(chunks.at(-1)).toBe('\n');
    expect(chunks.join('')).toContain('1/4 25% eta 3s');
  });

  it('writes plain lines, at most every few seconds, when not a TTY', () => {
    let now = 0;
    const { stream, chunks } = sink(false);
    const progress = createProgress({ total: 100, resumed: 40, stream, now: () => now, lineEveryMs: 5_000 });
    for (let i = 0; i < 30; i++) {
      now += 1_000;
      progress.tick(false);
    }
    progress.finish(); // stopped at 70 of 100: says where
    expect(chunks).toEqual([
      'sync: applying 100 item(s), 40 already done\n',
      expect.stringMatching(/^sync: 45\/100 45% eta 55s\n$/),
      expect.stringMatching(/^sync: 50\/100 50% /),
      expect.stringMatching(/^sync: 55\/100 /),
      expect.stringMatching(/^sync: 60\/100 /),
      expect.stringMatching(/^sync: 65\/100 /),
      expect.stringMatching(/^sync: 70\/100 /),
      expect.stringMatching(/^sync: 70\/100 70% eta 30s\n$/),
    ]);
    expect(chunks.join('')).not.toContain('\r');
  });

  it('formats durations for people', () => {
    expect([formatDuration(450), formatDuration(12_400), formatDuration(125_000), formatDuration(3_700_000)]).toEqual(['450ms', '12s', '2m05s', '1h01m']);
  });
});
