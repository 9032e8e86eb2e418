/**
 * Hostile-input fuzzing of a gateway on a sandbox (#14): fast-check drives raw HTTP requests
 * (methods, paths, media types, tokens, bodies, broken framing) and GraphQL documents built from
 * the unified schema (random fields, aliases, arguments full of hostile strings and numbers,
 * fragments, and mangled variants). Throughout, /healthz is pinged. Asserted for every answer: no
 * 5xx but deliberate 503 shedding, nothing that looks like a REST path, a stack frame, a file path
 * or the tenant's own text; afterwards the process still serves. Bounded: >= 1,000 cases, a fixed
 * seed per run of the suite (printed on failure, as fast-check does), well under a minute.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type ClientToken } from '../../src/config/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/index.js';
import { DEFAULT_SEED, DEFAULT_TENANT_NAME, derivedApiKey } from '../../src/sandbox/index.js';
import { createRestClient } from '../../src/tenant/index.js';
import { gql, type Harness } from '../helpers/gateway.js';
import { freePort } from '../helpers/free-port.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const schema = buildSchema(readFileSync(`${ROOT}schema/unified.graphql`, 'utf8'));
const READER: ClientToken = { name: 'fuzz-reader', token: 'fuzz-reader-token-0123456789', scopes: ['read'] };
const WRITER: ClientToken = { name: 'fuzz-writer', token: 'fuzz-writer-token-0123456789', scopes: ['read', 'write'] };

const HOSTILE_STRINGS = ['', '.', '..', '/', '../..', '%2e%2e', 'a/b', 'nope', '\u0000', '\r\n', '"', '\\', '{}', '${x}', '<script>', 'é', '😀', ' '.repeat(3), 'x'.repeat(300)];
const HOSTILE_INTS = [0, 1, 2, 5, 25, 100, 101, -1, 2 ** 31 - 1, -(2 ** 31)];

/** A small deterministic PRNG, so one fast-check seed is one document. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    below: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
type Rand = ReturnType<typeof prng>;

function inputValue(type: GraphQLInputType, rand: Rand, strings: readonly string[], depth: number): string {
  if (isNonNullType(type)) return inputValue(type.ofType, rand, strings, depth);
  if (isListType(type)) {
    const n = depth > 2 ? 0 : rand.below(3);
    return `[${Array.from({ length: n }, () => inputValue(type.ofType, rand, strings, depth + 1)).join(', ')}]`;
  }
  const named = getNamedType(type);
  if (isEnumType(named)) return rand.chance(0.9) ? rand.pick(named.getValues()).name : 'NOT_A_VALUE';
  if (isInputObjectType(named)) {
    if (depth > 2) return '{}';
    const fields = Object.values(named.getFields()).filter((f) => isNonNullType(f.type) || rand.chance(0.4));
    return `{ ${fields.map((f) => `${f.name}: ${inputValue(f.type, rand, strings, depth + 1)}`).join(', ')} }`;
  }
  switch (named.name) {
    case 'Int':
      return String(rand.pick(HOSTILE_INTS));
    case 'Float':
      return rand.pick(['0', '1.5', '-1e300', '1e308']);
    case 'Boolean':
      return rand.chance(0.5) ? 'true' : 'false';
    default:
      // ID, String and custom scalars: a string, hostile or not.
      return JSON.stringify(rand.chance(0.7) ? rand.pick(strings) : `user${rand.below(50)}@example.com`);
  }
}

function argumentsOf(field: GraphQLField<unknown, unknown>, rand: Rand, strings: readonly string[]): string {
  const args = field.args.filter((a) => isNonNullType(a.type) || rand.chance(0.3));
  return args.length ? `(${args.map((a) => `${a.name}: ${inputValue(a.type, rand, strings, 0)}`).join(', ')})` : '';
}

function selection(type: GraphQLNamedType, rand: Rand, strings: readonly string[], depth: number): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type) || isInterfaceType(type)) {
    const possible = schema.getPossibleTypes(type);
    const inline = possible.length && rand.chance(0.6) ? ` ... on ${rand.pick(possible).name} ${selection(rand.pick(possible), rand, strings, depth + 1) || '{ __typename }'}` : '';
    return `{ __typename${inline} }`;
  }
  const object = type as GraphQLObjectType;
  const fields = Object.values(object.getFields());
  const count = 1 + rand.below(3);
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const field = rand.pick(fields);
    const child = getNamedType(field.type);
    // Deep enough: only leaves below this depth.
    if (!isLeafType(child) && depth >= 4) {
      parts.push('__typename');
      continue;
    }
    const alias = rand.chance(0.15) ? `a${rand.below(1_000)}: ` : '';
    parts.push(`${alias}${field.name}${argumentsOf(field, rand, strings)} ${selection(child, rand, strings, depth + 1)}`.trim());
  }
  return `{ ${parts.join(' ')} }`;
}

/** A document over the unified schema; some are mangled on purpose (the gateway must refuse them cleanly). */
function document(seed: number, strings: readonly string[], mangle: number): string {
  const rand = prng(seed);
  const mutation = rand.chance(0.2);
  const root = (mutation ? schema.getMutationType() : schema.getQueryType())!;
  const body = selection(root, rand, strings, 1);
  const text = `${mutation ? 'mutation' : 'query'} Fuzz ${body}`;
  switch (mangle) {
    case 1:
      return text.slice(0, Math.max(1, rand.below(text.length)));
    case 2:
      return `${text} fragment F on Query { ...F }`;
    case 3:
      return `{ ${'CurrentUser { '.repeat(20 + rand.below(3_000))}id }`;
    case 4:
      return `{ ${Array.from({ length: 30 + rand.below(100) }, (_, i) => `x${i}: __schema { types { name } }`).join(' ')} }`;
    case 5:
      return text.replace(/\{/g, '{ __typename ');
    default:
      return text;
  }
}

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));
const documentCase = fc.record({
  seed: fc.integer(),
  strings: fc.array(hostileString, { minLength: 1, maxLength: 4 }),
  mangle: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: 5 }) }),
  token: fc.constantFrom('reader', 'writer'),
  asVariables: fc.boolean(),
});

