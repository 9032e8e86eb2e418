import { LRUCache } from 'lru-cache';
import { RateLimitedError } from '../../errors/index.js';
import type { Logger } from '../../util/index.js';
import type { Stamp } from './store.js';

type Load = (options: { maxBudgetWaitMs?: number; background?: boolean }) => Promise<unknown>;
type OnLoaded = ((value: unknown, mark: Stamp) => Promise<void>) | undefined;

export interface WarmTask {
  scope: string;
  key: string;
  load: Load;
  onLoaded: OnLoaded;
  /** Reads that asked for it (live demand), or a fixed priority (the roster at start). */
  priority: number;
}

export interface Warmer {
  /** A live read asked for this entry (remembered so it can be refreshed when it goes stale or is invalidated). */
  noteDemand(scope: string, key: string, load: Load, onLoaded: OnLoaded): void;
  /** Refresh this entry with spare budget (it was answered stale, or refused). */
  queue(scope: string, key: string): void;
  /** Refresh the entries live reads asked for in these scopes (just invalidated). */
  queueScopes(scopes: readonly string[]): void;
  /** Queue a load live reads have not asked for (yet): the roster at start. */
  add(scope: string, key: string, load: Load, priority: number, onLoaded: OnLoaded): void;
  stats(): { warmed: number; warmQueue: number };
  close(): Promise<void>;
}

/**
 * Spends the budget live reads leave: one load at a time, each asking for a slot that is free now
 * (`maxBudgetWaitMs: 0`), so it never queues in front of a live read; when none is free it waits
 * for the next. Most-asked entries first.
 */
export function createWarmer(options: {
  enabled: boolean;
  refresh(task: WarmTask): Promise<'loaded' | 'skipped'>;
  logger?: Logger | undefined;
  maxTracked?: number;
}): Warmer {
  const id = (scope: string, key: string) => `${scope}\u0000${key}`;
  const byScope = new Map<string, Set<string>>();
  const demand = new LRUCache<string, WarmTask>({
    max: options.maxTracked ?? 50_000,
    dispose: (task, taskId) => {
      const ids = byScope.get(task.scope);
      ids?.delete(taskId);
      if (ids?.size === 0) byScope.delete(task.scope);
    },
  });
  const queued = new Map<string, WarmTask>();
  let warmed = 0;
  let pumping = false;
  let closed = false;
  let wake: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const enqueue = (task: WarmTask | undefined) => {
    if (!options.enabled || closed || !task) return;
    queued.set(id(task.scope, task.key), task);
    void pump();
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
      timer.unref?.();
    });

  function next(): WarmTask | undefined {
    let best: WarmTask | undefined;
    for (const task of queued.values()) if (!best || task.priority > best.priority) best = task;
    if (best) queued.delete(id(best.scope, best.key));
    return best;
  }

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      for (let task = next(); task && !closed; task = next()) {
        try {
          if ((await options.refresh(task)) === 'loaded') warmed++;
        } catch (error) {
          if (error instanceof RateLimitedError) {
            // No slot free now: live reads have the budget. Try again when the next one frees up.
            if (!queued.has(id(task.scope, task.key))) queued.set(id(task.scope, task.key), task);
            await sleep(Math.min(1_000, Math.max(20, error.retryAfterMs ?? 100)));
          } else {
            options.logger?.debug({ err: (error as Error).message, scope: task.scope }, 'cache: warm-up load failed; left to live reads');
          }
        }
      }
    } finally {
      pumping = false;
    }
  }

  return {
    noteDemand(scope, key, load, onLoaded) {
      const taskId = id(scope, key);
      const known = demand.get(taskId);
      if (known) {
        known.priority++;
        known.load = load;
        known.onLoaded = onLoaded;
        return;
      }
      demand.set(taskId, { scope, key, load, onLoaded, priority: 1 });
      let ids = byScope.get(scope);
      if (!ids) byScope.set(scope, (ids = new Set()));
      ids.add(taskId);
    },
    queue: (scope, key) => enqueue(demand.peek(id(scope, key))),
    queueScopes(scopes) {
      for (const scope of scopes) for (const taskId of byScope.get(scope) ?? []) enqueue(demand.peek(taskId));
    },
    add: (scope, key, load, priority, onLoaded) => enqueue({ scope, key, load, onLoaded, priority }),
    stats: () => ({ warmed, warmQueue: queued.size }),
    async close() {
      closed = true;
      queued.clear();
      if (timer) clearTimeout(timer);
      wake?.();
    },
  };
}
