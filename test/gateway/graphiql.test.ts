import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../helpers/chromium.js';
import { useHarness } from '../helpers/gateway.js';

describe('GraphiQL in headless Chromium', () => {
  const h = useHarness();
  let browser: ChromiumSession;
  beforeAll(async () => {
    // A fresh profile and no background traffic: the page must work offline.
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the page, loads the schema and runs the default query with the prefilled token', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(h().gateway.graphiql!);
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 20_000 });
    const gatewayCalls: string[] = [];
    page.on('response', (response) => {
      if (response.url() === h().gateway.url && response.request().method() === 'POST') gatewayCalls.push(String(response.status()));
    });
    await run.click();
    const result = page.locator('.graphiql-response');
    await expect.poll(async () => (await result.textContent()) ?? '', { timeout: 20_000 }).toContain('"total"');
    const text = (await result.textContent()) ?? '';
    expect(text).toContain('CurrentUser');
    expect(text).not.toContain('"errors"');
    expect(gatewayCalls).toContain('200');
    expect(failed).toEqual([]);
    expect(text).not.toContain(h().sandbox.apiKey);
  });
});