const rawCase = fc.record({
  method: fc.constantFrom('GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD', 'BREW'),
  path: fc.oneof(
    fc.constantFrom('/graphql', '/graphql', '/healthz', '/readyz', '/webhooks/ti', '/', '/graphql/../healthz', '/%2e%2e/graphql', '/graphql?query=%7BCurrentUser%7Bid%7D%7D', '/graphql?query=%7B', '//graphql', '/graphql%00'),
    fc.webPath().map((p) => p || '/'),
  ),
  contentType: fc.option(
    fc.constantFrom('application/json', 'application/JSON', 'application/json; charset=utf-8', 'text/json', 'application/jsonx', 'application/graphql-response+json', 'application/graphql', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', '*/*', ''),
  ),
  accept: fc.option(fc.constantFrom('application/json', 'application/graphql-response+json', 'text/event-stream', 'multipart/mixed', '*/*', 'application/xml', '')),
  auth: fc.constantFrom('reader', 'writer', 'none', 'garbage', 'basic', 'empty-bearer'),
  body: fc.oneof(
    fc.json({ maxDepth: 3 }),
    fc.string({ maxLength: 200 }),
    fc.constant('{"query": "{ CurrentUser { id } }"}'),
    fc.constant('[{"query": "{ CurrentUser { id } }"}, {"query": "{ users(perPage: 1) { total } }"}]'),
    fc.constant(`[${Array.from({ length: 25 }, () => '{"query":"{ __typename }"}').join(',')}]`),
    fc.record({ query: fc.string({ maxLength: 80 }), variables: fc.option(fc.jsonValue({ maxDepth: 2 })), operationName: fc.option(fc.string({ maxLength: 10 })) }).map((b) => JSON.stringify(b)),
    fc.constant('{"query": "{ CurrentUser { id } }"'),
  ),
  framing: fc.constantFrom('exact', 'exact', 'exact', 'short', 'chunked', 'none'),
  extraHeader: fc.option(fc.constantFrom('x-request-id: ../../etc', 'x-request-id: ' + 'a'.repeat(500), 'authtoken: not-a-session', 'transfer-encoding: gzip', 'expect: 100-continue', 'content-encoding: br')),
});

type RawCase = typeof rawCase extends fc.Arbitrary<infer T> ? T : never;

interface RawAnswer {
  status: number;
  text: string;
}

/** One request over a fresh socket, framed by hand (so broken framing reaches the server as sent). */
function rawRequest(port: number, request: string, timeoutMs = 10_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(request.slice(0, 200))}`));
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {}); // a reset after the answer is fine; no answer fails below
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('utf8');
      // The final answer's status (after any interim 100 Continue).
      const status = Number([...text.matchAll(/(?:^|\r\n)HTTP\/1\.[01] (\d{3})/g)].map((m) => m[1]).find((code) => !code!.startsWith('1')) ?? 0);
      resolve({ status, text });
    });
    // Written, not ended: a client that half-closes is a different test; the server closes after answering (Connection: close).
    socket.write(request);
  });
}


interface SandboxProcess {
  url: string;
  apiKey: string;
  child: ChildProcess;
}

/**
 * The sandbox in its own process: in this one it would share the gateway's event loop, and its
 * work (it stands in for a remote tenant) would be measured as the gateway blocking /healthz.
 */
async function spawnSandbox(port: number): Promise<SandboxProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'sandbox', '--port', String(port), '--users', '60', '--log-level', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TI_BASE_URL: '', TI_API_KEY: '', TI_SUBDOMAIN: '' },
  });
  const lines = createInterface({ input: child.stdout! });
  const line = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code} before its ready line`)));
  });
  lines.close();
  const ready = JSON.parse(line) as { url: string; apiKey: string };
  return { url: ready.url, apiKey: ready.apiKey, child };
}

