import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

const CHROMIUM = '/usr/bin/chromium';

describe('GraphiQL in headless Chromium', () => {
  let h: Harness;
  let browser: BrowserContext;
  let profile: string;
  beforeAll(async () => {
    h = await startHarness();
    profile = await mkdtemp(join(tmpdir(), 'ti-graph-chromium-'));
    // A fresh profile (user-data-dir) and no background traffic: the page must work offline.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await rm(profile, { recursive: true, force: true });
    await h.close();
  });

  it('opens the page, loads the schema and runs the default query with the prefilled token', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(h.gateway.graphiql!);
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 20_000 });
    const gatewayCalls: string[] = [];
    page.on('response', (response) => {
      if (response.url() === h.gateway.url && response.request().method() === 'POST') gatewayCalls.push(String(response.status()));
    });
    await run.click();
    const result = page.locator('.graphiql-response');
    await expect.poll(async () => (await result.textContent()) ?? '', { timeout: 20_000 }).toContain('"total"');
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('CurrentUser');
    expect(text).not.toContain('"errors"');
    expect(gatewayCalls).toContain('200');
    expect(failed).toEqual([]);
    expect(text).not.toContain(h.sandbox.apiKey);
  });
});
