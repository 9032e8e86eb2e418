/**
 * The one tenant batcher: the tenant GraphQL calls of ONE gateway request issued together (the
 * operations of a client's batched request, planned or stitched) go out as one JSON array POST
 * (the tenant accepts arrays) instead of one round trip each. Scheduled like DataLoader (after the
 * promise jobs already queued), so a lone call waits no I/O turn and goes out as a plain object.
 *
 * A batch answer is trusted only when it is an array with one result per operation: anything else
 * (shorter, longer, a single object, a request-level refusal) fails every operation of the batch
 * with an UpstreamError rather than hand one operation another's result.
 */
import { UpstreamError } from '../../errors/index.js';

/** What the batcher reads from the gateway's per-request context. */
export interface TenantCallContext {
  /** TI's learner context header, forwarded as the client sent it. */
  authToken?: string | undefined;
  /**
   * Calls made under the same scope object share batches. Defaults to the context itself; a server
   * that builds one context per operation of a client batch passes one object shared by all of them.
   */
  batchScope?: object | undefined;
}

/**
 * Queues one tenant GraphQL request (`body`: one JSON request object) with the other calls of its
 * batch scope and resolves with its own parsed result. `readOnly`: the request holds a query only;
 * a batch of read-only requests only is retried, one holding a mutation is sent once.
 * @throws the typed error of the batch's POST, or UpstreamError when the batch answer does not
 * match its operations.
 */
export type TenantBatch = (body: string, context: object & TenantCallContext, readOnly: boolean) => Promise<unknown>;

export interface TenantBatcherOptions {
  /** POSTs a body (one request object or an array of them) and returns its parsed JSON (typed errors on failure). */
  send(body: string, options: { authToken: string | undefined; readOnly: boolean }): Promise<unknown>;
  /** The endpoint's path with the key masked, for typed errors. */
  path: string;
}

interface PendingCall {
  body: string;
  readOnly: boolean;
  resolve(json: unknown): void;
  reject(error: unknown): void;
}

interface PendingBatch {
  authToken: string | undefined;
  calls: PendingCall[];
}

export function createTenantBatcher(options: TenantBatcherOptions): TenantBatch {
  const { send, path } = options;
  // Keyed by batch scope (one per gateway request): batching never mixes clients.
  const pending = new WeakMap<object, PendingBatch>();

  const flush = ({ authToken, calls }: PendingBatch) => {
    if (calls.length === 1) {
      const only = calls[0]!;
      send(only.body, { authToken, readOnly: only.readOnly }).then(only.resolve, only.reject);
      return;
    }
    const readOnly = calls.every((call) => call.readOnly);
    send(`[${calls.map((call) => call.body).join(',')}]`, { authToken, readOnly }).then(
      (json) => {
        if (Array.isArray(json) && json.length === calls.length) {
          calls.forEach((call, i) => call.resolve(json[i]));
          return;
        }
        const got = Array.isArray(json) ? `${json.length} results` : 'a single result';
        const message = firstErrorMessage(json);
        const error = new UpstreamError({
          method: 'POST',
          path,
          serverMessage: `expected ${calls.length} results in the batch response, got ${got}${message ? ` (${message})` : ''}`,
        });
        for (const call of calls) call.reject(error);
      },
      (error: unknown) => {
        for (const call of calls) call.reject(error);
      },
    );
  };

  return (body, context, readOnly) =>
    new Promise((resolve, reject) => {
      const scope = context.batchScope ?? context;
      let batch = pending.get(scope);
      if (!batch) {
        const fresh: PendingBatch = { authToken: context.authToken, calls: [] };
        batch = fresh;
        pending.set(scope, fresh);
        void Promise.resolve().then(() =>
          process.nextTick(() => {
            pending.delete(scope);
            flush(fresh);
          }),
        );
      }
      batch.calls.push({ body, readOnly, resolve, reject });
    });
}

function firstErrorMessage(json: unknown): string | undefined {
  const errors = (json as { errors?: Array<{ message?: unknown }> } | null)?.errors;
  const message = Array.isArray(errors) ? errors[0]?.message : undefined;
  return typeof message === 'string' ? message : undefined;
}
