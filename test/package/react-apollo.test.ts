/**
 * examples/react-apollo as a frontend team runs it, in its own folder outside the repo: its
 * package.json installed with ti-graph from the packed tarball (shared with outside-app.test.ts),
 * `npm run codegen -- --check` (the app's generated operations and manifest are what the installed
 * `ti-graph codegen` writes), `npm run build` (tsc + Vite). Then a sandbox tenant, the gateway on
 * it running the app's manifest and nothing else (TI_GRAPH_TRUSTED_ONLY), `vite preview`, and
 * headless Chromium: React + Apollo Client's useQuery render a tenant-only query and a
 * cross-surface one (REST-backed gateway fields), every request naming its document by id.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../helpers/chromium.js';
import { gql, startHarness, type Harness } from '../helpers/gateway.js';
import type { SandboxTenant } from '../../src/sandbox/index.js';
import { npmInstall, packedTarball, REPO, runIn, timed as timedInto, vitePreview, type ServedApp, type Timings } from './packed-app.js';

const EXAMPLE = join(REPO, 'examples', 'react-apollo');
const PER_PAGE = 10; // the example's page size (src/App.tsx)

let app: string;
let manifest: Record<string, string>;
let harness: Harness;
let tenant: SandboxTenant;
let served: ServedApp;
let browser: ChromiumSession;
const timings: Timings = {};
const timed = <T>(name: string, step: () => Promise<T>) => timedInto(timings, name, step);

/** The example's own files, as a team's repository holds them (no node_modules, build or lock). */
async function copyExample(to: string): Promise<void> {
  const skipped = new Set(['node_modules', 'dist', 'package-lock.json']);
  await cp(EXAMPLE, to, { recursive: true, filter: (source) => !skipped.has(source.slice(EXAMPLE.length + 1).split('/')[0]!) });
}

