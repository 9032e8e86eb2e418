/**
 * Follows the tenant's schema while the gateway runs. Every `pollMs` (and on demand) it introspects
 * the tenant through the tenant budget; a schema that prints the same as the served one changes
 * nothing. A changed one is composed into a whole new graph (unified schema, router, planner) off
 * the request path, every registered operation is judged against it, and then the graph is swapped
 * in one assignment: a request reads `current()` once and finishes on that graph. A schema that
 * cannot be composed (it collides with a gateway field) is refused: the last good graph stays and
 * the collision is reported. Nothing the tenant sends can stop the gateway serving.
 */
import { Kind, print, type GraphQLSchema } from 'graphql';
import type { Logger } from '../../util/index.js';
import type { AlertSender } from './alert.js';
import type { Introspected } from './introspect.js';
import { judgeOperations, type OperationFinding } from './judge.js';
import type { SchemaFollowMetrics, ReloadResult } from './metrics.js';
import type { RegisteredOperation } from './registered.js';
import { createPacer, type Between } from './pace.js';
import { schemaFingerprint, schemaFingerprintBetween, type ServedGraph } from './served-graph.js';

export interface SchemaFollowerOptions {
  initial: ServedGraph;
  /**
   * Composes a graph over a tenant schema, awaiting `between` between its synchronous steps (the
   * gateway serves meanwhile). @throws SchemaError when it cannot (a collision).
   */
  build(tenantSchema: GraphQLSchema, between: Between): Promise<ServedGraph>;
  introspect(): Promise<Introspected>;
  /** Poll period; 0 or undefined: only on demand (`check()`). */
  pollMs?: number | undefined;
  /** The registered operations, read again at each judgement (manifests reload). */
  registered(): Promise<RegisteredOperation[]>;
  logger: Logger;
  metrics: SchemaFollowMetrics;
  alerts?: AlertSender | undefined;
}

export interface CheckOutcome {
  result: ReloadResult;
  /** For applied changes: every operation it breaks or may affect; for refused: why. */
  findings?: OperationFinding[];
  changes?: { total: number; breaking: number };
  problem?: string;
}

export interface SchemaFollower {
  current(): ServedGraph;
  /** Polls now (one poll at a time: a call during a poll gets that poll's outcome). */
  check(): Promise<CheckOutcome>;
  /** Judges the registered operations against the served graph again (after the manifests changed). */
  rejudge(): Promise<void>;
  /**
   * What the tenant's current schema says of the operation a request runs from a trusted document's
   * text, when it broke that document: `refused` (a message naming the coordinate) for a broken
   * operation; `runs` (a text holding only that operation and its fragments) for an unbroken one of
   * the same document, since graphql-js validates the whole document it is sent. Without an
   * `operationName`, a document's single operation is the one; with several, graphql-js refuses
   * the request itself. Undefined for every document the schema did not break.
   */
  documentVerdict(text: string, operationName?: string): DocumentVerdict | undefined;
  /** What the served schema breaks now, per app and operation. */
  readonly broken: readonly OperationFinding[];
  close(): void;
}

