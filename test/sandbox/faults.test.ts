import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { parseFaultSpec, ServerTokenBucket } from '../../src/sandbox/faults/index.js';
import { useSandbox } from '../helpers/sandbox.js';

describe('parseFaultSpec', () => {
  it('reads the CLI string', () => {
    expect(parseFaultSpec('latency=20,jitter=5,error=0.1,burst429=0.05,drop=0.05,slow=0.01:5000,bucket=120/20,seed=42', 1)).toEqual({
      latencyMs: 20,
      jitterMs: 5,
      errorRate: 0.1,
      burst429Rate: 0.05,
      burst429Length: 3,
      dropRate: 0.05,
      slowRate: 0.01,
      slowMs: 5000,
      bucket: { perMinute: 120, burst: 20 },
      seed: 42,
    });
    expect(parseFaultSpec('burst429=0.2:5', 9)).toMatchObject({ burst429Rate: 0.2, burst429Length: 5, seed: 9, errorRate: 0 });
    expect(parseFaultSpec('error=1,path=/incoming/api/v1/users/u1/enrollments', 1)).toMatchObject({ errorRate: 1, path: '/incoming/api/v1/users/u1/enrollments' });
    expect(parseFaultSpec('batch=short', 1)).toMatchObject({ batchAnswer: 'short', errorRate: 0 });
    expect(parseFaultSpec({ batchAnswer: 'object' }, 1)).toMatchObject({ batchAnswer: 'object' });
    expect(parseFaultSpec('error=0.1', 1).batchAnswer).toBeUndefined();
  });

  it.each([
    ['error=2', /errorRate must be between 0 and 1/],
    ['latency=fast', /"latency=fast" has a delay that is not a number/],
    ['bucket=120', /"bucket=120" must look like bucket=120\/20/],
    ['colour=red', /unknown key "colour"/],
    ['drop', /"drop" is not key=value/],
    ['latency=-5', /latencyMs must not be negative/],
    ['path=users', /path must start with \//],
    ['batch=long', /"batch=long" must be batch=short or batch=object/],
  ])('refuses %s with an error naming the bad part', (spec, message) => {
    expect(() => parseFaultSpec(spec, 1)).toThrow(InputError);
    expect(() => parseFaultSpec(spec, 1)).toThrow(message);
  });

  it('refuses unknown keys in an object spec', () => {
    expect(() => parseFaultSpec({ errorRate: 0.1, oops: 1 } as never, 1)).toThrow(/unknown option\(s\) oops/);
  });
});

describe('ServerTokenBucket', () => {
  it('spends the burst, refuses, then refills at the per-minute rate', () => {
    const bucket = new ServerTokenBucket(60, 2, 0);
    expect(bucket.take(0)).toMatchObject({ allowed: true, remaining: 1, limit: 60 });
    expect(bucket.take(0)).toMatchObject({ allowed: true, remaining: 0 });
    expect(bucket.take(0)).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 1, resetEpochSeconds: 1 });
    expect(bucket.take(1000)).toMatchObject({ allowed: true });
  });
});

const sandbox = useSandbox({ users: 30, seed: 5 });

async function outcome(url: string, init: RequestInit = {}): Promise<string> {
  try {
    const response = await fetch(url, init);
    await response.arrayBuffer();
    return String(response.status);
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? 'timeout' : 'network-error';
  }
}