describe('fuzz: raw HTTP and schema-built GraphQL documents against the gateway (#14)', () => {
  let h: Harness;
  let sandbox: SandboxProcess;
  let gateway: RunningGateway;
  const logs: string[] = [];
  let port: number;
  const healthz: number[] = [];
  let pinging = true;
  let pinger: Promise<void>;
  let cases = 0;
  let baselineP99 = 0;
  let baselineWorst = 0;
  const statuses = new Map<number, number>();
  const slow: Array<[number, string]> = [];

  // What no answer may contain. The tenant key and URL are added once the sandbox is up.
  const forbidden: Array<[string, RegExp]> = [
    ['a REST path', /\/incoming\/|\/helium\b/],
    ['a stack frame', /\bat [\w.$<>\[\] ]+ \(?[^()\s]*:\d+:\d+\)?|\n\s+at \S/],
    ['a file path', /(?:\/[\w.@-]+)+\.(?:ts|js|mjs|cjs)\b|node_modules|file:\/\/|\/(?:src|work|home|tmp)\//],
    ['tenant text', /(?:User|Course|Group|Enrollment|user|course|group) \S+ (?:does not exist|not found)|email_taken|course_unpublished|too_many_requests/],
  ];

  const check = (answer: RawAnswer | { status: number; text: string }, what: string) => {
    cases += 1;
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    expect(answer.status, `${what}\n${answer.text.slice(0, 500)}`).toBeGreaterThan(0);
    expect(answer.status >= 500 && answer.status !== 503, `5xx for ${what}\n${answer.text.slice(0, 500)}`).toBe(false);
    for (const [name, pattern] of forbidden) {
      const found = pattern.exec(answer.text);
      expect(found?.[0], `${name} in the answer to ${what}\n${answer.text.slice(0, 800)}`).toBeUndefined();
    }
  };

  beforeAll(async () => {
    // The sandbox's port and key are known up front (key derived from the default seed), so the
    // gateway starts while the sandbox process is still loading.
    const sandboxPort = await freePort();
    const starting = spawnSandbox(sandboxPort);
    const config = loadConfig({ TI_BASE_URL: `http://127.0.0.1:${sandboxPort}`, TI_API_KEY: derivedApiKey(DEFAULT_SEED, DEFAULT_TENANT_NAME), TI_RETRY_MAX_ATTEMPTS: '1' });
    gateway = await startGateway({
      gateway: { ...config.gateway, port: 0, tokens: [READER, WRITER] },
      tenant: config.tenant!,
      rest: createRestClient(config.tenant!),
      logLevel: 'info',
      logDestination: { write: (line: string) => logs.push(line) },
    });
    // The harness shape gql() wants; the sandbox is another process, so only the gateway is used.
    h = { gateway, logs, tenant: config.tenant!, sandbox: undefined as never, close: async () => {} };
    port = Number(new URL(gateway.url).port);
    sandbox = await starting;
    expect(sandbox.apiKey).toBe(config.tenant!.apiKey);
    forbidden.push(['the tenant key', new RegExp(sandbox.apiKey)]);
    forbidden.push(['the tenant URL', new RegExp(new URL(sandbox.url).host.replace(/\./g, '\\.'))]);
    // Warm up, then the baseline: /healthz pinged while ordinary small requests run, three at a
    // time as in the fuzz. The fuzz's hostile inputs must not block more than ordinary traffic does.
    await gql(h, { query: '{ CurrentUser { id } users(perPage: 1) { total } }' }, { token: READER.token });
    const url = h.gateway.url.replace(/\/graphql$/, '/healthz');
    const ping = async () => {
      const started = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
      return performance.now() - started;
    };
    const baseline: number[] = [];
    const ordinary = ['{ CurrentUser { id email } }', '{ users(perPage: 5) { total items { email } } }', '{ __typename }'];
    let traffic = true;
    const load = Promise.all(
      ordinary.map(async (query) => {
        while (traffic) await gql(h, { query }, { token: READER.token });
      }),
    );
    for (let i = 0; i < 60; i += 1) {
      baseline.push(await ping());
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    traffic = false;
    await load;
    baseline.sort((a, b) => a - b);
    baselineP99 = baseline[Math.floor(baseline.length * 0.99)]!;
    baselineWorst = baseline[baseline.length - 1]!;
    pinger = (async () => {
      while (pinging) {
        healthz.push(await ping());
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
  });
  afterAll(async () => {
    pinging = false;
    await pinger;
    await gateway?.close(1_000);
    sandbox?.child.kill('SIGTERM');
  });

  it('GraphQL documents built from the unified schema', async () => {
    await fc.assert(
      // Three at a time: a client's requests overlap, and the run stays short.
      fc.asyncProperty(fc.array(documentCase, { minLength: 3, maxLength: 3 }), async (batch) => {
        await Promise.all(
          batch.map(async ({ seed, strings, mangle, token, asVariables }) => {
            const query = document(seed, strings, mangle);
            const payload = asVariables ? { query, variables: { unused: strings[0] }, operationName: mangle === 0 ? 'Fuzz' : null } : { query };
            const started = performance.now();
            const res = await gql(h, payload, { token: token === 'writer' ? WRITER.token : READER.token });
            slow.push([performance.now() - started, query.slice(0, 300)]);
            check(res, query.slice(0, 300));
          }),
        );
      }),
      { numRuns: 120, seed: 1_414, endOnFailure: true },
    );
  }, 60_000);

  it('raw HTTP requests', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rawCase, { minLength: 2, maxLength: 2 }), async (pair) => {
        await Promise.all(pair.map((c) => sendRaw(c)));
      }),
      { numRuns: 330, seed: 1_415, endOnFailure: true },
    );
  }, 60_000);

  const sendRaw = async (c: RawCase) => {
    {
        const body = c.method === 'GET' || c.method === 'HEAD' ? (c.framing === 'none' ? '' : c.body) : c.body;
        const bytes = Buffer.from(body, 'utf8');
        const headers = ['Host: localhost', 'Connection: close'];
        if (c.contentType !== null) headers.push(`Content-Type: ${c.contentType}`);
        if (c.accept !== null) headers.push(`Accept: ${c.accept}`);
        const bearer = { reader: `Bearer ${READER.token}`, writer: `Bearer ${WRITER.token}`, garbage: 'Bearer \u00ff\u00fe', basic: 'Basic dXNlcjpwYXNz', 'empty-bearer': 'Bearer ', none: '' }[c.auth];
        if (bearer) headers.push(`Authorization: ${bearer}`);
        if (c.extraHeader) headers.push(c.extraHeader);
        let payload = '';
        if (c.framing === 'exact') {
          headers.push(`Content-Length: ${bytes.length}`);
          payload = body;
        } else if (c.framing === 'short') {
          // Declares fewer bytes than follow: the rest is read as a next (garbage) request.
          headers.push(`Content-Length: ${Math.floor(bytes.length / 2)}`);
          payload = body;
        } else if (c.framing === 'chunked') {
          headers.push('Transfer-Encoding: chunked');
          payload = bytes.length ? `${bytes.length.toString(16)}\r\n${body}\r\n0\r\n\r\n` : '0\r\n\r\n';
        }
        const request = `${c.method} ${c.path} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n${payload}`;
        const answer = await rawRequest(port, request);
        check(answer, request.slice(0, 300));
    }
  };

  it('ran at least 1,000 cases, /healthz answered within 100 ms throughout, and the gateway still serves', async () => {
    expect(cases).toBeGreaterThanOrEqual(1_000);
    const sorted = [...healthz].sort((a, b) => a - b);
    const worst = sorted[sorted.length - 1] ?? Infinity;
    const p99 = sorted[Math.floor(sorted.length * 0.99)] ?? Infinity;
    console.log(
      `fuzz: ${cases} cases, statuses ${JSON.stringify(Object.fromEntries(statuses))}; /healthz ${sorted.length} pings, ` +
        `p99 ${p99.toFixed(1)} ms, worst ${worst.toFixed(1)} ms (ordinary traffic: p99 ${baselineP99.toFixed(1)} ms, worst ${baselineWorst.toFixed(1)} ms)`,
    );
    console.log(`slowest documents:\n${slow.sort((a, b) => b[0] - a[0]).slice(0, 3).map(([ms, q]) => `  ${ms.toFixed(0)} ms: ${q.slice(0, 160)}`).join('\n')}`);
    expect(sorted.length).toBeGreaterThan(50);
    // 100 ms, unless ordinary traffic on this machine was already slower: on a loaded 2-core
    // machine the scheduler's delay is not the gateway blocking. (Before the limits, one
    // introspection document blocked /healthz for 38 s.)
    expect(p99).toBeLessThan(Math.max(100, 2 * baselineP99));
    expect(worst).toBeLessThan(Math.max(100, 3 * baselineWorst));
    const after = await gql(h, { query: '{ CurrentUser { id } users(perPage: 1) { total } }' }, { token: READER.token });
    expect(after.status).toBe(200);
    expect(after.body.errors).toBeUndefined();
  });
});