export function createSchemaFollower(options: SchemaFollowerOptions): SchemaFollower {
  const { logger, metrics } = options;
  let graph = options.initial;
  let fingerprint = schemaFingerprint(graph.tenantSchema);
  /** The bytes of the last introspection answer: the same bytes skip building and printing. */
  let lastBytes: string | undefined;
  /** The last refused schema's fingerprint: it is reported once, not at every poll. */
  let refused: string | undefined;
  let broken: OperationFinding[] = [];
  /** Per trusted document the served schema broke (by its text): the verdict per operation, and the names of all its operations. */
  let brokenTexts = new Map<string, BrokenDocument>();
  let running: Promise<CheckOutcome> | undefined;
  let closed = false;

  const publish = (findings: OperationFinding[], registered: readonly RegisteredOperation[]) => {
    broken = findings.filter((finding) => finding.impact === 'breaks');
    const texts = new Map<string, BrokenDocument>();
    for (const finding of broken) {
      if (finding.documentText === undefined) continue;
      let entry = texts.get(finding.documentText);
      if (!entry) texts.set(finding.documentText, (entry = { byOperation: new Map(), operations: new Set() }));
      if (!entry.byOperation.has(finding.operation)) entry.byOperation.set(finding.operation, { refused: refusalMessage(finding) });
    }
    // The operations each broken document holds (the same text in two manifests holds the same
    // ones), and for each unbroken one the text it runs from: itself and its fragments.
    for (const operation of registered) {
      const entry = operation.documentText === undefined ? undefined : texts.get(operation.documentText);
      if (!entry) continue;
      entry.operations.add(operation.unit.name);
      if (!entry.byOperation.has(operation.unit.name) && operation.unit.name !== '(anonymous)') {
        entry.byOperation.set(operation.unit.name, { runs: print({ kind: Kind.DOCUMENT, definitions: [operation.unit.definition, ...operation.unit.fragments] }) });
      }
    }
    brokenTexts = texts;
    metrics.broken(broken);
  };

  const checkOnce = async (): Promise<CheckOutcome> => {
    let introspected: Introspected;
    try {
      introspected = await options.introspect();
    } catch (error) {
      metrics.reload('failed');
      logger.warn({ err: error }, "schema poll: the tenant's schema could not be read; serving the current graph");
      return { result: 'failed', problem: (error as Error).message };
    }
    if (introspected.bytesHash === lastBytes) {
      metrics.reload('unchanged');
      return { result: 'unchanged' };
    }
    lastBytes = introspected.bytesHash;
    // Every synchronous step from here on is paced: requests in flight finish between steps.
    const pace = createPacer();
    await pace();
    const tenantSchema = introspected.schema();
    await pace();
    const next = await schemaFingerprintBetween(tenantSchema, pace);
    if (next === fingerprint || next === refused) {
      metrics.reload('unchanged');
      return { result: 'unchanged' };
    }
    await pace();
    let candidate: ServedGraph;
    try {
      candidate = await options.build(tenantSchema, pace);
    } catch (error) {
      refused = next;
      metrics.reload('refused');
      const problem = (error as Error).message;
      logger.error({ problem, schema: next.slice(0, 12) }, "the tenant's new schema cannot be composed with the gateway's: the last good graph stays in service");
      void options.alerts?.send({
        key: `refused-${next}`,
        kind: 'schema-refused',
        text: `Thought Industries changed its GraphQL schema, and ti-graph cannot serve it: ${problem}. The gateway keeps serving the previous schema.`,
        problem,
      });
      return { result: 'refused', problem };
    }
    await pace();
    let findings: OperationFinding[] | undefined;
    let judgedOperations: RegisteredOperation[] = [];
    let changes: { total: number; breaking: number } | undefined;
    try {
      const registered = (judgedOperations = await options.registered());
      await pace();
      const judged = await judgeOperations(graph.schema, candidate.schema, registered, pace);
      findings = judged.findings;
      changes = { total: judged.report.summary.changes, breaking: judged.report.summary.breaking };
    } catch (error) {
      logger.error({ err: error }, 'schema change: the registered operations could not be judged; swapping in the new schema anyway');
    }
    if (closed) return { result: 'unchanged' };
    // The swap: one assignment. Requests that read the old graph finish on it.
    graph = candidate;
    fingerprint = next;
    refused = undefined;
    metrics.reload('applied');
    if (findings) publish(findings, judgedOperations);
    report(findings ?? [], changes, next);
    return { result: 'applied', ...(findings ? { findings } : {}), ...(changes ? { changes } : {}) };
  };

  const report = (findings: OperationFinding[], changes: { total: number; breaking: number } | undefined, key: string) => {
    const breaks = findings.filter((finding) => finding.impact === 'breaks');
    const affects = findings.filter((finding) => finding.impact === 'affects');
    for (const finding of breaks) {
      logger.warn(
        { app: finding.app, operation: finding.operation, coordinate: finding.coordinate, change: finding.change, file: finding.file },
        `the tenant's schema change breaks operation ${finding.operation} of app ${finding.app}`,
      );
    }
    logger.info(
      { schema: key.slice(0, 12), changes: changes?.total, breakingChanges: changes?.breaking, brokenOperations: breaks.length, affectedOperations: affects.length },
      "the tenant's schema changed: now serving it",
    );
    const list = (items: OperationFinding[]) => items.map(({ app, operation, coordinate, change, impact }) => ({ app, operation, coordinate, change, impact }));
    const named = breaks.map((finding) => `${finding.app}/${finding.operation} (${finding.coordinate}: ${finding.change})`);
    const text =
      `Thought Industries changed its GraphQL schema (${changes?.total ?? '?'} changes, ${changes?.breaking ?? '?'} breaking); ti-graph now serves it. ` +
      (breaks.length > 0
        ? `It breaks ${breaks.length} registered operation${breaks.length === 1 ? '' : 's'}: ${named.slice(0, 20).join('; ')}${named.length > 20 ? `; and ${named.length - 20} more` : ''}.`
        : 'No registered operation breaks.') +
      (affects.length > 0 ? ` ${affects.length} more may be affected.` : '');
    void options.alerts?.send({ key, kind: 'schema-changed', text, changes: changes ?? null, broken: list(breaks), affected: list(affects) });
  };

  const timer =
    options.pollMs && options.pollMs > 0
      ? setInterval(() => {
          void follower.check();
        }, options.pollMs)
      : undefined;
  timer?.unref();

  const follower: SchemaFollower = {
    current: () => graph,
    check() {
      running ??= checkOnce()
        .catch((error: unknown): CheckOutcome => {
          metrics.reload('failed');
          logger.error({ err: error }, 'schema poll failed; serving the current graph');
          return { result: 'failed', problem: (error as Error).message };
        })
        .finally(() => {
          running = undefined;
        });
      return running;
    },
    async rejudge() {
      const served = graph;
      try {
        const registered = await options.registered();
        const judged = await judgeOperations(served.schema, served.schema, registered, createPacer());
        if (graph !== served) return;
        publish(judged.findings, registered);
        for (const finding of broken) {
          logger.warn(
            { app: finding.app, operation: finding.operation, coordinate: finding.coordinate, change: finding.change, file: finding.file },
            `operation ${finding.operation} of app ${finding.app} does not run against the tenant's current schema`,
          );
        }
      } catch (error) {
        logger.error({ err: error }, 'the registered operations could not be judged');
      }
    },
    documentVerdict(text, operationName) {
      const document = brokenTexts.size === 0 ? undefined : brokenTexts.get(text);
      if (!document) return undefined;
      if (operationName) return document.byOperation.get(operationName);
      // No name: the document's one operation runs (anonymous or not); with several, none does.
      return document.operations.size === 1 ? document.byOperation.values().next().value : undefined;
    },
    get broken() {
      return broken;
    },
    close() {
      closed = true;
      if (timer) clearInterval(timer);
      options.alerts?.close();
    },
  };
  return follower;
}

/** A broken trusted document's operation: refused (why), or run from a text holding only it. */
export type DocumentVerdict = { refused: string } | { runs: string };

interface BrokenDocument {
  /** Per named operation of a document the schema broke: refused, or the text it runs from. */
  byOperation: Map<string, DocumentVerdict>;
  /** The names of all the document's operations (`(anonymous)` for an unnamed one). */
  operations: Set<string>;
}

/** What a client sending a broken trusted document is told: the coordinate, never the vendor's own validation text. */
function refusalMessage(finding: OperationFinding): string {
  return `The tenant's GraphQL schema changed (${finding.coordinate}) and operation "${finding.operation}" of app "${finding.app}" no longer runs against it; the app needs an update.`;
}