beforeAll(async () => {
  // First, so a missing Chromium fails fast with how to install it.
  browser = await timed('launch chromium', () => launchChromium());
  const tarball = await timed('packed tarball', () => packedTarball());
  Object.assign(timings, tarball.reused ? { 'npm run build + npm pack': 'reused' } : tarball.timings);
  app = await mkdtemp(join(tmpdir(), 'ti-graph-react-apollo-'));
  await copyExample(app);
  // The example depends on the checkout (`file:../..`); here on the tarball, as a published release.
  const pkg = JSON.parse(await readFile(join(app, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  pkg.devDependencies['ti-graph'] = `file:${tarball.path}`;
  await writeFile(join(app, 'package.json'), JSON.stringify(pkg, null, 2));
  await timed('npm install', () => npmInstall(app));
  manifest = JSON.parse(await readFile(join(app, 'trusted-documents.json'), 'utf8')) as Record<string, string>;

  harness = await timed('sandbox + gateway', () => startHarness({
    sandbox: { users: 14 },
    env: { TI_GRAPH_TRUSTED_DOCUMENTS: join(app, 'trusted-documents.json'), TI_GRAPH_TRUSTED_ONLY: 'true' },
  }));
  tenant = harness.sandbox.tenants[0]!;
}, 300_000);

afterAll(async () => {
  process.stdout.write(`react-apollo timings: ${JSON.stringify(timings)}\n`);
  served?.close();
  await browser?.close();
  await harness?.close();
  if (app) await rm(app, { recursive: true, force: true });
});

/** What the browser sent to /graphql, parsed. */
interface SentRequest {
  method: string;
  body: { query?: string; operationName?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
  status: number;
}

async function openApp(token: string): Promise<{ page: Page; sent: SentRequest[]; problems: string[] }> {
  const page = await browser.newPage();
  const sent: SentRequest[] = [];
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    const request = response.request();
    if (new URL(request.url()).pathname === '/graphql') sent.push({ method: request.method(), body: JSON.parse(request.postData() ?? '{}'), status: response.status() });
  });
  await page.goto(served.url);
  await page.fill('input[name=token]', token);
  await page.click('button[type=submit]');
  return { page, sent, problems };
}

describe('examples/react-apollo, installed with the tarball and run in headless Chromium', () => {
  it('npm run codegen -- --check: the committed operations and manifest are what ti-graph codegen writes', async () => {
    const check = await timed('npm run codegen -- --check', () => runIn(app, 'npm', ['run', '--silent', 'codegen', '--', '--check']));
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    // One entry per document, each id the SHA-256 of its text (the gateway re-checks that on load).
    expect(Object.values(manifest).map((text) => /^query (\w+)/.exec(text)?.[1]).sort()).toEqual(['Me', 'Team']);
  }, 60_000);

  it('npm run build: tsc and Vite; the bundle holds no ti-graph code and no Node built-ins', async () => {
    const built = await timed('npm run build', () => runIn(app, 'npm', ['run', '--silent', 'build']));
    expect(built.stderr).not.toMatch(/error/i);
    expect(built.code).toBe(0);
    served = await vitePreview(app, join(app, 'node_modules', 'vite', 'bin', 'vite.js'), { TI_GRAPH_URL: harness.gateway.url });
    const index = await (await fetch(served.url)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
    const js = await (await fetch(new URL(script!, served.url))).text();
    // (As booleans: a failing match would print the whole minified bundle.)
    expect(js.includes('useQuery'), 'the bundle is the app').toBe(true);
    expect(/["']node:|graphql-yoga|\bpino\b/.test(js), 'a Node built-in or server code in the bundle').toBe(false);
  }, 120_000);

  it('renders the tenant-only Me and the cross-surface Team, every request an id the gateway holds, never text', async () => {
    const { page, sent, problems } = await openApp(harness.gateway.token!);
    // Me: the tenant's GraphQL API alone (the gateway's fast path), as the key's service user.
    await page.waitForSelector('#me');
    const me = tenant.store.serviceUser;
    expect(await page.textContent('#me-email')).toBe(me.email);
    expect(await page.textContent('#me strong')).toBe([me.firstName, me.lastName].filter(Boolean).join(' ') || me.email);

    // Team: the company from the tenant's GraphQL API; users and each one's enrollments from REST.
    await page.waitForSelector('#users tr');
    const firstPage = tenant.store.listUsers({ page: 1, perPage: PER_PAGE });
    expect((await page.textContent('#company'))?.toLowerCase()).toBe(tenant.store.name.toLowerCase());
    expect(await page.textContent('#total')).toBe(String(firstPage.total));
    const rows = () => page.$$eval('#users tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent)));
    const expectedRows = (users: typeof firstPage.users) => users.map((u) => [u.email, String(tenant.store.listEnrollments(u.id, { perPage: 100 }).total)]);
    expect(await rows()).toEqual(expectedRows(firstPage.users));
    expect(firstPage.users.some((u) => tenant.store.listEnrollments(u.id).total > 0)).toBe(true);

    // useQuery with new variables: the second page.
    await page.click('#next');
    await page.waitForFunction(() => document.querySelector('#page')?.textContent === '2' && document.querySelector('#team')?.getAttribute('aria-busy') === 'false');
    expect(await rows()).toEqual(expectedRows(tenant.store.listUsers({ page: 2, perPage: PER_PAGE }).users));

    await expect.poll(() => sent.length).toBe(3);
    await page.close();
    // Me once, Team for page 1 and page 2: each sent as Apollo's persisted-query hash alone, a
    // manifest id, answered 200 (no PERSISTED_QUERY_NOT_FOUND, so no retry carrying the text).
    expect(sent.map((r) => r.body.operationName).sort()).toEqual(['Me', 'Team', 'Team']);
    for (const request of sent) {
      expect(request.body.query).toBeUndefined();
      expect(manifest).toHaveProperty([`sha256:${request.body.extensions?.persistedQuery?.sha256Hash}`]);
      expect(request.status).toBe(200);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('the gateway refuses free text (trusted documents only), so what rendered came by id', async () => {
    const freeText = await gql(harness, { query: '{ CurrentUser { email } }' });
    expect(freeText.status).toBe(400);
    expect(freeText.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
  });

  it("shows the gateway's UNAUTHENTICATED error for a wrong token", async () => {
    const { page } = await openApp('not-a-valid-token');
    await page.waitForSelector('[role=alert]');
    expect(await page.textContent('[role=alert]')).toMatch(/^UNAUTHENTICATED: /);
    await page.close();
  }, 60_000);
});
