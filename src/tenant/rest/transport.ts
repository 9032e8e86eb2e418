import type { z } from 'zod';
import type { TenantConfig } from '../../config/index.js';
import {
  errorForStatus,
  isRetryable,
  NetworkError,
  RateLimitedError,
  TenantRequestError,
  TimeoutError,
  UpstreamError,
} from '../../errors/index.js';
import { maskUrl, redactSecrets, type Logger } from '../../util/index.js';
import { backoffDelayMs, serverWaitHintMs } from './backoff.js';
import type { Clock } from './clock.js';
import type { HttpMethod } from './endpoints.js';
import { errorBody } from './models.js';
import type { RequestBudget } from '../budget/index.js';
// The upstream hook alone, not the observability door: the CLI should not load OpenTelemetry and prom-client.
import { startUpstream } from '../../observability/upstream.js';
import { createContractWatch } from './contract.js';

export type { HttpMethod } from './endpoints.js';

export interface CallOptions {
  /** Aborts the call (and any wait inside it) with the signal's reason; never retried. */
  signal?: AbortSignal;
  /**
   * Absolute deadline (clock time) shared by nested calls, e.g. the lookups a create makes to
   * find out whether an earlier attempt landed. Defaults to now + retry.deadlineMs.
   */
  deadline?: number;
  /**
   * Longest wait for a budget slot or the tenant's announced pause, when shorter than the deadline:
   * past it the call fails at once with a RateLimitedError. The read cache sets it, so a miss is
   * answered or refused within it, and its warm-up takes only slots that are free now (0).
   */
  maxBudgetWaitMs?: number;
}

export interface RestCall<T> extends CallOptions {
  method: HttpMethod;
  /** Path under the tenant's REST base path, starting with "/", its segments already encoded. */
  path: string;
  /** The endpoint's route template (`GET /users/{id}`): names the call without its ids. */
  route: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** The 2xx body's shape; anything else is an UpstreamError. */
  schema: z.ZodType<T>;
  /**
   * For calls that must not apply twice. Called before repeating an attempt that may have landed
   * (network drop, timeout or 5xx after the request was sent): returns the result if it did, and
   * the request is then not repeated.
   */
  reconcile?: (options: CallOptions) => Promise<T | undefined>;
  /**
   * A repeat that fails with this status after an attempt that may have landed (409 on a create or
   * enrollment, 404 on a delete) can mean the earlier attempt did land: returns the result if so.
   */
  onRepeatStatus?: (status: number, options: CallOptions) => Promise<T | undefined>;
}

export interface TransportStats {
  /** Calls started (one per client method call, nested lookups included). */
  calls: number;
  /** HTTP attempts sent. */
  attempts: number;
  /** Attempts that were repeated after a retryable failure. */
  retries: number;
  /** 429 responses received. */
  rateLimited: number;
  /** Calls resolved by finding that an earlier, uncertain attempt had landed. */
  reconciled: number;
}

export interface Transport {
  request<T>(call: RestCall<T>): Promise<T>;
  stats(): TransportStats;
}

export interface TransportDeps {
  fetch: typeof fetch;
  logger: Logger;
  clock: Clock;
  random: () => number;
  /** Drawn from before every attempt: the tenant's shared budget, or the client's own (the same budget without Redis). */
  budget: RequestBudget | undefined;
}

type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; error: TenantRequestError; waitHintMs: number | undefined; mayHaveApplied: boolean };

const SNIPPET_CHARS = 200;
/** Connection errors that prove the request never reached the server. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * The one retry layer in ti-graph. Every call to the tenant's REST API goes through `request`:
 * auth, per-attempt timeout, response validation, typed errors, and retries of 429 / 5xx / network
 * failures / timeouts with full-jitter backoff, bounded attempts and an overall deadline, honouring
 * `Retry-After` and `X-RateLimit-Reset`. Its policy (`tenant.retry`) and primitives (isRetryable,
 * backoff, wait hints) also drive the tenant GraphQL query retries (src/tenant/graphql/retry.ts).
 */
