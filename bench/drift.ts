/**
 * `npm run bench:drift`: one drift run between two real snapshots (2022-12-21 -> 2023-07-20, 1.4 and
 * 1.6 MB of introspection JSON) with every operation we have, against the in-run baseline of a
 * plain GraphQL Inspector diff of the same two schemas. Target: the whole run under 1 s.
 *
 * The drift run is what `ti-graph drift` does minus process start: read and build both schemas,
 * apply the gateway's additions (from schema/unified.graphql) to both, find and parse the
 * documents (operations/ and the fixture apps), diff, index usages, validate, assess, render JSON.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diff } from '@graphql-inspector/core';
import { loadConfig } from '../src/config/index.js';
import { formatReport, runDrift } from '../src/drift/index.js';
import { loadSchemaFile, resolveSnapshotPath } from '../src/schema/index.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const BASE = resolveSnapshotPath('2022-12-21');
const TARGET = resolveSnapshotPath('2023-07-20');
const DOCUMENTS = ['test/drift/fixtures/2022-06-01/*.graphql', 'test/drift/fixtures/2022-12-21/*.graphql'];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const config = loadConfig({});
const driftRun = () =>
  runDrift({ cwd: REPO, config, base: BASE, target: TARGET, documents: DOCUMENTS, gateway: 'schema/unified.graphql' }).then(({ report }) => ({
    report,
    json: formatReport(report, 'json'),
  }));

// First runs warm the JIT and module caches; the medians are of the runs after.
const first = await time(driftRun);
const base = loadSchemaFile(BASE);
const target = loadSchemaFile(TARGET);
await diff(base, target);

const driftTimes: number[] = [];
const diffTimes: number[] = [];
const loadTimes: number[] = [];
let report = first.value.report;
for (let i = 0; i < RUNS; i++) {
  const run = await time(driftRun);
  driftTimes.push(run.ms);
  report = run.value.report;
  loadTimes.push((await time(() => [loadSchemaFile(BASE), loadSchemaFile(TARGET)])).ms);
  diffTimes.push((await time(() => diff(base, target))).ms);
}

const driftMs = median(driftTimes);
const diffMs = median(diffTimes);
const loadMs = median(loadTimes);
const line = (label: string, ms: number) => `${label.padEnd(46)} ${ms.toFixed(1).padStart(7)} ms`;
process.stdout.write(
  [
    `drift bench: ${report.base} -> ${report.target}`,
    `${report.documents.operations} operations in ${report.documents.files} files; ${report.summary.changes} changes, ` +
      `${report.summary.breaksOperations} break our operations; median of ${RUNS} runs`,
    line('first drift run (cold)', first.ms),
    line('drift run (load, gateway, parse, diff, validate)', driftMs),
    line('baseline: inspector diff() alone', diffMs),
    line('baseline: loading both snapshots alone', loadMs),
    `ratio drift run / (load + diff): ${(driftMs / (loadMs + diffMs)).toFixed(2)}; drift run / diff: ${(driftMs / diffMs).toFixed(2)}`,
    `target < 1000 ms: ${driftMs < 1000 ? 'met' : 'MISSED'}`,
    '',
  ].join('\n'),
);
