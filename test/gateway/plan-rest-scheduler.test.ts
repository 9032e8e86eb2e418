/**
 * The REST call scheduler behind the per-request loaders: a cap per request, a cap across the
 * gateway, and under the shared cap the oldest request's calls first.
 */
import { describe, expect, it } from 'vitest';
import { createRestScheduler } from '../../src/gateway/limit-concurrency.js';
import { createRestLoaders } from '../../src/gateway/loaders.js';
import { scheduledRestClient, type GatewayRestClient } from '../../src/gateway/rest-port.js';

/** A call that stays in flight until released, recording when it started. */
function gate() {
  const started: string[] = [];
  const releases: Array<() => void> = [];
  const call = (name: string) => () =>
    new Promise<string>((resolve) => {
      started.push(name);
      releases.push(() => resolve(name));
    });
  const releaseAll = async () => {
    while (releases.length) releases.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { started, call, releaseAll };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('REST scheduler', () => {
  it('keeps each request under its own cap and all requests under the shared one', async () => {
    const scheduler = createRestScheduler(5);
    const { started, call, releaseAll } = gate();
    const a = scheduler.forRequest(3);
    const b = scheduler.forRequest(3);
    const all = [...['a1', 'a2', 'a3', 'a4'].map((n) => a(call(n))), ...['b1', 'b2', 'b3', 'b4'].map((n) => b(call(n)))];
    await tick();
    expect(started).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    await releaseAll();
    await tick();
    expect(started.slice(5)).toEqual(['a4', 'b3', 'b4']);
    await releaseAll();
    expect(await Promise.all(all)).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4']);
  });

  it('gives freed slots to the oldest waiting request first', async () => {
    const scheduler = createRestScheduler(2);
    const { started, call, releaseAll } = gate();
    const old = scheduler.forRequest(10);
    const young = scheduler.forRequest(10);
    const calls = [old(call('o1')), old(call('o2')), young(call('y1')), old(call('o3')), old(call('o4')), young(call('y2'))];
    await tick();
    expect(started).toEqual(['o1', 'o2']);
    await releaseAll();
    await tick();
    expect(started.slice(2)).toEqual(['o3', 'o4']);
    await releaseAll();
    await tick();
    expect(started.slice(4)).toEqual(['y1', 'y2']);
    await releaseAll();
    await Promise.all(calls);
  });

  it('frees the slot of a call that failed', async () => {
    const scheduler = createRestScheduler(1);
    const limit = scheduler.forRequest(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit(() => Promise.resolve('next'))).toBe('next');
  });
});

describe('REST scheduler under overload', () => {
  it('fails a call still waiting when its request is maxWaitMs old, and frees nothing it did not hold', async () => {
    const scheduler = createRestScheduler(1, { maxWaitMs: 50 });
    let release!: () => void;
    const holder = scheduler.forRequest(1)(() => new Promise<string>((resolve) => (release = () => resolve('held'))));
    const late = scheduler.forRequest(1);
    const waited = late(() => Promise.resolve('never'));
    await expect(waited).rejects.toMatchObject({ code: 'TIMEOUT' });
    release();
    expect(await holder).toBe('held');
    // The slot is free again for a new request.
    expect(await scheduler.forRequest(1)(() => Promise.resolve('next'))).toBe('next');
  });
});

describe("a request's REST calls outside the loaders", () => {
  it('run under the same caps as the loaded ones: list calls, lookups and writes take slots too', async () => {
    const { started, call, releaseAll } = gate();
    // Only what the test calls; each call stays in flight until released.
    const rest = {
      listUsersPage: (options: { page: number }) => call(`list${options.page}`)(),
      getUser: (id: string) => call(`get-${id}`)(),
    } as unknown as GatewayRestClient;
    const loaders = createRestLoaders(rest, 2, createRestScheduler(64));
    const pending = [loaders.rest.listUsersPage({ page: 1, perPage: 1 }), loaders.rest.listUsersPage({ page: 2, perPage: 1 }), loaders.userById.load('u1')];
    await tick();
    expect(started).toEqual(['list1', 'list2']);
    await releaseAll();
    await tick();
    expect(started).toEqual(['list1', 'list2', 'get-u1']);
    await releaseAll();
    await Promise.all(pending);
  });

  it('schedules each page of a paged iterable, and still iterates it', async () => {
    const pages = [['c1', 'c2'], ['c3']];
    const started: number[] = [];
    const rest = {
      async *listEnrollments() {
        for (const [i, page] of pages.entries()) {
          started.push(i);
          for (const courseId of page) yield { courseId };
        }
      },
    } as unknown as GatewayRestClient;
    let scheduled = 0;
    const counting = <T,>(call: () => Promise<T>) => {
      scheduled += 1;
      return call();
    };
    const ids: string[] = [];
    for await (const enrollment of scheduledRestClient(rest, counting).listEnrollments('u1')) ids.push(enrollment.courseId);
    expect(ids).toEqual(['c1', 'c2', 'c3']);
    expect(started).toEqual([0, 1]);
    expect(scheduled).toBe(4);
  });
});