export function createTransport(tenant: TenantConfig, deps: TransportDeps): Transport {
  const { clock, logger, budget } = deps;
  const contract = createContractWatch(logger);
  const secrets = [tenant.apiKey];
  const base = `${tenant.baseUrl.replace(/\/+$/, '')}${tenant.restBasePath}`;
  const counters: TransportStats = { calls: 0, attempts: 0, retries: 0, rateLimited: 0, reconciled: 0 };
  /** Set when the tenant said its window is exhausted; every call waits for it. */
  let pausedUntil = 0;

  const redact = (text: string) => redactSecrets(text, secrets);

  function target(call: RestCall<unknown>): { url: string; displayPath: string; headers: Record<string, string> } {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(call.query ?? {})) {
      if (value !== undefined) params.set(name, String(value));
    }
    const headers: Record<string, string> = { accept: 'application/json' };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    if (tenant.restAuth === 'header') headers['x-api-key'] = tenant.apiKey;
    else if (tenant.restAuth === 'bearer') headers['authorization'] = `Bearer ${tenant.apiKey}`;
    const search = params.toString();
    const displayPath = `${tenant.restBasePath}${call.path}${search ? `?${search}` : ''}`;
    if (tenant.restAuth === 'query') params.set('apiKey', tenant.apiKey);
    const fullSearch = params.toString();
    return { url: `${base}${call.path}${fullSearch ? `?${fullSearch}` : ''}`, displayPath: maskUrl(displayPath), headers };
  }

  async function attemptOnce<T>(call: RestCall<T>, attempt: number, deadline: number): Promise<Outcome<T>> {
    const { url, displayPath, headers } = target(call as RestCall<unknown>);
    const info = { method: call.method, path: displayPath, attempts: attempt };
    // Serialised before the call, outside the network catch: a body that cannot be serialised
    // (nested past the stack) is our failure, thrown as is, never a tenant failure to retry.
    const requestBody = call.body === undefined ? undefined : JSON.stringify(call.body);
    const timeoutMs = Math.max(1, Math.min(tenant.timeoutMs, deadline - clock.now()));
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout.signal]) : timeout.signal;
    const started = performance.now();
    counters.attempts++;
    // Named by the endpoint table's path template (`/users/{id}`), never by the path with its ids.
    const upstream = startUpstream({ surface: 'rest', method: call.method, endpoint: call.route.slice(call.route.indexOf(' ') + 1) });

    let response: Response;
    let text: string;
    try {
      response = await deps.fetch(url, {
        method: call.method,
        headers: upstream ? { ...headers, ...upstream.headers } : headers,
        body: requestBody,
        signal,
      });
      text = await response.text();
      upstream?.end(response.status);
    } catch (cause) {
      upstream?.end(0);
      if (call.signal?.aborted) throw call.signal.reason;
      if (timeout.signal.aborted) {
        return { ok: false, error: new TimeoutError({ ...info, timeoutMs }), waitHintMs: undefined, mayHaveApplied: true };
      }
      const { detail, code } = describeNetworkFailure(cause);
      const error = new NetworkError({ ...info, serverMessage: redact(detail) }, { cause: new Error(redact(detail)) });
      return { ok: false, error, waitHintMs: undefined, mayHaveApplied: !NOT_SENT_CODES.has(code ?? '') };
    } finally {
      clearTimeout(timer);
    }

    const ms = Math.round(performance.now() - started);
    logger.debug({ method: call.method, path: displayPath, status: response.status, attempt, ms }, 'tenant request');
    notePauseHints(response);

    if (response.ok) {
      const parsed = parseBody(text);
      if (!parsed.ok) {
        const type = response.headers.get('content-type') ?? 'no content-type';
        const serverMessage = `expected a JSON body, got ${type}: ${redact(snippet(text))}`;
        return { ok: false, error: new UpstreamError({ ...info, status: response.status, serverMessage }), waitHintMs: undefined, mayHaveApplied: true };
      }
      const shaped = contract.parse(call.route, call.schema, parsed.value);
      if (!shaped.success) {
        const issue = shaped.error.issues[0];
        const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
        const serverMessage = `response does not have the documented shape at ${where}: ${issue?.message ?? 'invalid'}`;
        return { ok: false, error: new UpstreamError({ ...info, status: response.status, serverMessage }), waitHintMs: undefined, mayHaveApplied: true };
      }
      return { ok: true, value: shaped.data };
    }

    const body = parseBody(text);
    const described = body.ok ? errorBody.safeParse(body.value) : undefined;
    const serverMessage = redact(
      (described?.success ? (described.data.message ?? described.data.error) : undefined) ?? snippet(text),
    );
    const waitHintMs = serverWaitHintMs(response.status, response.headers, clock.now());
    if (response.status === 429) counters.rateLimited++;
    const error = errorForStatus({ ...info, status: response.status, serverMessage: serverMessage || undefined, retryAfterMs: waitHintMs });
    // A 429 was refused before doing anything; a 5xx may have done the work before failing.
    return { ok: false, error, waitHintMs, mayHaveApplied: response.status >= 500 };
  }

  /** The tenant said its window is spent (Retry-After, or a reset with nothing remaining): every call waits. */
  function notePauseHints(response: Response): void {
    if (response.status >= 500) return; // a 503's Retry-After paces this call's retry, not everyone
    const now = clock.now();
    const waitMs = serverWaitHintMs(response.status, response.headers, now);
    if (waitMs !== undefined && waitMs > 0) {
      pausedUntil = Math.max(pausedUntil, now + waitMs);
      budget?.pause(waitMs); // shared: every instance on the tenant's budget holds too
    }
  }

  /** The later of this client's pause and the shared one the budget knows of. */
  function pauseEnd(): number {
    return Math.max(pausedUntil, clock.now() + (budget?.pauseRemainingMs() ?? 0));
  }

  async function waitForBudget(call: RestCall<unknown>, deadline: number): Promise<void> {
    const pause = pausedUntil - clock.now();
    if (pause > 0) await clock.sleep(pause, call.signal);
    if (!budget) return;
    const kind = call.method === 'GET' ? 'read' : 'write';
    const maxWaitMs = Math.max(0, Math.min(deadline - clock.now(), call.maxBudgetWaitMs ?? Number.POSITIVE_INFINITY));
    // The budget's queue tells only its head that the next slot is too far; a caller with a short
    // wait (the read cache's misses) that is deep in the queue gives up by itself when it is over.
    const giveUp = call.maxBudgetWaitMs !== undefined ? new AbortController() : undefined;
    const timer = giveUp
      ? setTimeout(() => giveUp.abort(new RateLimitedError({ method: call.method, path: target(call).displayPath, attempts: 0, retryAfterMs: maxWaitMs })), maxWaitMs + 1)
      : undefined;
    const signal = giveUp ? (call.signal ? AbortSignal.any([call.signal, giveUp.signal]) : giveUp.signal) : call.signal;
    let granted;
    try {
      granted = await budget.acquire(kind, { signal, maxWaitMs });
    } finally {
      clearTimeout(timer);
    }
    if (!granted.granted) {
      // The next free slot lies past this call's deadline: say so now rather than sleep to fail.
      throw new RateLimitedError({ method: call.method, path: target(call).displayPath, attempts: 0, retryAfterMs: granted.waitMs });
    }
  }

  async function request<T>(call: RestCall<T>): Promise<T> {
    counters.calls++;
    const policy = tenant.retry;
    const deadline = call.deadline ?? clock.now() + policy.deadlineMs;
    const nested: CallOptions = { signal: call.signal, deadline };
    let uncertain = false; // an earlier attempt may have applied

    for (let attempt = 1; ; attempt++) {
      if (uncertain && call.reconcile) {
        const landed = await call.reconcile(nested);
        if (landed !== undefined) {
          counters.reconciled++;
          logger.warn({ method: call.method, path: maskUrl(`${tenant.restBasePath}${call.path}`), attempt }, 'an earlier attempt had landed; not repeating it');
          return landed;
        }
      }
      const pauseUntil = pauseEnd();
      const pauseMs = pauseUntil - clock.now();
      if (pauseMs > 0 && (pauseUntil >= deadline || pauseMs > (call.maxBudgetWaitMs ?? Number.POSITIVE_INFINITY))) {
        // The tenant's announced pause (e.g. a Retry-After of an hour) ends past this call's
        // deadline: say so now rather than sleeping through the whole pause to fail afterwards.
        throw new RateLimitedError({ method: call.method, path: target(call as RestCall<unknown>).displayPath, attempts: attempt - 1, retryAfterMs: pauseMs });
      }
      await waitForBudget(call as RestCall<unknown>, deadline);
      if (clock.now() >= deadline) {
        // The rate budget (or the tenant's announced pause) outlasted the deadline: do not send a
        // request that has no time left to answer.
        throw new TimeoutError({ method: call.method, path: target(call as RestCall<unknown>).displayPath, attempts: attempt - 1, timeoutMs: policy.deadlineMs });
      }
      const outcome = await attemptOnce(call, attempt, deadline);
      if (outcome.ok) return outcome.value;
      const { error } = outcome;

      if (uncertain && error.status !== undefined && call.onRepeatStatus) {
        const landed = await call.onRepeatStatus(error.status, nested);
        if (landed !== undefined) {
          counters.reconciled++;
          logger.warn({ method: call.method, path: error.path, status: error.status, attempt }, 'repeat refused because an earlier attempt had landed');
          return landed;
        }
      }
      if (!isRetryable(error)) throw error;
      if (attempt >= policy.maxAttempts) {
        logger.warn({ method: call.method, path: error.path, attempts: attempt, err: error.message }, 'giving up: attempts exhausted');
        return lastLook(call, outcome.mayHaveApplied, nested, error);
      }
      const delayMs = outcome.waitHintMs ?? backoffDelayMs(attempt, policy, deps.random);
      const remainingMs = deadline - clock.now();
      if (delayMs >= remainingMs) {
        logger.warn({ method: call.method, path: error.path, attempts: attempt, delayMs, remainingMs, err: error.message }, 'giving up: retry would pass the deadline');
        return lastLook(call, outcome.mayHaveApplied, nested, error);
      }
      if (outcome.mayHaveApplied) uncertain = true;
      // A bare 429 (no Retry-After, no reset): the tenant's window is spent, so every sharer of the
      // budget holds for this retry's delay, not only this call.
      if (error.status === 429 && outcome.waitHintMs === undefined) budget?.pause(delayMs);
      counters.retries++;
      logger.warn(
        { method: call.method, path: error.path, status: error.status, attempt, delayMs, serverHint: outcome.waitHintMs !== undefined, err: error.message },
        'tenant request failed; retrying',
      );
      await clock.sleep(delayMs, call.signal);
    }
  }

  /**
   * Before reporting a failure of a call that must not apply twice, when its last attempt may have
   * applied: one look whether it landed, so the caller is not told "failed" about a user that now
   * exists. If the look fails too (the tenant is still down), the original error stands.
   */
  async function lastLook<T>(call: RestCall<T>, mayHaveApplied: boolean, nested: CallOptions, error: TenantRequestError): Promise<T> {
    if (!mayHaveApplied || !call.reconcile) throw error;
    const landed = await call.reconcile(nested).catch(() => undefined);
    if (landed === undefined) throw error;
    counters.reconciled++;
    logger.warn({ method: call.method, path: error.path, attempts: error.attempts }, 'the last attempt had landed after all');
    return landed;
  }

  return { request, stats: () => ({ ...counters }) };
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return 'empty body';
  return flat.length > SNIPPET_CHARS ? `${flat.slice(0, SNIPPET_CHARS)}...` : flat;
}

/** Node's fetch reports "fetch failed" and hides the reason in `cause` (ECONNRESET, "other side closed"). */
function describeNetworkFailure(error: unknown): { detail: string; code: string | undefined } {
  const parts: string[] = [];
  let code: string | undefined;
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const c = (current as { code?: unknown }).code;
    if (typeof c === 'string') code ??= c;
    parts.push(typeof c === 'string' ? `${c}: ${current.message}` : current.message);
    current = (current as { cause?: unknown }).cause;
  }
  if (parts.length === 0) parts.push(String(error));
  // The innermost code is the specific one (UND_ERR_SOCKET, ECONNREFUSED).
  const innermost = [...parts].reverse().find((p) => /^[A-Z_]+:/.test(p));
  return { detail: parts.join(' <- '), code: innermost?.split(':')[0] ?? code };
}
