import { describe, expect, it } from 'vitest';
import { CircuitOpenError, createCircuitBreaker } from '../../src/util/index.js';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}
const fail = () => Promise.reject(new Error('Command timed out'));
const succeed = () => Promise.resolve('OK');

describe('createCircuitBreaker', () => {
  it('opens after the threshold of failures in a row, refuses at once while open, probes once after the cooldown', async () => {
    const time = clock();
    const changes: string[] = [];
    const breaker = createCircuitBreaker({ failureThreshold: 3, cooldownMs: 1_000, now: time.now, onChange: (state) => changes.push(state) });
    await expect(breaker.run(fail)).rejects.toThrow('timed out');
    await expect(breaker.run(succeed)).resolves.toBe('OK'); // a success resets the count
    for (let i = 0; i < 3; i++) await expect(breaker.run(fail)).rejects.toThrow('timed out');
    expect(breaker.state).toBe('open');
    let called = 0;
    await expect(breaker.run(async () => ++called)).rejects.toBeInstanceOf(CircuitOpenError);
    expect(called).toBe(0);

    time.advance(1_000);
    expect(breaker.state).toBe('half-open');
    // One probe at a time: a second call while it is in flight is refused.
    let finishProbe!: () => void;
    const probe = breaker.run(() => new Promise<void>((resolve, reject) => (finishProbe = () => reject(new Error('still down')))));
    await expect(breaker.run(succeed)).rejects.toBeInstanceOf(CircuitOpenError);
    finishProbe();
    await expect(probe).rejects.toThrow('still down');
    expect(breaker.state).toBe('open'); // another cooldown, not another "down" line
    time.advance(1_000);
    await expect(breaker.run(succeed)).resolves.toBe('OK');
    expect(breaker.state).toBe('closed');
    expect(changes).toEqual(['open', 'closed']);
  });

  it('trip opens at once; probeNow lets the next call through before the cooldown ends', async () => {
    const time = clock();
    const changes: string[] = [];
    const breaker = createCircuitBreaker({ cooldownMs: 60_000, now: time.now, onChange: (state, reason) => changes.push(`${state}: ${reason}`) });
    breaker.trip('connection closed');
    breaker.trip('connection closed');
    expect(breaker.tryAcquire()).toBe(false);
    breaker.probeNow();
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.succeeded();
    expect(changes).toEqual(['open: connection closed', 'closed: a call succeeded']);
  });

  it('with a probe of its own, callers are never the probe: it runs in the background after each cooldown', async () => {
    let up = false;
    let probes = 0;
    const changes: string[] = [];
    const breaker = createCircuitBreaker({
      failureThreshold: 1,
      cooldownMs: 20,
      probe: async () => {
        probes++;
        if (!up) throw new Error('still hung');
      },
      onChange: (state) => changes.push(state),
    });
    await expect(breaker.run(fail)).rejects.toThrow('timed out');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(probes).toBeGreaterThanOrEqual(2);
    expect(breaker.tryAcquire()).toBe(false); // past the cooldown, still refused: only the probe asks
    up = true;
    for (const deadline = Date.now() + 2_000; breaker.state !== 'closed' && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(breaker.state).toBe('closed');
    expect(changes).toEqual(['open', 'closed']);
    breaker.dispose();
  });
});
