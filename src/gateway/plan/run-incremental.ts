/**
 * Runs a plan whose gateway part keeps `@defer`/`@stream`. The plan runs as usual (one tenant call,
 * the gateway's root fields beside it, ONE cross-surface execution for every collected parent), but
 * its two gateway executions go through an executor that implements incremental delivery: their
 * initial results are merged into the initial payload as any plan's are, and what they deferred
 * follows, each payload as soon as its REST calls return, paths moved to where their objects sit.
 *
 * Batching is unchanged: a deferred fragment's resolvers start with its parent's (the executor
 * starts deferred work at once and only delays its delivery), so the REST calls of every deferred
 * fragment of a page go to the same per-request DataLoaders in the same tick, at most once per
 * resource. When the client goes away (`return()`), the payloads still running are dropped and the
 * request's REST calls not started yet are never made (`loaders.stop()`).
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { GatewayContext } from '../context.js';
import type { Plan } from './plan-types.js';
import { runPlan, type IncrementalPayloadItem, type LaterPayloads, type Path, type PlanRunnerDeps, type SubsequentPayload } from './run-plan.js';

/** What the client receives: the initial payload (`hasNext: true`), then subsequent ones. */
export type IncrementalPayload = (ExecutionResult & { hasNext: true }) | SubsequentPayload;

export async function runIncrementalPlan(
  plan: Plan,
  deps: PlanRunnerDeps,
  variables: Record<string, unknown> | undefined,
  context: GatewayContext,
): Promise<ExecutionResult | AsyncIterableIterator<IncrementalPayload>> {
  const later: LaterPayloads = { streams: [] };
  const initial = await runPlan(plan, deps, variables, context, later);
  // Nothing was deferred after all (e.g. `@defer(if: false)`), or the data is gone: one result.
  if (later.streams.length === 0) return initial;
  if (initial.data === null || initial.data === undefined) {
    stopStreams(later, context);
    return initial;
  }
  return payloads({ ...initial, hasNext: true }, later, context);
}

function stopStreams(later: LaterPayloads, context: GatewayContext): void {
  context.loaders.stop();
  for (const stream of later.streams) void stream.results.return?.().catch(() => {});
}

function relocate(item: IncrementalPayloadItem, at: (path: Path) => Path): IncrementalPayloadItem {
  const moved: IncrementalPayloadItem = { ...item };
  if (item.path) moved.path = at(item.path);
  if (item.errors?.length) {
    moved.errors = item.errors.map((error) =>
      error.path ? new GraphQLError(error.message, { nodes: error.nodes, path: at(error.path), originalError: error.originalError, extensions: error.extensions }) : error,
    );
  }
  return moved;
}

/**
 * The initial payload, then every stream's payloads in the order they are ready. Written as a
 * plain iterator, not an async generator: a generator's `return()` waits for the `next()` in
 * progress (the next REST answer), and a client that went away should stop the calls now.
 */
function payloads(initial: IncrementalPayload, later: LaterPayloads, context: GatewayContext): AsyncIterableIterator<IncrementalPayload> {
  const { streams } = later;
  const pending = new Map<number, Promise<{ index: number; step: IteratorResult<SubsequentPayload, void> }>>();
  const pull = (index: number) => pending.set(index, streams[index]!.results.next().then((step) => ({ index, step })));
  let started = false;
  let finished = false;
  let lastHasNext = true;
  let stopped: (() => void) | undefined;
  const stop = new Promise<'stopped'>((resolve) => (stopped = () => resolve('stopped')));
  const done = (): IteratorResult<IncrementalPayload, undefined> => ({ done: true, value: undefined });

  const next = async (): Promise<IteratorResult<IncrementalPayload, undefined>> => {
    if (finished) return done();
    if (!started) {
      started = true;
      streams.forEach((_, index) => pull(index));
      return { done: false, value: initial };
    }
    while (pending.size > 0) {
      const ready = await Promise.race([...pending.values(), stop]);
      if (ready === 'stopped') return done();
      const { index, step } = ready;
      pending.delete(index);
      if (step.done) continue;
      if (step.value.hasNext) pull(index);
      const incremental = step.value.incremental?.map((item) => relocate(item, streams[index]!.at));
      const hasNext = pending.size > 0;
      if (!incremental?.length && hasNext) continue;
      lastHasNext = hasNext;
      if (!hasNext) finished = true;
      return { done: false, value: incremental?.length ? { incremental, hasNext } : { hasNext } };
    }
    finished = true;
    // Every stream ended without saying so in a payload: the client still needs `hasNext: false`.
    if (lastHasNext) {
      lastHasNext = false;
      return { done: false, value: { hasNext: false } };
    }
    return done();
  };

  const iterator: AsyncIterableIterator<IncrementalPayload> = {
    next,
    async return() {
      if (!finished) {
        // The client went away before the last payload: nothing still pending is worth a REST call.
        finished = true;
        stopped!();
        stopStreams(later, context);
      }
      return done();
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