describe('fault injection over HTTP', () => {
  it('repeats exactly for the same seed and differs for another', async () => {
    const s = sandbox();
    const tenant = s.tenants[0]!;
    const run = async (spec: string) => {
      tenant.setFaults(spec);
      const results: string[] = [];
      for (let i = 0; i < 40; i++) results.push(await outcome(`${s.url}/incoming/api/v1/users?per_page=1`, { headers: { 'x-api-key': s.apiKey } }));
      tenant.setFaults(undefined);
      return results;
    };
    const first = await run('error=0.25,burst429=0.1:2,drop=0.1,seed=42');
    const again = await run('error=0.25,burst429=0.1:2,drop=0.1,seed=42');
    const other = await run('error=0.25,burst429=0.1:2,drop=0.1,seed=43');
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(new Set(first)).toEqual(new Set(['200', '503', '429', 'network-error']));
  });

  it('sends 503 and header-less 429 bursts with JSON bodies, and counts the injected faults', async () => {
    const s = sandbox();
    s.requests.reset();
    s.tenants[0]!.setFaults({ burst429Rate: 1, burst429Length: 2, seed: 1 });
    const response = await fetch(`${s.url}/incoming/v2/users`, { headers: { authorization: `Bearer ${s.apiKey}` } });
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({ error: 'too_many_requests', message: expect.any(String) });
    expect(response.headers.get('retry-after')).toBeNull();
    expect(response.headers.get('x-ratelimit-limit')).toBeNull();
    s.tenants[0]!.setFaults({ errorRate: 1 });
    const failed = await fetch(`${s.url}/incoming/api/v1/users`, { headers: { 'x-api-key': s.apiKey } });
    expect(failed.status).toBe(503);
    expect(await failed.json()).toEqual({ error: 'service_unavailable', message: expect.any(String) });
    s.tenants[0]!.setFaults(undefined);
    expect(s.requests.entries().map((e) => e.fault)).toEqual(['burst429', 'error']);
  });

  it('limits faults to one path prefix: other requests pass untouched and draw no dice', async () => {
    const s = sandbox();
    const tenant = s.tenants[0]!;
    const [one, other] = tenant.store.listUsers({ page: 1, perPage: 2 }).users;
    const get = (path: string) => outcome(`${s.url}/incoming/api/v1${path}`, { headers: { 'x-api-key': s.apiKey } });
    tenant.setFaults(`error=1,path=/incoming/api/v1/users/${one!.id}/enrollments`);
    expect(await get(`/users/${one!.id}/enrollments`)).toBe('503');
    expect(await get(`/users/${other!.id}/enrollments`)).toBe('200');
    expect(await get(`/users/${one!.id}`)).toBe('200');
    expect(await get('/users?per_page=1')).toBe('200');
    // The dice only turn for matching requests: interleaving unmatched ones leaves the sequence as it was.
    const sequence = async (interleave: boolean) => {
      tenant.setFaults(`error=0.5,seed=7,path=/incoming/api/v1/users/${one!.id}/enrollments`);
      const results: string[] = [];
      for (let i = 0; i < 12; i++) {
        if (interleave) await get(`/users/${other!.id}/enrollments`);
        results.push(await get(`/users/${one!.id}/enrollments`));
      }
      return results;
    };
    const plainRun = await sequence(false);
    expect(await sequence(true)).toEqual(plainRun);
    expect(new Set(plainRun)).toEqual(new Set(['200', '503']));
    tenant.setFaults(undefined);
  });

  it('drops connections without a response, and faults also hit GraphQL', async () => {
    const s = sandbox();
    s.tenants[0]!.setFaults({ dropRate: 1 });
    expect(await outcome(`${s.url}/incoming/api/v1/users`, { headers: { 'x-api-key': s.apiKey } })).toBe('network-error');
    expect(
      await outcome(`${s.url}/helium?apiKey=${s.apiKey}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }),
    ).toBe('network-error');
    s.tenants[0]!.setFaults(undefined);
    expect(await outcome(`${s.url}/incoming/api/v1/users`, { headers: { 'x-api-key': s.apiKey } })).toBe('200');
  });

  it('holds slow responses past a client timeout, after the write applied', async () => {
    const s = sandbox();
    s.tenants[0]!.setFaults('slow=1:5000');
    const email = `slow.${Date.now()}@example.com`;
    const result = await outcome(`${s.url}/incoming/api/v1/users`, {
      method: 'POST',
      headers: { 'x-api-key': s.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
      signal: AbortSignal.timeout(300),
    });
    s.tenants[0]!.setFaults(undefined);
    expect(result).toBe('timeout');
    // The create applied even though the client never saw the answer: the case a retry layer must resolve by email.
    expect(s.tenants[0]!.store.getUserByEmail(email)).toBeDefined();
  });

  it('rate-limits with a token bucket: headers and Retry-After on v2 and /helium, a bare 429 on the seed tree', async () => {
    const s = sandbox();
    const tenant = s.tenants[0]!;
    const v2 = () => fetch(`${s.url}/incoming/v2/users?per_page=1`, { headers: { authorization: `Bearer ${s.apiKey}` } });
    // One token a minute: nothing refills during the test, whatever the machine's speed.
    tenant.setFaults('bucket=1/3');
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await v2());
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((r) => r.headers.get('x-ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
    for (const r of answers) expect(r.headers.get('x-ratelimit-limit')).toBe('1');
    const refused = answers[3]!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(await refused.json()).toEqual({ error: 'rate_limited', message: expect.any(String) });
    expect(answers[0]!.headers.get('retry-after')).toBeNull();

    const seed = await fetch(`${s.url}/incoming/api/v1/users`, { headers: { 'x-api-key': s.apiKey } });
    expect(seed.status).toBe(429);
    expect(seed.headers.get('x-ratelimit-limit')).toBeNull();
    expect(seed.headers.get('retry-after')).toBeNull();

    const helium = await fetch(`${s.url}/helium?apiKey=${s.apiKey}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(helium.status).toBe(429);
    expect(helium.headers.get('retry-after')).not.toBeNull();
    tenant.setFaults(undefined);
  });
});
