/**
 * `npm run bench:auth`: what JWT verification adds to a request, as a ratio against static client
 * tokens measured in the same run.
 *
 * 1. Authenticator alone (in process): µs per `authenticateHeader` for a static token, a JWT seen
 *    before (the browser case: the same access token on every request until it expires; verified
 *    once, then remembered) and a JWT never seen (RS256 and ES256 signature checks, each token new).
 * 2. End to end: the fast-path query through the gateway, one request at a time, static token and
 *    JWT interleaved request by request (the order flips each pair) so drift in machine load hits
 *    both alike; median latency of each and their ratio. The gateway (with its sandbox tenant and
 *    a loopback issuer) runs in its own process. BENCH_REQUESTS (default 2000 of each).
 */
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAuthenticator } from '../src/gateway/auth/index.js';
import { AUDIENCE, makeKey, signToken, startTestIssuer } from '../test/auth/support.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const QUERY = JSON.stringify({ query: '{ CurrentUser { id email firstName lastName } }' });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function micro() {
  const issuer = await startTestIssuer();
  const rsa = await makeKey('rsa', 'RS256');
  const ec = await makeKey('ec', 'ES256');
  issuer.published = [rsa, ec];
  const STATIC = 'bench-static-client-token-0123456789';
  const auth = createAuthenticator({
    tokens: [{ name: 'bench', token: STATIC, scopes: ['read'] }],
    oidc: { issuer: issuer.issuer, audience: AUDIENCE, scopesClaim: 'scope', scopePrefix: '', clockToleranceSeconds: 30, refreshCooldownMs: 30_000 },
  });
  await auth.discover();
  const N = 2_000;
  const fresh = async (key: typeof rsa) => Promise.all(Array.from({ length: N }, (_, i) => signToken(issuer.issuer, key, { sub: `u${i}` }).then((t) => `Bearer ${t}`)));
  const [rsaTokens, ecTokens] = [await fresh(rsa), await fresh(ec)];
  const seen = `Bearer ${await signToken(issuer.issuer, rsa)}`;
  await auth.authenticateHeader(seen);
  const time = async (headers: string[]) => {
    const started = performance.now();
    for (const header of headers) await auth.authenticateHeader(header);
    return ((performance.now() - started) * 1000) / headers.length;
  };
  // Alternate the cheap cases in rounds so they share the machine's state.
  const staticUs: number[] = [];
  const seenUs: number[] = [];
  for (let round = 0; round < 5; round++) {
    staticUs.push(await time(Array.from({ length: N }, () => `Bearer ${STATIC}`)));
    seenUs.push(await time(Array.from({ length: N }, () => seen)));
  }
  const rsaUs = await time(rsaTokens);
  const ecUs = await time(ecTokens);
  await issuer.close();
  const s = median(staticUs);
  console.log('1. authenticator alone (µs per request, in process)');
  console.log(`  static token             ${s.toFixed(2).padStart(8)} µs   1.00x (baseline)`);
  console.log(`  JWT seen before (cached) ${median(seenUs).toFixed(2).padStart(8)} µs   ${(median(seenUs) / s).toFixed(2)}x`);
  console.log(`  JWT new, RS256 verify    ${rsaUs.toFixed(2).padStart(8)} µs   ${(rsaUs / s).toFixed(1)}x`);
  console.log(`  JWT new, ES256 verify    ${ecUs.toFixed(2).padStart(8)} µs   ${(ecUs / s).toFixed(1)}x`);
  console.log(`  JWKS fetches for ${2 * N + 1} distinct tokens: ${issuer.hits.jwks}`);
}

async function endToEnd() {
  const child = fork(join(HERE, 'auth-process.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'ignore', 'ipc'] });
  const ready = await new Promise<{ url: string; staticToken: string; jwt: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the gateway process exited with ${code}`)));
    child.on('message', (message: { ready?: { url: string; staticToken: string; jwt: string } }) => message.ready && resolve(message.ready));
  });
  // Request by request, static and JWT interleaved, so drift in machine load (2 shared cores) hits both alike.
  const once = async (token: string) => {
    const started = performance.now();
    const response = await fetch(ready.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: QUERY });
    const ok = response.status === 200 && !((await response.json()) as { errors?: unknown }).errors;
    return { ms: performance.now() - started, ok };
  };
  try {
    for (let i = 0; i < 200; i++) await once(i % 2 ? ready.jwt : ready.staticToken); // warm-up: JIT, keep-alive sockets
    const times = { static: [] as number[], jwt: [] as number[] };
    let failed = 0;
    for (let i = 0; i < REQUESTS; i++) {
      for (const kind of i % 2 === 0 ? (['static', 'jwt'] as const) : (['jwt', 'static'] as const)) {
        const { ms, ok } = await once(kind === 'static' ? ready.staticToken : ready.jwt);
        times[kind].push(ms);
        if (!ok) failed++;
      }
    }
    const [s, j] = [median(times.static), median(times.jwt)];
    console.log(`2. through the gateway (fast path, ${REQUESTS} sequential requests each, static and JWT interleaved, medians)`);
    console.log(`  static token  p50 ${(s * 1000).toFixed(0).padStart(5)} µs   1.000 (baseline)`);
    console.log(`  OIDC JWT      p50 ${(j * 1000).toFixed(0).padStart(5)} µs   ${(j / s).toFixed(3)}x   (${((j - s) * 1000).toFixed(0)} µs added)`);
    console.log(`  failed requests: ${failed}`);
  } finally {
    child.kill('SIGTERM');
  }
}

await micro();
await endToEnd();
