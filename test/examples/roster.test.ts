/**
 * The example app end to end: a sandbox tenant, the gateway on it, the app built with Vite and
 * served by `vite preview` (which proxies /graphql to the gateway, per examples/roster/vite.config.ts),
 * and headless Chromium clicking through it like a person would.
 */
import { mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import ts from 'typescript';
import { build, defaultClientConditions, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../helpers/chromium.js';
import { startHarness, type Harness } from '../helpers/gateway.js';
import type { SandboxTenant } from '../../src/sandbox/index.js';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const APP_ROOT = join(REPO_ROOT, 'examples', 'roster');

let harness: Harness;
let tenant: SandboxTenant;
let scratch: string;
let browser: ChromiumSession;
/** The app as `vite preview` serves it, /graphql proxied to the gateway (the default set-up). */
let proxied: ServedApp;
/** The app built with VITE_TI_GRAPH_URL: the browser calls the gateway on its own origin (CORS). */
let direct: ServedApp;
const browserErrors: string[] = [];

interface ServedApp {
  url: string;
  server: PreviewServer;
}

/** Builds the example with the given environment (as a developer's shell would set it) and previews it. */
async function buildAndPreview(name: string, env: Record<string, string>): Promise<ServedApp> {
  const outDir = join(scratch, name);
  const previous = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    // `ti-graph/*` from this checkout's sources (the package's own name resolves to the repo).
    await build({ root: APP_ROOT, logLevel: 'silent', resolve: { conditions: ['ti-graph-source', ...defaultClientConditions] }, build: { outDir, emptyOutDir: true } });
    const server = await preview({ root: APP_ROOT, logLevel: 'silent', build: { outDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
    return { url: server.resolvedUrls!.local[0]!, server };
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** What `npm install` in examples/roster sets up for its `"ti-graph": "file:../.."` dependency: a link to the checkout. */
async function linkPackage(): Promise<void> {
  await mkdir(join(APP_ROOT, 'node_modules'), { recursive: true });
  await symlink(REPO_ROOT, join(APP_ROOT, 'node_modules', 'ti-graph'), 'dir').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
}

beforeAll(async () => {
  // First, so a missing Chromium fails fast with how to install it.
  browser = await launchChromium();
  await linkPackage();
  harness = await startHarness({ sandbox: { users: 23 } });
  tenant = harness.sandbox.tenants[0]!;
  await mkdir(join(REPO_ROOT, '.tmp'), { recursive: true });
  scratch = await mkdtemp(join(REPO_ROOT, '.tmp', 'roster-app-'));
  // TI_GRAPH_URL is read by the example's vite.config.ts (the proxy target); VITE_TI_GRAPH_URL by the app.
  proxied = await buildAndPreview('proxied', { TI_GRAPH_URL: harness.gateway.url });
  direct = await buildAndPreview('direct', { TI_GRAPH_URL: harness.gateway.url, VITE_TI_GRAPH_URL: harness.gateway.url });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  for (const app of [proxied, direct]) if (app) await new Promise<void>((done) => app.server.httpServer.close(() => done()));
  await harness?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Opens the app, types the token and connects; records page errors and where requests went. */
async function openApp(app: ServedApp, token: string): Promise<{ page: Page; requestOrigins: Set<string> }> {
  const page = await browser.newPage();
  const requestOrigins = new Set<string>();
  page.on('pageerror', (error) => browserErrors.push(error.message));
  page.on('request', (request) => requestOrigins.add(new URL(request.url()).origin));
  await page.goto(app.url);
  await page.fill('#token', token);
  await page.click('button[type=submit]');
  return { page, requestOrigins };
}

describe('examples/roster in headless Chromium', () => {
  it('type-checks on its own tsconfig, importing ti-graph/client and ti-graph/operations', () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(APP_ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    // Through the link, from this checkout's sources (the built package's types are checked by test/package).
    const program = ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, customConditions: ['ti-graph-source'] } });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  }, 60_000);

  it('lists the roster a page at a time and shows a user\'s enrollments', async () => {
    const { page, requestOrigins } = await openApp(proxied, harness.gateway.token!);
    await page.waitForSelector('#users tr');
    const roster = tenant.store.listUsers({ page: 1, perPage: 10 });
    expect(await page.textContent('#total')).toBe(String(roster.total));
    expect(await page.textContent('#page')).toBe('1 of 3');
    const firstPageEmails = await page.$$eval('#users tr td:nth-child(2)', (cells) => cells.map((c) => c.textContent));
    expect(firstPageEmails).toEqual(roster.users.map((u) => u.email));
    expect(await page.isDisabled('#previous')).toBe(true);

    await page.click('#next');
    await page.waitForFunction(() => document.querySelector('#page')?.textContent === '2 of 3');
    const secondPage = tenant.store.listUsers({ page: 2, perPage: 10 }).users;
    expect(await page.$$eval('#users tr', (rows) => rows.map((r) => (r as HTMLElement).dataset['userId']))).toEqual(secondPage.map((u) => u.id));

    const learner = secondPage.find((u) => tenant.store.listEnrollments(u.id).total > 0)!;
    await page.click(`#users tr[data-user-id="${learner.id}"]`);
    await page.waitForFunction((email) => document.querySelector('#detail-email')?.textContent === email, learner.email);
    const shown = await page.$$eval('#enrollments li', (items) => items.map((li) => (li as HTMLElement).dataset['courseId']));
    const expected = tenant.store.listEnrollments(learner.id, { perPage: 100 }).enrollments.map((e) => e.courseId);
    expect(shown.sort()).toEqual([...expected].sort());
    await page.close();
    expect(browserErrors).toEqual([]);
    expect([...requestOrigins]).toEqual([new URL(proxied.url).origin]);
  }, 60_000);

  it('works from another origin too, calling the gateway directly (CORS preflight with the Bearer header)', async () => {
    const { page, requestOrigins } = await openApp(direct, harness.gateway.token!);
    await page.waitForSelector('#users tr');
    expect(await page.textContent('#total')).toBe(String(tenant.store.listUsers().total));
    expect(requestOrigins).toContain(new URL(harness.gateway.url).origin);
    await page.close();
    expect(browserErrors).toEqual([]);
  }, 60_000);

  it('shows the gateway\'s UNAUTHENTICATED error for a wrong token', async () => {
    const { page } = await openApp(proxied, 'not-a-valid-token');
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error')).toMatch(/^UNAUTHENTICATED: /);
    expect(await page.isHidden('#roster')).toBe(true);
    await page.close();
  }, 60_000);
});
