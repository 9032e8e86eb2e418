import { z } from 'zod';
import { InputError } from '../../errors/index.js';
import type { FaultSpec } from '../types.js';

const rate = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const ms = z.number().int('must be whole milliseconds').min(0, 'must not be negative').max(600_000, 'must be at most 600000 ms');

const faultSpecSchema = z
  .object({
    latencyMs: ms.optional(),
    jitterMs: ms.optional(),
    errorRate: rate.optional(),
    burst429Rate: rate.optional(),
    burst429Length: z.number().int().min(1, 'must be at least 1').max(10_000).optional(),
    dropRate: rate.optional(),
    slowRate: rate.optional(),
    slowMs: ms.optional(),
    bucket: z
      .object({
        perMinute: z.number().int().min(1, 'perMinute must be at least 1').max(1_000_000),
        burst: z.number().int().min(1, 'burst must be at least 1').max(1_000_000),
      })
      .optional(),
    points: z
      .object({
        perMinute: z.number().int().min(1, 'perMinute must be at least 1').max(100_000_000),
        burst: z.number().int().min(1, 'burst must be at least 1').max(100_000_000),
      })
      .optional(),
    batchAnswer: z.enum(['short', 'object']).optional(),
    seed: z.number().int('must be an integer').optional(),
    path: z.string().startsWith('/', 'must start with /').optional(),
  })
  .strict();

/** A validated fault spec with every knob filled in (0 = off). */
export interface ResolvedFaults {
  latencyMs: number;
  jitterMs: number;
  errorRate: number;
  burst429Rate: number;
  burst429Length: number;
  dropRate: number;
  slowRate: number;
  slowMs: number;
  bucket: { perMinute: number; burst: number } | undefined;
  /** GraphQL points a minute (TI's 100,000), drawn per request by its priced points. */
  points: { perMinute: number; burst: number } | undefined;
  /** How a GraphQL batch is answered wrong (see FaultSpec.batchAnswer); undefined = right. */
  batchAnswer: 'short' | 'object' | undefined;
  seed: number;
  /** Path prefix the faults are limited to; undefined = every request. */
  path: string | undefined;
}

/** How the CLI string's keys map onto the spec; each part is `key=value`. */
const CLI_KEYS = 'latency=MS, jitter=MS, error=RATE, burst429=RATE[:LENGTH], drop=RATE, slow=RATE:MS, bucket=PER_MINUTE/BURST, points=PER_MINUTE[/BURST], batch=short|object, seed=INT, path=/PREFIX';

/**
 * Parses a fault spec given as an object or as the CLI string, e.g.
 * `latency=20,jitter=5,error=0.1,burst429=0.05,drop=0.05,slow=0.01:5000,bucket=120/20,seed=42`.
 *
 * @throws InputError naming the part that is wrong and how to write it.
 */
export function parseFaultSpec(input: FaultSpec | string, defaultSeed: number): ResolvedFaults {
  const spec = typeof input === 'string' ? fromCliString(input) : input;
  const parsed = faultSpecSchema.safeParse(spec);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'faults';
    const message = issue.code === 'unrecognized_keys' ? `unknown option(s) ${issue.keys.join(', ')}` : issue.message;
    throw new InputError(`faults: ${where} ${message}`, 'faults');
  }
  const s = parsed.data;
  return {
    latencyMs: s.latencyMs ?? 0,
    jitterMs: s.jitterMs ?? 0,
    errorRate: s.errorRate ?? 0,
    burst429Rate: s.burst429Rate ?? 0,
    burst429Length: s.burst429Length ?? 3,
    dropRate: s.dropRate ?? 0,
    slowRate: s.slowRate ?? 0,
    slowMs: s.slowMs ?? (s.slowRate ? 30_000 : 0),
    bucket: s.bucket,
    points: s.points,
    batchAnswer: s.batchAnswer,
    seed: s.seed ?? defaultSeed,
    path: s.path,
  };
}

function fromCliString(text: string): FaultSpec {
  const spec: FaultSpec = {};
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key, value, ...extra] = part.split('=');
    const bad = (problem: string): never => {
      throw new InputError(`faults: "${part}" ${problem} (expected ${CLI_KEYS})`, 'faults');
    };
    if (!key || value === undefined || value === '' || extra.length) bad('is not key=value');
    const num = (text: string | undefined, what: string): number => {
      if (text === undefined || text.trim() === '' || !Number.isFinite(Number(text))) bad(`has a ${what} that is not a number`);
      return Number(text);
    };
    switch (key!.trim()) {
      case 'latency':
        spec.latencyMs = num(value, 'delay');
        break;
      case 'jitter':
        spec.jitterMs = num(value, 'delay');
        break;
      case 'error':
        spec.errorRate = num(value, 'rate');
        break;
      case 'drop':
        spec.dropRate = num(value, 'rate');
        break;
      case 'burst429': {
        const [r, length] = value!.split(':');
        spec.burst429Rate = num(r, 'rate');
        if (length !== undefined) spec.burst429Length = num(length, 'burst length');
        break;
      }
      case 'slow': {
        const [r, delay] = value!.split(':');
        spec.slowRate = num(r, 'rate');
        if (delay !== undefined) spec.slowMs = num(delay, 'delay');
        break;
      }
      case 'bucket': {
        const [perMinute, burst] = value!.split('/');
        if (burst === undefined) bad('must look like bucket=120/20 (per minute / burst)');
        spec.bucket = { perMinute: num(perMinute, 'per-minute rate'), burst: num(burst, 'burst size') };
        break;
      }
      case 'points': {
        // TI's window is a minute: by default a whole minute's points may go at once.
        const [perMinute, burst] = value!.split('/');
        spec.points = { perMinute: num(perMinute, 'points per minute'), burst: num(burst ?? perMinute, 'points burst') };
        break;
      }
      case 'batch': {
        const answer = value!.trim();
        if (answer !== 'short' && answer !== 'object') bad('must be batch=short or batch=object');
        spec.batchAnswer = answer as 'short' | 'object';
        break;
      }
      case 'seed':
        spec.seed = num(value, 'seed');
        break;
      case 'path':
        spec.path = value!.trim();
        break;
      default:
        bad(`has an unknown key "${key}"`);
    }
  }
  return spec;
}
