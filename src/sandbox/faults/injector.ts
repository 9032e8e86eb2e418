import { createRandom, type Random } from '../random.js';
import type { ResolvedFaults } from './spec.js';
import { ServerTokenBucket, type BucketState } from './server-token-bucket.js';

/** What to do with one request. */
export type FaultDecision =
  | { kind: 'drop' }
  | { kind: 'reject'; fault: 'bucket429' | 'burst429' | 'error'; status: number; delayMs: number; bucket: BucketState | undefined }
  | { kind: 'proceed'; delayMs: number; slow: boolean; bucket: BucketState | undefined };

/**
 * Rolls one tenant's fault dice. Every request draws the same five numbers in the same order,
 * whatever happens to it, so a given seed and request sequence always meet the same faults.
 */
export class FaultInjector {
  private readonly random: Random;
  private readonly bucket: ServerTokenBucket | undefined;
  private readonly points: ServerTokenBucket | undefined;
  private burstLeft = 0;

  constructor(private readonly faults: ResolvedFaults) {
    this.random = createRandom(faults.seed);
    this.bucket = faults.bucket ? new ServerTokenBucket(faults.bucket.perMinute, faults.bucket.burst) : undefined;
    this.points = faults.points ? new ServerTokenBucket(faults.points.perMinute, faults.points.burst) : undefined;
  }

  /** Whether GraphQL requests are billed in points (the `points` knob): the server then prices each before running it. */
  get billsPoints(): boolean {
    return this.points !== undefined;
  }

  /**
   * Bills a GraphQL request's points (its operations' prices, summed) to the tenant's points
   * bucket, as TI bills its 100,000 points a minute: undefined without a points bucket. Draws no
   * dice, so the request faults' sequence is the same with or without it.
   */
  spendPoints(points: number, now: number = Date.now()): BucketState | undefined {
    return this.points?.take(now, points);
  }

  /** How a GraphQL batch is answered wrong (the `batchAnswer` knob), if it is. Draws no dice. */
  get batchAnswer(): 'short' | 'object' | undefined {
    return this.faults.batchAnswer;
  }

  /** Whether a request to this URL path meets the faults at all (the `path` filter). */
  appliesTo(path: string): boolean {
    return this.faults.path === undefined || path.startsWith(this.faults.path);
  }

  decide(now: number = Date.now()): FaultDecision {
    const f = this.faults;
    const [dropDraw, burstDraw, errorDraw, slowDraw, jitterDraw] = [this.random(), this.random(), this.random(), this.random(), this.random()];
    if (dropDraw < f.dropRate) return { kind: 'drop' };
    const delayMs = f.latencyMs + Math.round(jitterDraw * f.jitterMs);
    const bucket = this.bucket?.take(now);
    if (bucket && !bucket.allowed) return { kind: 'reject', fault: 'bucket429', status: 429, delayMs, bucket };
    if (this.burstLeft > 0 || burstDraw < f.burst429Rate) {
      this.burstLeft = this.burstLeft > 0 ? this.burstLeft - 1 : f.burst429Length - 1;
      return { kind: 'reject', fault: 'burst429', status: 429, delayMs, bucket };
    }
    if (errorDraw < f.errorRate) return { kind: 'reject', fault: 'error', status: 503, delayMs, bucket };
    const slow = slowDraw < f.slowRate;
    return { kind: 'proceed', delayMs: delayMs + (slow ? f.slowMs : 0), slow, bucket };
  }
}
